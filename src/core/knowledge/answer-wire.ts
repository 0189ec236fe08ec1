import type { Answer } from "./answer-question.js";
import type { KnowledgeEntry } from "./build-knowledge-index.js";

/**
 * An Answer as it crosses between threads: entries by id, so only a few numbers and short
 * strings are copied, and the receiving side hands out its own entry objects (the same ones the
 * rest of the assistant renders and caches replies by).
 */
export type WireAnswer =
  | {
      kind: "answer";
      article: string;
      score: number;
      alternatives: string[];
      via: Extract<Answer, { kind: "answer" }>["via"];
    }
  | { kind: "suggest"; candidates: { id: string; score: number }[] }
  | { kind: "none"; score: number };

export function answerToWire(answer: Answer): WireAnswer {
  switch (answer.kind) {
    case "answer":
      return {
        kind: "answer",
        article: answer.article.id,
        score: answer.score,
        alternatives: answer.alternatives.map((e) => e.id),
        via: answer.via,
      };
    case "suggest":
      return {
        kind: "suggest",
        candidates: answer.candidates.map((c) => ({ id: c.entry.id, score: c.score })),
      };
    case "none":
      return { kind: "none", score: answer.score };
  }
}

/** The Answer again, with this side's entries; undefined if any id is not one of them (the two
 * sides were built from different content, which must not pass as an answer). */
export function answerFromWire(
  wire: WireAnswer,
  entries: ReadonlyMap<string, KnowledgeEntry>,
): Answer | undefined {
  switch (wire.kind) {
    case "answer": {
      const article = entries.get(wire.article);
      const alternatives = wire.alternatives.map((id) => entries.get(id));
      if (!article || alternatives.some((e) => !e)) return undefined;
      return {
        kind: "answer",
        article,
        score: wire.score,
        alternatives: alternatives as KnowledgeEntry[],
        via: wire.via,
      };
    }
    case "suggest": {
      const candidates = wire.candidates.map((c) => ({ entry: entries.get(c.id), score: c.score }));
      if (candidates.some((c) => !c.entry)) return undefined;
      return {
        kind: "suggest",
        candidates: candidates as { entry: KnowledgeEntry; score: number }[],
      };
    }
    case "none":
      return { kind: "none", score: wire.score };
  }
}
