import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nspell from "nspell";
import { editDistance } from "./edit-distance.js";

/** Puts right one typed word; gives it back unchanged when it is a word, or no fix is clear. */
export type CorrectWord = (word: string) => string;

/**
 * The en-GB Hunspell dictionary's two files, read from the dictionary-en-gb package wherever
 * node_modules is (its own module finds them beside itself, which a bundle in dist/ breaks).
 */
function readDictionary(): { aff: Buffer; dic: Buffer } {
  const dir = path.dirname(createRequire(import.meta.url).resolve("dictionary-en-gb"));
  return {
    aff: readFileSync(path.join(dir, "index.aff")),
    dic: readFileSync(path.join(dir, "index.dic")),
  };
}

/**
 * English (GB) is the same for every knowledge base, and reading it takes a quarter of a second:
 * it is read once per process, when the first speller is made (the speller only asks it).
 */
let english: ReturnType<typeof nspell> | undefined;
function englishDictionary(): ReturnType<typeof nspell> {
  english ??= nspell(readDictionary());
  return english;
}

/** Longer "words" are pasted codes or noise: left as typed, and never remembered. */
const LONGEST_WORD = 30;

/** Typos are forgiven in longer words only: a 3-letter word one letter off is another word. */
function editsAllowed(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

/**
 * Typing slips keep a word's first letter ("refferal", "hlep"), or its second and third when
 * the first is the slip ("tafeguarding"), or swap the first two ("ehlp"): only those words are
 * worth the full edit distance, which makes correcting a word several times quicker.
 */
function mayBeSlipOf(typed: string, word: string): boolean {
  return (
    typed[0] === word[0] ||
    (typed[1] === word[1] && typed[2] === word[2]) ||
    (typed[0] === word[1] && typed[1] === word[0])
  );
}

/** American endings and the British forms the knowledge base uses ("organization", "behavior"). */
const BRITISH_FORMS: [RegExp, string][] = [
  [/iz(e|es|ed|ing|ation|ations)$/, "is$1"],
  [/yz(e|es|ed|ing)$/, "ys$1"],
  [/or(s?)$/, "our$1"],
  [/er(s?)$/, "re$1"],
  [/og(s?)$/, "ogue$1"],
  [/ense(s?)$/, "ence$1"],
];

/**
 * The speller: a typed word is left alone when the knowledge base uses it or the English (GB)
 * dictionary (Hunspell's, through nspell) knows it. Otherwise it becomes the knowledge base's
 * own word within an edit or two ("masj" -> "mash", "refre" -> "refer", "concerened" ->
 * "concerned"), so domain words are corrected towards, never away from. Words neither knows
 * and no knowledge-base word is near stay as typed: an unknown word is a sign the question is
 * about something else, and guessing a general English word would only add noise.
 *
 * `vocabulary` gives each knowledge-base word with how often it occurs (the commoner of two
 * equally near words wins); `spellings` maps text-speak to the words meant ("shud" -> "should").
 */
export function createSpeller(
  vocabulary: ReadonlyMap<string, number>,
  spellings: Readonly<Record<string, string>>,
): CorrectWord {
  const english = englishDictionary();
  const isEnglish = (w: string) =>
    english.correct(w) || english.correct(w.charAt(0).toUpperCase() + w.slice(1));
  // "arent", "theyre", "shouldve": a contraction typed without its apostrophe is a word too (left
  // to a neighbour in the vocabulary, "arent" became "brent", a London borough).
  const contracted = (w: string) =>
    [1, 2, 3].some((n) => isEnglish(`${w.slice(0, -n)}'${w.slice(-n)}`));
  const known = (w: string) => vocabulary.has(w) || isEnglish(w) || contracted(w);
  // By length, so a typo is compared only with words it could be within reach of.
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary.keys()) {
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  // A Map, not the record: a typed "constructor" must not find Object's own properties.
  const meant = new Map(Object.entries(spellings));

  const nearest = (word: string): string | undefined => {
    const max = editsAllowed(word);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of byLength.get(len) ?? []) {
        if (!mayBeSlipOf(word, candidate)) continue;
        const d = editDistance(word, candidate, max);
        const better =
          d < bestDistance ||
          (d === bestDistance &&
            best !== undefined &&
            (vocabulary.get(candidate) ?? 0) > (vocabulary.get(best) ?? 0));
        if (d <= max && better) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return best;
  };

  const correct = (word: string): string => {
    const spelled = meant.get(word);
    if (spelled !== undefined) return spelled;
    if (word.length < 3 || word.length > LONGEST_WORD || /\d/.test(word) || known(word)) {
      return word;
    }
    for (const [ending, british] of BRITISH_FORMS) {
      if (!ending.test(word)) continue;
      const form = word.replace(ending, british);
      if (known(form)) return form;
    }
    return nearest(word) ?? word;
  };

  return correct;
}
