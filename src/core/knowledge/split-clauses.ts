import { quotedPassages, splitWords } from "./tokenize-text.js";

/** One clause of a message: its words, and those of them outside quotation marks (the writer's
 * own, not what they report someone said). */
export interface Clause {
  words: string[];
  own: string[];
  /** Ends in a question mark. */
  asked: boolean;
}

/** Where a message's clauses end: at punctuation and dashes, and before "but", "and now" and
 * "and he's", which turn to what is true now and start their clause. A full stop, comma or
 * colon between two digits is a time or a number ("at 3:15 today", "7.30 tonight"), not an end. */
const CLAUSE_END =
  /(?:[.,:](?!\d)|(?<!\d)[.,:]|[!?;\n])+|\s-\s|(?=\bbut\b)|(?=\band now\b)|(?=\band (?:he|she|they)(?:'|’)?(?:s|re)\b)/gi;

/** The message cut into clauses (see CLAUSE_END), as words: "ran away on Saturday, he's back
 * today" is two things, one of them now; so is "his brother got stabbed in the summer and now
 * he's scared walking home". Each clause also keeps its words outside quotation marks. */
export function sentenceWords(text: string): Clause[] {
  const quoted = quotedPassages(text);
  const outside = (from: number, to: number) =>
    [...text.slice(from, to)]
      .map((ch, i) => (quoted.some((q) => from + i >= q.from && from + i < q.to) ? " " : ch))
      .join("");
  const ends = [...text.matchAll(CLAUSE_END)].map((e) => ({
    at: e.index,
    after: e.index + e[0].length,
    asked: e[0].includes("?"),
  }));
  const starts = [0, ...ends.map((e) => e.after)];
  return starts
    .map((from, i) => {
      const to = ends[i]?.at ?? text.length;
      const words = splitWords(text.slice(from, to));
      const own = quoted.length === 0 ? words : splitWords(outside(from, to));
      return { words, own, asked: ends[i]?.asked ?? false };
    })
    .filter((c) => c.words.length > 0);
}
