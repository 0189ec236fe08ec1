import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandContraction, glossaryFor } from "../../src/core/knowledge/answer-question.js";
import type {
  KnowledgeEntry,
  KnowledgeIndex,
} from "../../src/core/knowledge/build-knowledge-index.js";

const word = fc.constantFrom(
  "what",
  "whats",
  "who",
  "whos",
  "where",
  "wheres",
  "s",
  "is",
  "the",
  "a",
  "an",
  "lado",
  "marfs",
  "in",
  "for",
  "safeguarding",
  "milton",
  "keynes",
  "mk",
  "x",
);
/** A question as the glossary check sees it: lower-case words joined by single spaces. */
const key = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));

describe("reading a glossary name from a question", () => {
  it("expands 'whats' and 'what s' exactly as the regular expression did", () => {
    fc.assert(
      fc.property(key, (k) => {
        expect(expandContraction(k)).toBe(k.replace(/^(what|who|where)(?: s|s) /, "$1 is "));
      }),
      { numRuns: 10_000 },
    );
  });

  it("tries the same names, in the same order, as the regular expressions did", () => {
    const tried: string[] = [];
    // A glossary that has nothing: every name glossaryFor tries is recorded.
    const index = {
      glossaryByName: { get: (n: string) => void tried.push(n) },
    } as unknown as KnowledgeIndex;
    fc.assert(
      fc.property(key, (k) => {
        tried.length = 0;
        glossaryFor(index, k);
        const bare = k.replace(/^(?:the|a|an) /, "");
        expect(tried).toEqual([
          bare,
          bare.replace(/s$/, ""),
          bare.replace(/ (?:in|for) (?:safeguarding|milton keynes|mk)$/, ""),
        ]);
      }),
      { numRuns: 10_000 },
    );
  });

  it("finds a term asked about with an article, a plural or a place", () => {
    const lado = { id: "glossary:lado" } as KnowledgeEntry;
    const index = {
      glossaryByName: new Map([["lado", lado]]),
    } as unknown as KnowledgeIndex;
    for (const name of ["the lado", "lados", "lado in milton keynes", "a lado for mk"])
      expect(glossaryFor(index, name)).toBe(lado);
    expect(glossaryFor(index, "ladder")).toBeUndefined();
  });
});
