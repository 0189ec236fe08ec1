import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  EVAL_FILE,
  evaluateKnowledge,
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
  // (before any tuning on it) caught 34 of 50 emergencies, with 2 false alarms.
  { file: path.join(HERE, "mixed-2.jsonl"), right: 0.9, declined: 0.95 },
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
  // Two more written on 2026-12-05 by helpers who never saw the code, run once before tuning:
  // mixed-8 80.0% in scope, 72.0% declined, 25 of 35 emergencies, 5 false alarms; mixed-9
  // 78.3%, 57.1%, 29 of 30, 5 false alarms.
  { file: path.join(HERE, "mixed-8.jsonl"), right: 0.9, declined: 0.9 },
  { file: path.join(HERE, "mixed-9.jsonl"), right: 0.88, declined: 0.85 },
  // And two more the same day, run once before tuning: mixed-10 (mostly emergencies and
  // alarming situations) 76.9% in scope, 75.0% declined, 34 of 45 emergencies, 5 false alarms;
  // mixed-11 87.5%, 72.0%, 22 of 25, 2 false alarms.
  { file: path.join(HERE, "mixed-10.jsonl"), right: 0.95, declined: 0.95 },
  { file: path.join(HERE, "mixed-11.jsonl"), right: 0.9, declined: 0.95 },
  // And two more, run once before tuning: mixed-12 (unusual emergencies, scary non-emergencies)
  // 90.0% in scope, 76.7% declined, 35 of 40 emergencies, 1 false alarm; mixed-13 (health,
  // police, housing and voluntary sector) 81.4%, 52.0%, 24 of 25, 1 false alarm.
  { file: path.join(HERE, "mixed-12.jsonl"), right: 0.93, declined: 0.95 },
  { file: path.join(HERE, "mixed-13.jsonl"), right: 0.83, declined: 0.95 },
  // And two more, run once before tuning: mixed-14 80.0% in scope, 72.0% declined, 20 of 25
  // emergencies, 1 false alarm; mixed-15 87.5%, 76.0%, 22 of 25, 3 false alarms. One false
  // alarm is still raised, and the test names it: a note found in lost property saying "I want
  // to die", dated months ago (the date is in another sentence from the words).
  { file: path.join(HERE, "mixed-14.jsonl"), right: 0.8, declined: 0.7, alarms: 1 },
  { file: path.join(HERE, "mixed-15.jsonl"), right: 0.9, declined: 0.8 },
  // And two more, run once before tuning: mixed-16 (everyday places in Milton Keynes) 84.0% in
  // scope, 68.0% declined, 23 of 30 emergencies, 5 false alarms; mixed-17 (short emergencies,
  // vivid past events) 88.0%, 86.7%, 24 of 25, 3 false alarms.
  { file: path.join(HERE, "mixed-16.jsonl"), right: 0.85, declined: 0.7 },
  { file: path.join(HERE, "mixed-17.jsonl"), right: 0.88, declined: 0.95 },
  // Run once before tuning: mixed-19 (rarer emergencies) 88.0% in scope, 88.0% declined, 25 of 30
  // emergencies, 4 false alarms.
  { file: path.join(HERE, "mixed-19.jsonl"), right: 0.9, declined: 0.95 },
  // Run once before tuning: mixed-18 (mostly procedural questions) 86.7% in scope, 50.0%
  // declined, 17 of 20 emergencies, 1 false alarm. Its declines are the hardest kind: questions
  // in the partnership's own words whose answers the documents do not hold.
  { file: path.join(HERE, "mixed-18.jsonl"), right: 0.88, declined: 0.7 },
  // Run once before tuning: mixed-20 (the emergencies least likely to be recognised) 85.0% in
  // scope, 84.0% declined, 19 of 25 emergencies, 3 false alarms; mixed-21 (declines in the
  // partnership's own words) 90.0%, 65.7%, 24 of 25, 1 false alarm.
  { file: path.join(HERE, "mixed-20.jsonl"), right: 0.88, declined: 0.84 },
  { file: path.join(HERE, "mixed-21.jsonl"), right: 0.9, declined: 0.77 },
  // Run once before tuning: mixed-22 (tired people typing on phones) 78.8% in scope, 100%
  // declined, 19 of 20 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-22.jsonl"), right: 0.84, declined: 0.95 },
  // Run once before tuning: mixed-23 (worries thought out loud, emergencies reported second-hand,
  // tasks the assistant cannot do) 83.8% in scope, 88.0% declined, 22 of 25, 5 false alarms.
  { file: path.join(HERE, "mixed-23.jsonl"), right: 0.88, declined: 0.95 },
  // Run once before tuning: mixed-24 (reassuring words around emergencies, frightening words
  // around what is over) 85.0% in scope, 96.0% declined, 23 of 25, 4 false alarms. One false
  // alarm is still raised, and the test names it: a brother who "shot at him with an air rifle,
  // which - this was two summers ago and the brother's in the army now" (the date is in another
  // clause, which also says "now").
  { file: path.join(HERE, "mixed-24.jsonl"), right: 0.88, declined: 0.95, alarms: 1 },
  // Run once before tuning: mixed-25 (formal, non-native, Scots, Irish, Welsh and US English)
  // 84.7% in scope, 88.0% declined, 17 of 20 emergencies, 4 false alarms.
  { file: path.join(HERE, "mixed-25.jsonl"), right: 0.88, declined: 0.88 },
  // Run once before tuning: mixed-27 (emergencies told with as varied words as the writer
  // could find) 92.0% in scope, 92.0% declined, 20 of 30 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-27.jsonl"), right: 0.92, declined: 0.92 },
  // Run once before tuning: mixed-26 (an ordinary Tuesday a month in) 84.7% in scope, 84.0%
  // declined, 18 of 20 emergencies, 3 false alarms.
  { file: path.join(HERE, "mixed-26.jsonl"), right: 0.87, declined: 0.88 },
  // Run once before tuning: mixed-29 (the documents' less-used sections) 83.5% in scope, 96.0%
  // declined, 18 of 20 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-29.jsonl"), right: 0.83, declined: 0.95 },
  // Run once before tuning: mixed-28 (40 emergencies, no word used twice, regional and formal
  // English) 83.1% in scope, 92.0% declined, 32 of 40 emergencies, 3 false alarms.
  { file: path.join(HERE, "mixed-28.jsonl"), right: 0.86, declined: 0.92 },
  // Run once before tuning: mixed-31 (emergencies that open politely, frightening openings to
  // what is over) 90.0% in scope, 96.0% declined, 22 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-31.jsonl"), right: 0.9, declined: 0.95 },
  // Run once before tuning: mixed-30 (the sealed set's proportions, every emergency a different
  // kind in different words) 88.8% in scope, 92.0% declined, 23 of 25 emergencies, 0 false alarms.
  { file: path.join(HERE, "mixed-30.jsonl"), right: 0.88, declined: 0.92 },
  // Run once before tuning: mixed-33 (short, broken, panicked emergencies) 87.5% in scope, 92.0%
  // declined, 21 of 25 emergencies, 2 false alarms.
  { file: path.join(HERE, "mixed-33.jsonl"), right: 0.9, declined: 0.92 },
  // Run once before tuning: mixed-32 (what call handlers, paramedics, receptionists, youth
  // workers, GPs and health visitors hear) 85.0% in scope, 100% declined, 22 of 25 emergencies,
  // 1 false alarm.
  { file: path.join(HERE, "mixed-32.jsonl"), right: 0.86, declined: 0.95 },
  // Run once before tuning: mixed-34 (harms easy to overlook) 93.8% in scope, 64.0% declined,
  // 23 of 25 emergencies, 1 false alarm.
  { file: path.join(HERE, "mixed-34.jsonl"), right: 0.93, declined: 0.8 },
  // Run once before tuning: mixed-35 (the MK workforce with local detail) 83.8% in scope, 72.0%
  // declined, 23 of 25 emergencies, 0 false alarms.
  { file: path.join(HERE, "mixed-35.jsonl"), right: 0.83, declined: 0.72 },
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
});
