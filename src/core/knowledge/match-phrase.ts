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

/** A run of a message's words (a clause, or the whole message) with their stems. */
export interface Words {
  words: readonly string[];
  stems: readonly string[];
}

export function toWords(words: readonly string[]): Words {
  return { words, stems: words.map(stemWord) };
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

/** Words a phrase may not skip: "in aylesbury not mk" does not say "in mk", nor "this isn't
 * right, is it" or "report this or is it just notes" "this is it". Nor may a phrase skip words
 * after one of its own: "she's not retiring, just moving schools" does not say "she's not moving". */
const UNSKIPPABLE = new Set(
  "not no never isnt arent wasnt werent dont doesnt didnt cant wont hasnt havent or".split(" "),
);

/** Where `phrase`, starting at word `i`, ends (the index after its last word), or -1 if it does
 * not start there: its words in order, at most `gap` other words between each. */
function endOf(w: Words, phrase: Phrase, i: number, gap: number): number {
  const first = phrase[0];
  if (!first || !wordMatches(first, w.words[i] as string, w.stems[i] as string)) return -1;
  let at = i;
  for (const p of phrase.slice(1)) {
    let next = -1;
    const skips = UNSKIPPABLE.has(w.words[at] as string) ? 0 : gap;
    for (let j = at + 1; j <= at + 1 + skips && j < w.words.length; j++) {
      if (wordMatches(p, w.words[j] as string, w.stems[j] as string)) {
        next = j;
        break;
      }
      if (UNSKIPPABLE.has(w.words[j] as string)) break;
    }
    at = next;
    if (at < 0) return -1;
  }
  return at + 1;
}

/** Many phrases, each with a tag saying what it stands for, filed under their first word: a
 * message is then read word by word, looking up only the phrases that could start there,
 * instead of looking for every phrase in turn. */
export interface PhraseBook<T> {
  /** Phrases filed under their first word as written and as stemmed. */
  byFirst: Map<string, PhraseEntry<T>[]>;
  /** Phrases whose first word is a prefix ("threat*"), filed under it: a word looks up each of
   * its beginnings. */
  byPrefix: Map<string, PhraseEntry<T>[]>;
  /** Phrases that start with any word ("_"): tried at every word. */
  open: PhraseEntry<T>[];
}
interface PhraseEntry<T> {
  phrase: Phrase;
  tag: T;
  gap: number;
}

function file<T>(map: Map<string, PhraseEntry<T>[]>, key: string, e: PhraseEntry<T>): void {
  const list = map.get(key) ?? [];
  list.push(e);
  map.set(key, list);
}

export function makePhraseBook<T>(entries: readonly PhraseEntry<T>[]): PhraseBook<T> {
  const book: PhraseBook<T> = { byFirst: new Map(), byPrefix: new Map(), open: [] };
  for (const e of entries) {
    const first = e.phrase[0];
    if (!first) continue;
    if ("any" in first) book.open.push(e);
    else if (first.prefix) file(book.byPrefix, first.text, e);
    else
      for (const key of new Set([first.text, first.stem ?? first.text])) file(book.byFirst, key, e);
  }
  return book;
}

/** The phrases of the book that could start with this word. */
function phrasesStartingWith<T>(
  book: PhraseBook<T>,
  word: string,
  stem: string,
): Set<PhraseEntry<T>> {
  const tried = new Set([
    ...(book.byFirst.get(word) ?? []),
    ...(book.byFirst.get(stem) ?? []),
    ...book.open,
  ]);
  for (let end = 1; end <= word.length; end++) {
    for (const e of book.byPrefix.get(word.slice(0, end)) ?? []) tried.add(e);
  }
  return tried;
}

/** A phrase found in a message's words: what it stands for, and the words it spans. */
export interface Found<T> {
  tag: T;
  at: number;
  /** The index after its last word. */
  end: number;
}

/** Every phrase of the book found in the words. */
export function readPhrases<T>(w: Words, book: PhraseBook<T>): Found<T>[] {
  const found: Found<T>[] = [];
  w.words.forEach((word, i) => {
    for (const e of phrasesStartingWith(book, word, w.stems[i] as string)) {
      const end = endOf(w, e.phrase, i, e.gap);
      if (end > 0) found.push({ tag: e.tag, at: i, end });
    }
  });
  return found;
}

/** The words with every occurrence of the phrases (matched word for word) taken out: "what do
 * I do now" is a question, not a time. */
export function removePhrases(words: readonly string[], phrases: readonly Phrase[]): string[] {
  const w = toWords(words);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const found = phrases.find((p) => endOf(w, p, i, 0) > 0);
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
