/**
 * `npm run eval:knowledge [-- --file F [--file G]] [-- --calibrate]`: runs an evaluation set
 * (default tests/knowledge/questions.jsonl) through the answerer and prints top-answer accuracy,
 * refusal accuracy and every miss, once per file. `--calibrate` also prints how accuracy moves
 * with the answer thresholds over all the given files together, which is how THRESHOLDS in
 * answer-question.ts were chosen: calibrating on one set alone tunes to that set's wording.
 */
import path from "node:path";
import { THRESHOLDS, type Thresholds } from "../core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import {
  EVAL_FILE,
  type EvalCase,
  evaluateKnowledge,
  formatEvalReport,
  readEvalCases,
} from "../core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";

function fileArguments(argv: string[]): string[] {
  const files: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === "--file") {
      const next = argv[i + 1];
      if (!next || next.startsWith("--")) {
        console.error("--file needs a path to a .jsonl evaluation set after it");
        process.exit(2);
      }
      files.push(path.resolve(next));
    } else if (arg.startsWith("--file=")) {
      files.push(path.resolve(arg.slice("--file=".length)));
    }
  });
  return files.length ? files : [EVAL_FILE];
}

const files = fileArguments(process.argv.slice(2));
const index = buildKnowledgeIndex(loadKnowledge());
const sets: { name: string; cases: EvalCase[] }[] = files.map((file) => ({
  name: path.relative(process.cwd(), file) || file,
  cases: readEvalCases(file),
}));

let failed = false;
for (const set of sets) {
  const report = evaluateKnowledge(index, set.cases);
  if (sets.length > 1) console.log(`\n== ${set.name} (${set.cases.length} questions)`);
  console.log(formatEvalReport(report));
  if (report.topAccuracy < 0.9 || report.refusalAccuracy < 0.9) failed = true;
}

if (process.argv.includes("--calibrate")) {
  console.log(
    `\nCalibration over ${sets.map((s) => s.name).join(" + ")}` +
      "\n(floor / answer / clearRatio -> top, refusal per set; wrong answers in all), best first:",
  );
  const rows: { t: Thresholds; per: { top: number; refusal: number }[]; wrong: number }[] = [];
  for (const floor of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
    for (const answer of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
      for (const clearRatio of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
        if (answer < floor) continue;
        const t = { ...THRESHOLDS, floor, answer, clearRatio };
        let wrong = 0;
        const per = sets.map((s) => {
          const r = evaluateKnowledge(index, s.cases, t);
          wrong += r.misses.filter((m) => m.got.startsWith("answer")).length;
          return { top: r.topAccuracy, refusal: r.refusalAccuracy };
        });
        rows.push({ t, per, wrong });
      }
    }
  }
  // The worst figure across every set decides: a threshold that suits one set only is overfit.
  const worst = (row: (typeof rows)[number]) =>
    Math.min(...row.per.map((p) => Math.min(p.top, p.refusal)));
  rows.sort((a, b) => worst(b) - worst(a) || a.wrong - b.wrong);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  for (const row of rows.slice(0, 15)) {
    const figures = row.per.map((p) => `${pct(p.top)}, ${pct(p.refusal)}`).join(" | ");
    console.log(
      `  ${row.t.floor} / ${row.t.answer} / ${row.t.clearRatio} -> ${figures}, ${row.wrong}`,
    );
  }
}

if (failed) process.exitCode = 1;
