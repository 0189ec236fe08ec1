import { stemWord } from "./stem-word.js";

/**
 * Lower-cases, folds accents, curly quotes and apostrophes, and splits on anything that is not a
 * letter or a digit. "children's" becomes "childrens", "can't" becomes "cant", "e-mail" becomes
 * "e" + "mail": the same splitting runs on articles, content rules and messages, so all agree.
 */
export function splitWords(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’‘'`]/g, "")
      // "16 y/o", "16 y.o.": years old, not the words "y" and "o".
      .replace(/\by[/.]o\b\.?/g, "yo")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== "")
  );
}

/** A passage between quotation marks: the mark before it follows no letter and the one after it
 * precedes none, so an apostrophe inside a word ("I'm", "mum's") neither opens nor closes one, and
 * a mark with no partner ("'cos") quotes nothing. */
const QUOTED = /(?<![\p{L}\p{N}])['"‘“]([^\n]*?)['"’”](?![\p{L}\p{N}])/gu;

/** Where each quoted passage of a text starts and ends (the marks included), and what it says. */
export function quotedPassages(text: string): { from: number; to: number; inside: string }[] {
  return [...text.matchAll(QUOTED)].map((q) => ({
    from: q.index,
    to: q.index + q[0].length,
    inside: q[1] ?? "",
  }));
}

/** Words without the stopwords, stemmed: the terms both the index and the query use. */
export function contentTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  return contentTermsOf(splitWords(text), stopwords);
}

/** A child's age or school year ("15yo", "6yrs", "y10", "yr9"): it says whom the message is
 * about, not what it asks, and no entry is about one age. */
const AGE_OR_YEAR = /^(?:\d*yos?|\d+(?:yr|yrs|y|m|mo|mth|mths|wk|wks)|y\d{1,2}|yr\d{1,2})$/;

/** The same, from words already split. */
export function contentTermsOf(words: readonly string[], stopwords: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const word of words) {
    if (stopwords.has(word) || AGE_OR_YEAR.test(word)) continue;
    const stem = stemWord(word);
    if (stem === "" || stopwords.has(stem)) continue;
    terms.push(stem);
  }
  return terms;
}

/** Where a run of words starts within others, or -1: the first place, or with `last`, the last
 * ("who chairs it" comes late in a message, after the words it points back to). */
export function runAt(
  words: readonly string[],
  run: readonly string[],
  { last = false }: { last?: boolean } = {},
): number {
  const fits = (i: number) => run.every((w, j) => words[i + j] === w);
  const starts = [...Array(Math.max(0, words.length - run.length + 1)).keys()];
  return (last ? starts.reverse() : starts).find(fits) ?? -1;
}
