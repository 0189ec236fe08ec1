import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { DEFAULT_KNOWLEDGE_PATHS, loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import { stemWord } from "../../src/core/knowledge/stem-word.js";
import { splitWords } from "../../src/core/knowledge/tokenize-text.js";

/** The stemmer's rules as regular expressions, as they were first written: `stemWord` must
 * give exactly these stems, or the index and earlier answers would silently change. */
function reference(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(?:sh|ch|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const vowel = (s: string) => /[aeiouy]/.test(s);
  const undouble = (s: string) =>
    /([b-df-hj-km-np-rtv-y])\1$/.test(s) && !/(?:ll|ss|zz|ff)$/.test(s) ? s.slice(0, -1) : s;
  if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("ing") && vowel(w.slice(0, -3)) && w.length >= 6)
    w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && vowel(w.slice(0, -2)) && w.length >= 5) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length >= 4 && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

/** Letters that the endings are made of, doubled consonants of every kind, digits, others. */
const letter = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyz".split(""),
  "s",
  "e",
  "d",
  "i",
  "n",
  "g",
  "l",
  "y",
  "1",
  "é",
  "ß",
  "д",
);
const ending = fc.constantFrom("", "ies", "sses", "shes", "ches", "xes", "zzes", "ss", "us", "is");
const ending2 = fc.constantFrom("", "ied", "ing", "ed", "ly", "e", "ee", "s");

describe("the stemmer", () => {
  it("gives the stems its regular-expression rules give, for any word", () => {
    fc.assert(
      fc.property(fc.string({ unit: letter, maxLength: 9 }), ending, ending2, (stem, a, b) => {
        for (const word of [stem, stem + a, stem + b, stem + b + a, stem + stem.slice(-1) + b])
          expect(stemWord(word)).toBe(reference(word));
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives the same stem as before to every word of the knowledge base", () => {
    const index = buildKnowledgeIndex(loadKnowledge(DEFAULT_KNOWLEDGE_PATHS, new Date()));
    const words = new Set(
      [...index.entries.values()].flatMap((e) =>
        splitWords(`${e.title} ${e.questions.join(" ")} ${e.tags.join(" ")} ${e.text}`),
      ),
    );
    expect(words.size).toBeGreaterThan(100);
    for (const w of words) expect(stemWord(w)).toBe(reference(w));
  });

  it("makes the forms of a word meet", () => {
    expect(["referring", "referred", "refers"].map(stemWord)).toEqual(["refer", "refer", "refer"]);
    expect(stemWord("policies")).toBe("policy");
    expect(["calling", "passed", "stopped", "staffed"].map(stemWord)).toEqual([
      "call",
      "pass",
      "stop",
      "staff",
    ]);
  });
});
