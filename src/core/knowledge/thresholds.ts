/**
 * Every threshold the deciding uses, in one place.
 *
 * `coverage` is the share of a question's content words an entry matches (see search-knowledge:
 * words the knowledge base never uses weigh most, domain-wide words least; body-only and synonym
 * matches count for less). `score` is MiniSearch's BM25 score, which has no fixed scale, so it is
 * only ever compared with the top result's score for the same question.
 *
 * How they were set: `npm run eval:knowledge -- --file tests/knowledge/questions.jsonl --file
 * tests/knowledge/held-out-questions.jsonl --file tests/knowledge/situations.jsonl --calibrate`
 * runs the sets over a grid of floor / answer / clearRatio and ranks each setting by its WORST
 * figure across the sets, so no one set's wording decides, then by confidently wrong answers.
 * On 2026-12-04 (90 articles, 99 glossary terms) the best was floor 0.45, answer 0.5,
 * clearRatio 0.9 (0.45 / 0.45 / 0.9 answered one more held-out question but declined one fewer
 * of questions.jsonl): answered right / declined 97.4% / 90.5% (situations), 94.4% / 100%
 * (questions), 88.7% / 96.4% (held-out). clearGap, suggestRatio and sameQuestion were set by
 * hand and checked the same way. Re-run it when the content changes, and judge the result on a
 * set nobody tuned on.
 */
export const THRESHOLDS = {
  /** Below this coverage nothing is offered: the question is not about what we know. */
  floor: 0.45,
  /** At or above this coverage the top entry is answered, if it is clear of the runner-up... */
  answer: 0.5,
  /** ...which it is when the runner-up scores at most this fraction of the top's score... */
  clearRatio: 0.9,
  /** ...or covers this much less of the question. */
  clearGap: 0.2,
  /** A listed question this close to the message (1 = the same content words) settles a race. */
  sameQuestion: 0.99,
  /** "Did you mean" offers entries scoring at least this fraction of the top score. */
  suggestRatio: 0.5,
};

export type Thresholds = typeof THRESHOLDS;
