import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/core/assistant/recognize-command.js";

/** The four passes both normalisers made on every text before the already-normal shortcut. */
const slowText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Typed-looking text: mostly the letters, digits, spaces and marks people type, some Unicode. */
const typed = fc.oneof(
  fc.stringMatching(/^[a-z0-9 ]{0,20}$/),
  fc.stringMatching(/^[a-zA-Z0-9 ,.'’\t\n-]{0,20}$/),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("12 to 17", "4, 6", " no", "no ", "no  thanks", "NO", "ÿes", "١٢", "ǅ", "ß"),
);

describe("normalising typed text", () => {
  it("gives exactly what the four passes give, for any text", () => {
    fc.assert(
      fc.property(typed, (text) => {
        expect(normaliseText(text)).toBe(slowText(text));
      }),
      { numRuns: 5000 },
    );
  });
});
