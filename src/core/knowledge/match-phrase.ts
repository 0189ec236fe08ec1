import { stemWord } from "./stem-word.js";
import { splitWords } from "./tokenize-text.js";

/**
 * Phrases from the content files (danger.yaml, situations.yaml) found in a message's words. One
 * matcher serves every rule, so a phrase reads the same way wherever the partnership writes it.
 */

/** One word of a phrase: as written, or on its stem ("gates" meets "gate", "taking" meets
 * "take"), or, ending in *, any word starting with it; "_" is any one word. */
export type PhraseWord = { text: string; stem?: string; prefix: boolean } | { any: true };
export type Phrase = PhraseWord[];

/** A run of a message's words (a clause, or the whole message) with their stems, and where
 * each word and stem occurs: a pasted page of text is looked up, not scanned, per phrase. */
export interface Words {
  words: readonly string[];
  stems: readonly string[];
  at: ReadonlyMap<string, readonly number[]>;
}

export function toWords(words: readonly string[]): Words {
  const stems = words.map(stemWord);
  const at = new Map<string, number[]>();
  const note = (key: string, i: number) => {
    const list = at.get(key) ?? [];
    if (list.at(-1) !== i) list.push(i);
    at.set(key, list);
  };
  words.forEach((w, i) => {
    note(w, i);
    note(stems[i] as string, i);
  });
  return { words, stems, at };
}

/** Where a phrase's first word may be: looked up for a whole word, every place for a prefix. */
function candidates(w: Words, first: PhraseWord): readonly number[] {
  if ("any" in first || first.prefix) return w.words.map((_, i) => i);
  const exact = w.at.get(first.text) ?? [];
  const stemmed = first.stem !== undefined ? (w.at.get(first.stem) ?? []) : [];
  return stemmed.length === 0 ? exact : [...new Set([...exact, ...stemmed])].sort((a, b) => a - b);
}

/** Reads "threat*", "cant keep him safe" or "im a _" as a phrase; punctuation is ignored as in
 * messages ("can't" is "cant"), except the * that marks a prefix. `stemmed` phrases match any
 * form of their words. */
export function compilePhrase(text: string, stemmed = false): Phrase {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((raw): PhraseWord[] => {
      if (raw === "_") return [{ any: true }];
      const prefix = raw.endsWith("*");
      const words = splitWords(prefix ? raw.slice(0, -1) : raw);
      return words.map((w, i) => ({
        text: w,
        ...(stemmed ? { stem: stemWord(w) } : {}),
        prefix: prefix && i === words.length - 1,
      }));
    });
}

function wordMatches(p: PhraseWord, word: string, stem: string): boolean {
  if ("any" in p) return true;
  if (p.prefix) return word.startsWith(p.text);
  return word === p.text || (p.stem !== undefined && stem === p.stem);
}

/** Where `phrase` starts at or after `from` (its words in order, at most `gap` other words
 * between each), or -1. */
export function findPhrase(w: Words, phrase: Phrase, gap = 0, from = 0): number {
  const [first, ...rest] = phrase;
  if (!first) return -1;
  for (const i of candidates(w, first)) {
    if (i < from || !wordMatches(first, w.words[i] as string, w.stems[i] as string)) continue;
    let at = i;
    for (const p of rest) {
      let next = -1;
      for (let j = at + 1; j <= at + 1 + gap && j < w.words.length; j++) {
        if (wordMatches(p, w.words[j] as string, w.stems[j] as string)) {
          next = j;
          break;
        }
      }
      at = next;
      if (at < 0) break;
    }
    if (at >= 0) return i;
  }
  return -1;
}

/** Every start of any of the phrases. */
export function findPhrases(w: Words, phrases: readonly Phrase[], gap = 0): number[] {
  const found: number[] = [];
  for (const p of phrases) {
    for (let i = findPhrase(w, p, gap); i >= 0; i = findPhrase(w, p, gap, i + 1)) found.push(i);
  }
  return found;
}

/** The words with every occurrence of the phrases (matched word for word) taken out: "what do
 * I do now" is a question, not a time. */
export function removePhrases(words: readonly string[], phrases: readonly Phrase[]): string[] {
  const w = toWords(words);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const found = phrases.find((p) => findPhrase(w, p, 0, i) === i);
    if (found) i += found.length;
    else out.push(words[i++] as string);
  }
  return out;
}

/** Every word the phrases name (prefixes without their *), for the spelling corrector. */
export function wordsOfPhrases(phrases: readonly Phrase[]): string[] {
  const words = new Set<string>();
  for (const phrase of phrases)
    for (const p of phrase) if (!("any" in p) && !p.prefix) words.add(p.text);
  return [...words];
}
