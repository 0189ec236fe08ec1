import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/core/knowledge/edit-distance.js";

/** The textbook full-matrix Levenshtein distance, to check the bounded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (d[i] as number[])[j] = Math.min(
        (d[i - 1]?.[j] as number) + 1,
        (d[i]?.[j - 1] as number) + 1,
        (d[i - 1]?.[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]?.[b.length] as number;
}

describe("editDistance", () => {
  it("gives the distance when it is within the bound", () => {
    expect(editDistance("refferal", "referal", 2)).toBe(1);
    expect(editDistance("refferal", "referral", 2)).toBe(2);
    expect(editDistance("refferal", "referral", 1)).toBe(2);
    expect(editDistance("safegaurding", "safeguarding", 2)).toBe(2);
    expect(editDistance("mash", "mash", 1)).toBe(0);
    expect(editDistance("", "ab", 2)).toBe(2);
  });

  it("gives max + 1 for anything further, whatever the words", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-e]{0,9}$/),
        fc.stringMatching(/^[a-e]{0,9}$/),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          const exact = reference(a, b);
          expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
