/**
 * `npm run eval:knowledge`: runs tests/knowledge/questions.jsonl through the answerer and prints
 * top-answer accuracy, refusal accuracy and every miss. `--calibrate` also prints how accuracy
 * moves with the answer thresholds, which is how THRESHOLDS in answer-question.ts were chosen.
 */
import { THRESHOLDS, type Thresholds } from "../core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import {
  evaluateKnowledge,
  formatEvalReport,
  readEvalCases,
} from "../core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";

const index = buildKnowledgeIndex(loadKnowledge());
const cases = readEvalCases();
const report = evaluateKnowledge(index, cases);
console.log(formatEvalReport(report));

if (process.argv.includes("--calibrate")) {
  console.log(
    "\nCalibration (floor / answer / clearRatio -> top, refusal, wrong answers), best first:",
  );
  const rows: { t: Thresholds; top: number; refusal: number; wrong: number }[] = [];
  for (const floor of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
    for (const answer of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
      for (const clearRatio of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
        if (answer < floor) continue;
        const t = { ...THRESHOLDS, floor, answer, clearRatio };
        const r = evaluateKnowledge(index, cases, t);
        const wrong = r.misses.filter((m) => m.got.startsWith("answer")).length;
        rows.push({ t, top: r.topAccuracy, refusal: r.refusalAccuracy, wrong });
      }
    }
  }
  rows.sort((a, b) => Math.min(b.top, b.refusal) - Math.min(a.top, a.refusal) || a.wrong - b.wrong);
  for (const row of rows.slice(0, 15)) {
    console.log(
      `  ${row.t.floor} / ${row.t.answer} / ${row.t.clearRatio} -> ${(row.top * 100).toFixed(1)}%, ${(row.refusal * 100).toFixed(1)}%, ${row.wrong}`,
    );
  }
}

if (report.topAccuracy < 0.9 || report.refusalAccuracy < 0.9) process.exitCode = 1;
