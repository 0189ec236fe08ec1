import type { Answer } from "../../src/core/knowledge/answer-question.js";

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
