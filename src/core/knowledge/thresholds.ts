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
  /** At or above this coverage the best entry is answered, the runners-up named beside it. Below
   * it, two or more fitting entries are offered as "did you mean". (Until 2026-12-05 a close race
   * above it was offered too: answering it instead answered 1-3 more questions right in each
   * set, and cost one decline in situations.jsonl.) */
  answer: 0.5,
  /** The best-ranked entry is the best unless the runner-up scores more than this fraction of
   * its score... */
  clearRatio: 0.9,
  /** ...and another entry covers this much more of the question. */
  clearGap: 0.2,
  /** Two entries covering the same share of the question and ranked within this fraction of
   * each other are a dead heat ("safeguarding training": for school staff or health staff?):
   * the person picks. */
  tieRatio: 0.95,
  /** A listed question this close to the message (1 = the same content words) settles a race. */
  sameQuestion: 0.99,
  /** A general worry gives way to the question asked with it only at this coverage or more. */
  sure: 0.7,
  /** ...and only when that question has at least this many content words. */
  questionTerms: 4,
  /** A question of its own asked beside a situation needs this many content words to be
   * answered instead of the situation ("is that right?" asks nothing of its own). */
  ownQuestionTerms: 2,
  /** "Did you mean" offers entries scoring at least this fraction of the top score. */
  suggestRatio: 0.5,
};

export type Thresholds = typeof THRESHOLDS;
