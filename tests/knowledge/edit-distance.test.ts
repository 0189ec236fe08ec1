import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/core/knowledge/edit-distance.js";

// The speller corrects a typed word to the knowledge base's nearest word: these are the slips
// people make, and the distances that decide whether a word is a slip of another.
describe("editDistance", () => {
  it("counts the slips people make as one edit each", () => {
    expect(editDistance("masj", "mash", 2)).toBe(1); // one letter wrong
    expect(editDistance("levls", "levels", 2)).toBe(1); // one letter left out
    expect(editDistance("refferal", "referral", 2)).toBe(2); // one doubled, one single
    expect(editDistance("refre", "refer", 2)).toBe(1); // two letters swapped
    expect(editDistance("ehlp", "help", 2)).toBe(1); // swapped at the start
    expect(editDistance("concerened", "concerned", 2)).toBe(1); // one letter too many
  });

  it("is 0 for the same word and counts every letter of an empty one", () => {
    expect(editDistance("mash", "mash", 2)).toBe(0);
    expect(editDistance("", "lado", 5)).toBe(4);
    expect(editDistance("lado", "", 5)).toBe(4);
  });

  it("stops at max + 1 for words further apart, so a long word is never a slip of another", () => {
    expect(editDistance("safeguarding", "sandwich", 2)).toBe(3);
    expect(editDistance("referral", "deferral", 0)).toBe(1);
    expect(editDistance("abcdef", "fedcba", 2)).toBe(3);
  });

  it("gives the same distance whichever word comes first", () => {
    const pairs = [
      ["missing", "misisng"],
      ["strategy", "stratgey"],
      ["ab", "ba"],
      ["aab", "aba"],
      ["neglect", "neglcet"],
    ] as const;
    for (const [a, b] of pairs) expect(editDistance(a, b, 3)).toBe(editDistance(b, a, 3));
    expect(editDistance("misisng", "missing", 3)).toBe(1);
    expect(editDistance("aab", "aba", 3)).toBe(1);
  });
});
