/**
 * A light English stemmer, enough to make "referring", "referred" and "refers" meet "refer",
 * "meetings" meet "meet", and "policies" meet "policy". It is deliberately gentler than Porter:
 * practitioners' vocabulary is small and full of acronyms, and an aggressive stemmer would merge
 * words that mean different things here (Porter turns "referral" and "refer" into different
 * stems anyway; the synonym file joins those). The same function runs on the index and on the
 * question, so it only needs to be consistent, not linguistically perfect.

 */
export function stemWord(word: string): string {
  const kept = STEM_OF.get(word);
  if (kept !== undefined) return kept;
  let w = word;
  if (w.length <= 3 || hasDigit(w)) return w;

  // Plurals and third person.
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zzes"))
    w = w.slice(0, -2);
  else if (w.endsWith("s") && !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")))
    w = w.slice(0, -1);

  // Verb endings, only when a real stem with a vowel is left ("ring" and "need" stay whole).
  if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ing") && hasVowel(w, w.length - 3) && w.length >= 6)
    w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && hasVowel(w, w.length - 2) && w.length >= 5)
    w = undouble(w.slice(0, -2));
  // "compulsorily" meets "compulsory", "temporarily" "temporary".
  else if (w.endsWith("ily") && w.length >= 7) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ly") && w.length >= 6) w = w.slice(0, -2);

  // A final silent e goes, so "make" and "making" (-> "mak") meet.
  if (w.endsWith("e") && w.length >= 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

/** Words the rules would give another word's stem, with the stem they keep: "here" is not "her"
 * ("officer here, MASH have emailed" is not "her email"), "evening" is not "even" ("not sure
 * what level this even is" is not "this evening"), and "care" is not "car" ("pushing a 13yo in
 * her care" is not pushing a child into a car), and "side" is not "SIDS" ("what should happen from our
 * side" is not a cot death). */
const STEM_OF = new Map([
  ...["here", "there", "where", "were", "evening", "evenings"].map((w) => [w, w] as const),
  ...["care", "cares", "cared", "caring"].map((w) => [w, "care"] as const),
  ...["side", "sides"].map((w) => [w, "side"] as const),
]);

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

/** Any of a, e, i, o, u, y among the first `end` characters. */
function hasVowel(s: string, end: number): boolean {
  return /[aeiouy]/.test(s.slice(0, end));
}

/** Doubled final letters that lose one: "referr" -> "refer", "stopp" -> "stop". Vowels and l,
 * s, z, f keep theirs ("call", "pass", "buzz", "staff"). */
const UNDOUBLED = new Set("bcdghjkmnpqrtvwxy");

function undouble(s: string): string {
  const last = s[s.length - 1];
  return last !== undefined && s[s.length - 2] === last && UNDOUBLED.has(last) ? s.slice(0, -1) : s;
}
