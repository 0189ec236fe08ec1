import type { Answer } from "../../src/core/knowledge/answer-question.js";
import { findWorkerScript, type WorkerScript } from "../../src/core/knowledge/worker-answerer.js";

/** An answer as what a reply is built from (kind, entries by id, scores), for comparing
 * answers given by different threads, whose entry objects differ. */
export function answerShape(a: Answer) {
  switch (a.kind) {
    case "answer":
      return [a.kind, a.article.id, a.score, a.alternatives.map((e) => e.id), a.via];
    case "suggest":
      return [a.kind, a.candidates.map((c) => [c.entry.id, c.score])];
    case "none":
      return [a.kind, a.score];
  }
}

/** The real knowledge search thread's script, from source (run through tsx). */
export function sourceSearchThread(): WorkerScript {
  const here = new URL("../../src/core/knowledge/worker-answerer.ts", import.meta.url).href;
  const script = findWorkerScript(here);
  if (!script) throw new Error("src/core/knowledge/answer-worker.ts is missing");
  return script;
}
