import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  EVAL_FILE,
  evaluateKnowledge,
  missingFacts,
  readEvalCases,
} from "../../src/core/knowledge/evaluate-knowledge.js";
import { checkEvalSets, type EvalSet, index, mash } from "./support/check-eval-sets.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/*
 * Three sets, all tuned on (see thresholds.ts): questions.jsonl was written alongside the
 * articles; held-out-questions.jsonl from the seeds before the articles' question lists were
 * read; situations.jsonl (behaviour format) from the seeds and the issue: emergencies, situations,
 * typos, refusals and ordinary questions that share a word with an emergency;
 * sealed-2026-12-04.jsonl, sealed for one run and now tuned on; danger-lookalikes.jsonl, written
 * from the seeds by a helper who never saw the code: 80 emergencies told in many ways and 80
 * alarming-sounding messages that are not emergencies (its "answer" cases carry no facts: it
 * judges danger only); mixed-2.jsonl, the same, later. The floors below guard against regressions only; how well answering
 * generalises is judged on a sealed set.
 */
const SETS: EvalSet[] = [
  { file: EVAL_FILE, right: 0.88, declined: 0.95 },
  { file: path.join(HERE, "held-out-questions.jsonl"), right: 0.82, declined: 0.9 },
  { file: path.join(HERE, "situations.jsonl"), right: 0.9, declined: 0.85 },
  { file: path.join(HERE, "sealed-2026-12-04.jsonl"), right: 0.8, declined: 0.95 },
  { file: path.join(HERE, "danger-lookalikes.jsonl"), right: 0, declined: 0 },
  // Written the same way, later, with procedural questions and declines too. Its first run
  // (before any tuning on it) caught 34 of 50 emergencies, with 2 false alarms. One is raised
  // by the likeness to the example emergencies (weigh-likeness.ts), though it was fitted on this
  // message as not one: "a man has sat in a parked car by the school gates the last few mornings".
  { file: path.join(HERE, "mixed-2.jsonl"), right: 0.9, declined: 0.95, alarms: 1 },
  // And again, with other roles and settings: first run 37 of 55 emergencies, 4 false alarms.
  { file: path.join(HERE, "mixed-3.jsonl"), right: 0.9, declined: 0.95 },
  // And a fourth, of situations unlike the textbook ones: first run 34 of 45, 8 false alarms.
  { file: path.join(HERE, "mixed-4.jsonl"), right: 0.9, declined: 0.95 },
  // And a fifth, of alarming words that are not an emergency: first run 22 of 25, 7 false alarms.
  { file: path.join(HERE, "mixed-5.jsonl"), right: 0.9, declined: 0.95 },
  // And a sixth, in the proportions of the sealed set: first run 82.5% in scope, 92% declined,
  // 23 of 25 emergencies, 4 false alarms.
  { file: path.join(HERE, "mixed-6.jsonl"), right: 0.9, declined: 0.95 },
  // And a seventh, the same way: first run 71.3% in scope, 88% declined, 23 of 25, 3 false alarms.
  { file: path.join(HERE, "mixed-7.jsonl"), right: 0.8, declined: 0.9 },
  // The set sealed for 2026-12-05, run once (90% in scope, 92% declined, 19 of 25 emergencies,
  // 1 false alarm) and tuned on since: the next honest figure needs a new sealed set.
  { file: path.join(HERE, "sealed-2026-12-05.jsonl"), right: 0.9, declined: 0.95 },
  // A second set sealed the same day and run once on the session's final knowledge code
  // (90.0% in scope, 72.0% declined, 22 of 25 emergencies, 0 false alarms), then tuned on.
  { file: path.join(HERE, "sealed-2026-12-05b.jsonl"), right: 0.9, declined: 0.95 },
  // The third set sealed on 2026-12-05, written at the session's start by a helper who never saw
  // the code and run once on the session's final knowledge code (a7eca92): 90.6% in scope, 88.0%
  // declined, 24 of 25 emergencies, 4 false alarms. Tuned on since: the next honest figure needs
  // a new sealed set.
  { file: path.join(HERE, "sealed-2026-12-05c.jsonl"), right: 0.95, declined: 0.95 },
  // The fourth set sealed on 2026-12-05 (135 messages), written at the third session's start by a
  // helper who never saw the code and run once on its final knowledge code (56dff96): 87.1% in
  // scope, 88.0% declined, 25 of 25 emergencies, 1 false alarm. Tuned on since.
  { file: path.join(HERE, "sealed-2026-12-05d.jsonl"), right: 0.93, declined: 0.92 },
];

checkEvalSets(SETS);

describe("the behaviour format", () => {
  it("judges answer by its facts ('|' for alternatives), decline by kind, danger by the card", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eval-"));
    const file = path.join(dir, "set.jsonl");
    writeFileSync(
      file,
      [
        { q: "what does LADO mean", expect: "answer", facts: ["local authority|nowhere"] },
        { q: "what does LADO mean", expect: "answer", facts: ["a fact it lacks"] },
        { q: "who is my line manager", expect: "decline", facts: [] },
        { q: "a child has been stabbed outside", expect: "danger", facts: [] },
        { q: "what is the knife crime training", expect: "danger", facts: [] },
      ]
        .map((c) => JSON.stringify(c))
        .join("\n"),
    );
    const report = evaluateKnowledge(index, mash, readEvalCases(file));
    expect(report).toMatchObject({
      inScope: 2,
      answeredRight: 1,
      outOfScope: 1,
      refusedRight: 1,
      dangerous: 2,
      dangerCaught: 1,
    });
    expect(report.misses.map((m) => m.why)).toEqual([
      'answer lacks "a fact it lacks"',
      "danger missed",
    ]);
    expect(report.p99Ms).toBeGreaterThan(0);
  });

  it("reads a number with or without thousands separators as the same fact", () => {
    expect(missingFacts("training reached 2,860 people", ["2860"])).toEqual([]);
    expect(missingFacts("training reached 2860 people", ["2,860"])).toEqual([]);
    expect(missingFacts("phone 01908 253169, option 2", ["253169"])).toEqual([]);
    expect(missingFacts("training reached 2,860 people", ["2,680"])).toEqual(["2,680"]);
  });
});
