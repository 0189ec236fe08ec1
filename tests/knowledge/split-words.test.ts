import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitUnicode, splitWords } from "../../src/core/knowledge/tokenize-text.js";

/** Characters where the two ways could part: case, digits, apostrophes, punctuation, space,
 * control characters, the last ASCII code, accents and other scripts. */
const unit = fc.oneof(
  fc.constantFrom("a", "Z", "q", "0", "9", "'", "`", "’", " ", "-", "_", ".", "\n", "\t", "\x7f"),
  fc.constantFrom("é", "É", "ß", "İ", "ﬁ", "٣", "д", "·", "\u0301", "😀"),
  fc.string({ unit: "grapheme-ascii", maxLength: 1 }),
);

describe("splitting text into words", () => {
  // splitWords takes a shortcut for ASCII text; it must give exactly the definition's words.
  it("gives the same words as the Unicode definition, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(splitWords(text)).toEqual(splitUnicode(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("keeps an apostrophe's word whole and splits on everything else", () => {
    expect(splitWords("The child's GP (e-mail: 01908)")).toEqual([
      "the",
      "childs",
      "gp",
      "e",
      "mail",
      "01908",
    ]);
    expect(splitWords("Café référral")).toEqual(["cafe", "referral"]);
    expect(splitWords("  ")).toEqual([]);
  });
});
