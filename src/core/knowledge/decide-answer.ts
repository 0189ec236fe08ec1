import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import type { Hit } from "./search-knowledge.js";
import { THRESHOLDS, type Thresholds } from "./thresholds.js";

export interface Candidate {
  entry: KnowledgeEntry;
  /** Coverage 0..1: how much of the question this entry answers. */
  score: number;
}

/** What the assistant does with a message: the last stage of answering. */
export type Answer =
  /** A child may be in danger now: call 999 comes before anything else. */
  | { kind: "danger"; rule: string }
  | {
      kind: "answer";
      article: KnowledgeEntry;
      score: number;
      /** Other entries that also fit, best first (at most two). */
      alternatives: KnowledgeEntry[];
      /** How the answer was found, for the eval's report ("before": the example messages
       * nearest it were answered by this entry). */
      via: "situation" | "definition" | "question" | "lookup" | "search" | "before";
      /** The answer to a second question the message asks ("...who sits on the panel? And who
       * has the final say on its recommendation?"), shown on the same card. */
      also?: KnowledgeEntry;
    }
  | { kind: "suggest"; candidates: Candidate[] }
  | {
      kind: "none";
      score: number;
      /** unknown: nothing fits; refusal: a question to decline (see `refusal`); no-check: a
       * navigation word typed with no guided check in progress. */
      reason: "unknown" | "refusal" | "no-check";
      refusal?: string;
    };

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Decides from the search hits: answer when one entry covers enough of the question (naming
 * the runners-up as alternatives); offer two or three when none does but several come close
 * ("did you mean", as QnA Maker and Rasa do); otherwise say plainly that we don't know.
 */
export function decideAnswer(
  index: KnowledgeIndex,
  hits: readonly Hit[],
  t: Thresholds = THRESHOLDS,
): Answer {
  const entry = (h: Hit) => index.entries.get(h.id) as KnowledgeEntry;
  const fitting = hits.filter((h) => h.coverage >= t.floor);
  const [top] = fitting;
  if (!top) return { kind: "none", score: round(hits[0]?.coverage ?? 0), reason: "unknown" };
  const [, second] = fitting;
  const tie =
    second !== undefined &&
    second.coverage === top.coverage &&
    second.rank >= top.rank * t.tieRatio &&
    top.closest < t.sameQuestion;
  if (top.coverage >= t.answer && !tie) {
    const best = winner(fitting, t);
    return {
      kind: "answer",
      article: entry(best),
      score: round(best.coverage),
      alternatives: fitting
        .filter((x) => x !== best)
        .slice(0, 2)
        .map(entry),
      via: "search",
    };
  }
  const candidates = fitting.filter((h) => h.rank >= top.rank * t.suggestRatio).slice(0, 3);
  if (candidates.length >= 2) {
    return {
      kind: "suggest",
      candidates: candidates.map((h) => ({ entry: entry(h), score: round(h.coverage) })),
    };
  }
  return { kind: "none", score: round(top.coverage), reason: "unknown" };
}

/**
 * The best-ranked entry, unless the race is close and another covers clearly more of the
 * question. The best-ranked stands when one of its listed questions has just the words typed
 * (less the small ones) and no other's does, or when it is clear of the runner-up.
 */
function winner(fitting: readonly Hit[], t: Thresholds): Hit {
  const [top, second] = fitting as [Hit, ...Hit[]];
  if (!second) return top;
  const others = fitting.filter((h) => h !== top);
  const alone = others.every((h) => h.closest < t.sameQuestion);
  const covers = others.every((h) => h.coverage <= top.coverage);
  if (top.closest >= t.sameQuestion && (alone || covers)) return top;
  const clear =
    second.rank <= top.rank * t.clearRatio || top.coverage - second.coverage >= t.clearGap;
  if (clear) return top;
  const surest = [...fitting].sort((a, b) => b.coverage - a.coverage)[0] as Hit;
  const close = fitting.filter((h) => h !== surest && surest.coverage - h.coverage < t.clearGap);
  return close.length === 0 && surest.rank >= top.rank * t.suggestRatio ? surest : top;
}
