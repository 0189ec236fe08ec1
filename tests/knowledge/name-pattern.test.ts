import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileNamePattern, matchNamePattern } from "../../src/core/knowledge/name-pattern.js";
import { splitWords } from "../../src/core/knowledge/tokenize-text.js";

/** The regular expression a shape used to be compiled to: its words, with (.+?) for {x}. */
function asRegExp(template: string): RegExp {
  const words = splitWords(template.replace("{x}", " XPLACEHOLDERX "));
  const body = words.map((w) => (w === "xplaceholderx" ? "(.+?)" : w)).join(" ");
  return new RegExp(`^${body}$`);
}

const word = fc.constantFrom("what", "is", "a", "the", "mean", "lado", "s", "for", "x");
/** A question as the glossary check sees it: words joined by single spaces. */
const key = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(" "));
const template = fc
  .tuple(fc.array(word, { maxLength: 3 }), fc.array(word, { maxLength: 3 }), fc.boolean())
  .map(([before, after, hasName]) => [...before, ...(hasName ? ["{x}"] : []), ...after].join(" "));

describe("question shapes for the glossary ('what does {x} mean')", () => {
  it("capture exactly what their regular expression captured, for any shape and question", () => {
    fc.assert(
      fc.property(template, key, (t, k) => {
        const pattern = compileNamePattern(t);
        const got = pattern ? matchNamePattern(pattern, k) : undefined;
        expect(got).toEqual(asRegExp(t).exec(k)?.[1]);
      }),
      { numRuns: 10_000 },
    );
  });

  it("read the name between the fixed words, and only there", () => {
    const shape = compileNamePattern("What does {x} mean?");
    expect(shape).toBeDefined();
    if (!shape) return;
    expect(matchNamePattern(shape, "what does lado mean")).toBe("lado");
    expect(matchNamePattern(shape, "what does the mash number mean")).toBe("the mash number");
    expect(matchNamePattern(shape, "what does mean")).toBeUndefined();
    expect(matchNamePattern(shape, "so what does lado mean")).toBeUndefined();
    expect(compileNamePattern("what is it")).toBeUndefined();
  });
});
