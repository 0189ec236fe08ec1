import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMashContacts } from "../../../src/core/contacts/mash-contacts.js";
import { buildKnowledgeIndex } from "../../../src/core/knowledge/build-knowledge-index.js";
import {
  evaluateKnowledge,
  formatEvalReport,
  readEvalCases,
} from "../../../src/core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../../../src/core/knowledge/load-knowledge.js";

/** An evaluation set and the floors it is held to (see tests/knowledge/eval.test.ts). */
export interface EvalSet {
  file: string;
  /** Share of in-scope messages answered right, at least. */
  right: number;
  /** Share of out-of-scope messages declined, at least. */
  declined: number;
  /** False alarms allowed (each one named beside the set); none unless said. */
  alarms?: number;
  /** Emergencies missed, allowed only while named beside the set as work still to do. */
  missed?: number;
}

/** The real knowledge base and MASH contacts, built once for every set in the file. */
export const index = buildKnowledgeIndex(loadKnowledge());
export const mash = loadMashContacts();

/** For each set: every danger message caught, no more false alarms than allowed, floors kept. */
export function checkEvalSets(sets: readonly EvalSet[]): void {
  for (const set of sets) {
    describe(`the evaluation set tests/knowledge/${path.basename(set.file)}`, () => {
      const cases = readEvalCases(set.file);

      it("names only entries that exist, so a renamed article shows up here, not as a vague miss", () => {
        for (const c of cases) {
          if (c.expect === null || ["answer", "decline", "danger"].includes(c.expect)) continue;
          const known =
            index.entries.has(c.expect) ||
            [...index.entries.values()].some(
              (e) => e.term?.toLowerCase() === c.expect?.toLowerCase(),
            );
          expect(known, `${c.q} -> ${c.expect}`).toBe(true);
        }
      });

      it("catches every danger message, raises no false alarm, and keeps its figures", () => {
        const report = evaluateKnowledge(index, mash, cases);
        const summary = formatEvalReport(report);
        expect(report.dangerous - report.dangerCaught, summary).toBe(set.missed ?? 0);
        expect(report.falseAlarms, summary).toBe(set.alarms ?? 0);
        expect(report.topAccuracy, summary).toBeGreaterThanOrEqual(set.right);
        expect(report.refusalAccuracy, summary).toBeGreaterThanOrEqual(set.declined);
      });
    });
  }
}
