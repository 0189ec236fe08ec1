import { describe, expect, it } from "vitest";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import {
  evaluateKnowledge,
  formatEvalReport,
  readEvalCases,
} from "../../src/core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";

describe("the knowledge evaluation set (tests/knowledge/questions.jsonl)", () => {
  const cases = readEvalCases();
  const index = buildKnowledgeIndex(loadKnowledge());

  it("has 70+ practitioner questions with facts and 12+ out-of-scope ones", () => {
    const inScope = cases.filter((c) => c.expect !== null);
    expect(inScope.length).toBeGreaterThanOrEqual(70);
    expect(cases.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(12);
    for (const c of inScope) expect(c.facts.length, c.q).toBeGreaterThan(0);
    // Every expected answer exists, so a renamed article shows up here, not as a vague miss.
    for (const c of inScope) {
      const known =
        index.entries.has(c.expect!) ||
        [...index.entries.values()].some((e) => e.term?.toLowerCase() === c.expect!.toLowerCase());
      expect(known, `${c.q} -> ${c.expect}`).toBe(true);
    }
  });

  it("answers at least 90% right (with their facts) and refuses at least 90% of out-of-scope", () => {
    const report = evaluateKnowledge(index, cases);
    const summary = formatEvalReport(report);
    expect(report.topAccuracy, summary).toBeGreaterThanOrEqual(0.9);
    expect(report.refusalAccuracy, summary).toBeGreaterThanOrEqual(0.9);
  });
});
