import { readFileSync } from "node:fs";
import { answerQuestion } from "./src/core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "./src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "./src/core/knowledge/load-knowledge.js";
import { createSpeller } from "./src/core/knowledge/correct-spelling.js";
let t = performance.now();
const content = loadKnowledge();
console.log("load", (performance.now() - t).toFixed(0)); t = performance.now();
createSpeller(new Map(), {});
console.log("speller", (performance.now() - t).toFixed(0)); t = performance.now();
const index = buildKnowledgeIndex(content);
console.log("build", (performance.now() - t).toFixed(0));
const qs = [...readFileSync("tests/knowledge/held-out-questions.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).q)];
for (let pass = 0; pass < 3; pass++) {
  const times: number[] = [];
  for (const q of qs) { t = performance.now(); answerQuestion(index, q + (pass === 2 ? " x" + pass : "")); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log("pass", pass, "p50", times[Math.floor(times.length / 2)]?.toFixed(2), "p99", times[Math.ceil(times.length * 0.99) - 1]?.toFixed(2), "max", times.at(-1)?.toFixed(1));
}
const worst: [number, string][] = [];
for (const q of qs) { t = performance.now(); answerQuestion(index, q); worst.push([performance.now() - t, q]); }
worst.sort((a, b) => b[0] - a[0]);
console.log(worst.slice(0, 6));
