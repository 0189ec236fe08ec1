/**
 * A light English stemmer, enough to make "referring", "referred" and "refers" meet "refer",
 * "meetings" meet "meet", and "policies" meet "policy". It is deliberately gentler than Porter:
 * practitioners' vocabulary is small and full of acronyms, and an aggressive stemmer would merge
 * words that mean different things here (Porter turns "referral" and "refer" into different
 * stems anyway; the synonym file joins those). The same function runs on the index and on the
 * question, so it only needs to be consistent, not linguistically perfect.
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;

  // Plurals and third person.
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(?:sh|ch|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  // Verb endings, only when a real stem with a vowel is left ("ring" and "need" stay whole).
  if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ing") && hasVowel(w.slice(0, -3)) && w.length >= 6)
    w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && hasVowel(w.slice(0, -2)) && w.length >= 5)
    w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length >= 6) w = w.slice(0, -2);

  // A final silent e goes, so "make" and "making" (-> "mak") meet.
  if (w.endsWith("e") && w.length >= 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(s);
}

/** "referr" -> "refer", "stopp" -> "stop"; "call", "pass", "staff" keep their double letter. */
function undouble(s: string): string {
  return /([b-df-hj-km-np-rtv-y])\1$/.test(s) && !/(?:ll|ss|zz|ff)$/.test(s) ? s.slice(0, -1) : s;
}
