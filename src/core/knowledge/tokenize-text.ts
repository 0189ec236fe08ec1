import { stemWord } from "./stem-word.js";

/**
 * Lower-cases, folds accents and apostrophes, and splits on anything that is not a letter or a
 * digit. "children's" becomes "childrens", "e-mail" becomes "e" + "mail": the same splitting
 * runs on articles and questions, so both sides agree.
 */
export function splitWords(text: string): string[] {
  return splitAscii(text) ?? splitUnicode(text);
}

/** The definition, for any text: Unicode normalisation and property classes. (Exported for the
 * property test that holds the ASCII shortcut to it.) */
export function splitUnicode(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * The same for text that is all ASCII (nearly every question typed), or undefined for any
 * other text. Why: in the busy server a question's Unicode regular expressions and
 * normalisation run cold, costing more than the rest of the split; a loop over character codes
 * gives the same words (a property test compares the two) at a fraction of that.
 */
function splitAscii(text: string): string[] | undefined {
  const words: string[] = [];
  let word = "";
  let from = -1; // start of the current run of letters and digits, or -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (alnum) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) word += text.slice(from, i);
    from = -1;
    // An apostrophe or backtick is dropped without splitting: "children's" is one word.
    if (c === 0x27 || c === 0x60) continue;
    if (word !== "") words.push(word.toLowerCase());
    word = "";
  }
  if (from >= 0) word += text.slice(from);
  if (word !== "") words.push(word.toLowerCase());
  return words;
}

/** Words without the stopwords, stemmed: the terms both the index and the query use. */
export function contentTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  return contentTermsOf(splitWords(text), stopwords);
}

/** The same, from words already split (a question is split once and read several ways). */
export function contentTermsOf(words: readonly string[], stopwords: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const word of words) {
    if (stopwords.has(word)) continue;
    const stem = stemWord(word);
    if (stem === "" || stopwords.has(stem)) continue;
    terms.push(stem);
  }
  return terms;
}
