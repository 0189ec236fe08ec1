/**
 * `npm run eval:knowledge [-- --file F [--file G]] [-- --calibrate]`: runs evaluation sets
 * (default tests/knowledge/questions.jsonl) through the answerer on the main thread and prints,
 * once per file: in-scope answered right, out-of-scope declined, danger caught, false alarms,
 * question time p50/p99, and every miss. Either line format works (see evaluate-knowledge.ts).
 * `--calibrate` also prints how the figures move with the thresholds over all the files
 * together, which is how THRESHOLDS in thresholds.ts were chosen.
 */
import path from "node:path";
import { loadMashContacts } from "../core/contacts/mash-contacts.js";
import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import {
  EVAL_FILE,
  type EvalCase,
  evaluateKnowledge,
  formatEvalReport,
  readEvalCases,
} from "../core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";
import { THRESHOLDS, type Thresholds } from "../core/knowledge/thresholds.js";

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
const mash = loadMashContacts();
const sets: { name: string; cases: EvalCase[] }[] = files.map((file) => ({
  name: path.relative(process.cwd(), file) || file,
  cases: readEvalCases(file),
}));

let failed = false;
for (const set of sets) {
  const report = evaluateKnowledge(index, mash, set.cases);
  console.log(`\n== ${set.name} (${set.cases.length} messages)`);
  console.log(formatEvalReport(report));
  if (report.dangerCaught < report.dangerous) failed = true;
}

if (process.argv.includes("--calibrate")) {
  console.log(
    `\nCalibration over ${sets.map((s) => s.name).join(" + ")}` +
      "\n(floor / answer / clearRatio -> answered right, declined per set; wrong answers in all), best first:",
  );
  const rows: { t: Thresholds; per: { top: number; refusal: number }[]; wrong: number }[] = [];
  for (const floor of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    for (const answer of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75]) {
      for (const clearRatio of [0.6, 0.7, 0.8, 0.9, 0.95]) {
        if (answer < floor) continue;
        const t = { ...THRESHOLDS, floor, answer, clearRatio };
        let wrong = 0;
        const per = sets.map((s) => {
          const r = evaluateKnowledge(index, mash, s.cases, t);
          wrong += r.misses.filter(
            (m) => m.got.startsWith("answer") && m.expect !== "answer",
          ).length;
          return { top: r.topAccuracy, refusal: r.outOfScope ? r.refusalAccuracy : 1 };
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
