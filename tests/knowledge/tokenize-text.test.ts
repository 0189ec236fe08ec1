import { describe, expect, it } from "vitest";
import { contentTerms, runAt, splitWords } from "../../src/core/knowledge/tokenize-text.js";

/*
 * The words a message is searched by: what a practitioner typed about, not who they typed about.
 */
describe("the words a message is searched by", () => {
  const stopwords = new Set(["a", "and", "in", "is", "old"]);

  it("reads '16 y/o' and '16 y.o.' as years old, not the words 'y' and 'o'", () => {
    expect(splitWords("a 16 y/o and a 16 y.o. girl")).toEqual(
      "a 16 yo and a 16 yo girl".split(" "),
    );
  });

  it("leaves out a child's age or school year, which no entry is about", () => {
    expect(contentTerms("15yo in y10 and a yr9 boy, 6yrs old, 16 yo, 3mths", stopwords)).toEqual([
      "boy",
      "16",
    ]);
  });

  it("keeps numbers and words that only look like an age", () => {
    expect(contentTerms("day 14 and 24 hours in year 10", stopwords)).toEqual([
      "day",
      "14",
      "24",
      "hour",
      "year",
      "10",
    ]);
  });
});

describe("where a run of words sits in a message", () => {
  it("finds the first place, or the last, and says -1 where it is not there", () => {
    const words = splitWords("who chairs it. I joined it, who chairs it");
    expect(runAt(words, ["who", "chairs", "it"])).toBe(0);
    expect(runAt(words, ["who", "chairs", "it"], { last: true })).toBe(6);
    expect(runAt(words, ["who", "runs", "it"])).toBe(-1);
  });
});
