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

/** Whether `phrase` starts at word `i` (its words in order, at most `gap` other words between
 * each). */
function startsAt(w: Words, phrase: Phrase, i: number, gap: number): boolean {
  const [first, ...rest] = phrase;
  if (!first || !wordMatches(first, w.words[i] as string, w.stems[i] as string)) return false;
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
    if (at < 0) return false;
  }
  return true;
}

/** Where `phrase` starts at or after `from`, or -1. */
export function findPhrase(w: Words, phrase: Phrase, gap = 0, from = 0): number {
  const [first] = phrase;
  if (!first) return -1;
  for (const i of candidates(w, first)) if (i >= from && startsAt(w, phrase, i, gap)) return i;
  return -1;
}

/** Many phrases, each with a tag saying what it stands for, filed under their first word: a
 * message is then read word by word, looking up only the phrases that could start there,
 * instead of looking for every phrase in turn. */
export interface PhraseBook<T> {
  byFirst: Map<string, PhraseEntry<T>[]>;
  /** Phrases whose first word is a prefix or any word: tried at every word. */
  open: PhraseEntry<T>[];
}
interface PhraseEntry<T> {
  phrase: Phrase;
  tag: T;
  gap: number;
}

export function makePhraseBook<T>(entries: readonly PhraseEntry<T>[]): PhraseBook<T> {
  const book: PhraseBook<T> = { byFirst: new Map(), open: [] };
  for (const e of entries) {
    const first = e.phrase[0];
    if (!first) continue;
    if ("any" in first || first.prefix) {
      book.open.push(e);
      continue;
    }
    for (const key of new Set([first.text, first.stem ?? first.text])) {
      const list = book.byFirst.get(key) ?? [];
      list.push(e);
      book.byFirst.set(key, list);
    }
  }
  return book;
}

/** Every phrase of the book found in the words: its tag and where it starts. */
export function readPhrases<T>(w: Words, book: PhraseBook<T>): { tag: T; at: number }[] {
  const found: { tag: T; at: number }[] = [];
  w.words.forEach((word, i) => {
    const tried = new Set([
      ...(book.byFirst.get(word) ?? []),
      ...(book.byFirst.get(w.stems[i] as string) ?? []),
      ...book.open,
    ]);
    for (const e of tried) if (startsAt(w, e.phrase, i, e.gap)) found.push({ tag: e.tag, at: i });
  });
  return found;
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
