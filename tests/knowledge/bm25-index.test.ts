import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { planQuery, searchQueries } from "../../src/core/knowledge/answer-question.js";
import { Bm25Index, FIELDS, type TermQuery } from "../../src/core/knowledge/bm25-index.js";
import {
  buildKnowledgeIndex,
  FIELD_BOOSTS,
  GLOSSARY_BOOST,
  type IndexedDoc,
} from "../../src/core/knowledge/build-knowledge-index.js";
import { EVAL_FILE, readEvalCases } from "../../src/core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import { contentTerms } from "../../src/core/knowledge/tokenize-text.js";

/*
 * The assistant's own index must rank and score exactly as MiniSearch did (the thresholds in
 * answer-question.ts were calibrated on MiniSearch's scores): every question of both evaluation
 * sets, and thousands of made-up ones (known words, prefixes, typos, unknown words, synonyms'
 * boosts), are searched both ways and must give the same documents in the same order, the same
 * scores to the last bit, the same matched query words and the same matched index words with
 * the same fields.
 */

const HELD_OUT_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "held-out-questions.jsonl",
);
const index = buildKnowledgeIndex(loadKnowledge());

const reference = new MiniSearch<IndexedDoc>({
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text) => contentTerms(text, index.stopwords),
  processTerm: (term) => term,
});
reference.addAll(index.indexedDocs);

function referenceSearch(queries: TermQuery[]) {
  const byTerm = new Map(queries.map((q) => [q.term, q]));
  return reference.search(queries.map((q) => q.term).join(" "), {
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t,
    boost: FIELD_BOOSTS,
    combineWith: "OR",
    boostTerm: (t) => byTerm.get(t)?.boost ?? 1,
    boostDocument: (id) => (String(id).startsWith("glossary:") ? GLOSSARY_BOOST : 1),
    fuzzy: (t) => byTerm.get(t)?.fuzzy ?? 0,
    prefix: (t) => byTerm.get(t)?.prefix ?? false,
  });
}

function ours(queries: TermQuery[]) {
  const hits = index.search.search(queries);
  return Array.from({ length: hits.length }, (_, i) => ({
    id: hits.id(i),
    score: hits.score(i),
    queryTerms: queries.map((q) => q.term).filter((_, k) => hits.matchedQueryTerm(i, k)),
    match: Object.fromEntries(
      [...hits.matches(i)].map(([term, mask]) => [
        term,
        FIELDS.filter((_, f) => mask & (1 << f)).sort(),
      ]),
    ),
  }));
}

function theirs(queries: TermQuery[]) {
  return referenceSearch(queries).map((r) => ({
    id: String(r.id),
    score: r.score,
    queryTerms: r.queryTerms,
    match: Object.fromEntries(
      Object.entries(r.match).map(([term, fields]) => [term, [...new Set(fields)].sort()]),
    ),
  }));
}

function expectSame(queries: TermQuery[]) {
  const a = ours(queries);
  const b = theirs(queries);
  expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
  a.forEach((r, i) => {
    const s = b[i] as (typeof b)[number];
    expect(r.score).toBe(s.score);
    expect([...r.queryTerms].sort()).toEqual([...s.queryTerms].sort());
    expect(r.match).toEqual(s.match);
  });
}

/** The query the assistant sends for a question. */
function queriesOf(question: string): TermQuery[] {
  return searchQueries(index, planQuery(index, question));
}

describe("the knowledge index scores as MiniSearch does", () => {
  it("for every question of both evaluation sets", () => {
    const questions = [...readEvalCases(EVAL_FILE), ...readEvalCases(HELD_OUT_FILE)].map(
      (c) => c.q,
    );
    expect(questions.length).toBeGreaterThan(200);
    let compared = 0;
    for (const q of questions) {
      const queries = queriesOf(q);
      if (queries.length === 0) continue;
      expectSame(queries);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("for made-up queries: known words, prefixes, typos, unknown words, any boosts", () => {
    const vocabulary = [...index.search.termText];
    const word = fc.oneof(
      fc.constantFrom(...vocabulary),
      // A prefix of a known word.
      fc
        .tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 2, max: 8 }))
        .map(([w, n]) => w.slice(0, n)),
      // A known word with a letter changed, dropped or added.
      fc
        .tuple(
          fc.constantFrom(...vocabulary),
          fc.nat(),
          fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
          fc.constantFrom("swap", "drop", "add"),
        )
        .map(([w, at, c, how]) => {
          const i = at % Math.max(1, w.length);
          if (how === "drop") return w.slice(0, i) + w.slice(i + 1);
          if (how === "add") return w.slice(0, i) + c + w.slice(i);
          return w.slice(0, i) + c + w.slice(i + 1);
        }),
      fc.stringMatching(/^[a-z0-9]{1,12}$/),
    );
    const query = fc.record({
      term: word,
      boost: fc.constantFrom(1, 0.7, 0.45, 0.3),
      prefix: fc.boolean(),
      fuzzy: fc.constantFrom(0, 0, 1, 2),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(query, { minLength: 1, maxLength: 12, selector: (q) => q.term }),
        (queries) => {
          const usable = queries.filter((q) => q.term !== "");
          if (usable.length === 0) return;
          expectSame(usable);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses to read results a later search has replaced, rather than give wrong ones", () => {
    const first = index.search.search([{ term: "mash", boost: 1, prefix: false, fuzzy: 0 }]);
    expect(first.length).toBeGreaterThan(0);
    const id = first.id(0);
    const second = index.search.search([{ term: "lado", boost: 1, prefix: false, fuzzy: 0 }]);
    expect(second.id(0)).not.toBe(id);
    expect(() => first.id(0)).toThrow(/replaced by a later search/);
  });

  it("a huge unknown word with typos allowed finds nothing, as MiniSearch does", () => {
    // 9,000 letters: its deletions would be ~40 million strings, which ran the fuzz tests out of
    // memory before words longer than any term (plus the edits allowed) were turned away.
    const huge = "q".repeat(5000) + "referral".repeat(500);
    const queries: TermQuery[] = [{ term: huge, boost: 1, prefix: true, fuzzy: 2 }];
    expect(index.search.search(queries).length).toBe(0);
    expectSame(queries);
  });

  it("a search that matches nothing finds nothing", () => {
    const hits = index.search.search([{ term: "zzqxv", boost: 1, prefix: true, fuzzy: 0 }]);
    expect(hits.length).toBe(0);
  });

  it("an empty index answers with no results", () => {
    const empty = new Bm25Index([], { fieldBoosts: FIELD_BOOSTS, documentBoost: () => 1 });
    expect(empty.search([{ term: "mash", boost: 1, prefix: true, fuzzy: 1 }]).length).toBe(0);
  });
});
