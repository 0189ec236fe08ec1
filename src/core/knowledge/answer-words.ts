import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import { questionKey } from "./build-knowledge-index.js";
import { holdsAnswerType } from "./check-answer-type.js";
import { type Answer, decideAnswer } from "./decide-answer.js";
import {
  articleAbout,
  expandContraction,
  matchGlossary,
  withoutFillers,
} from "./glossary-terms.js";
import { bodyCanHold } from "./named-bodies.js";
import { type Hit, makeQuery, searchKnowledge } from "./search-knowledge.js";
import type { Thresholds } from "./thresholds.js";

// How a few words that ask something are answered (the retrieve and decide stages for one
// question), for answer-question.ts to apply to a whole message and its parts.

/** A question asked beside other words is answered only if the search is sure of it: a short one
 * ("where does this sit?") says too little to be sure of. A question an article lists word for
 * word, or a term the glossary names, is sure however short it is ("where is the MASH based?"). */
export function sureOf(
  index: KnowledgeIndex,
  words: readonly string[],
  t: Thresholds,
  sure = t.sure,
): Answer | undefined {
  const asked = answerWords(index, words, t);
  const terms = makeQuery(index, words).terms.length;
  if (asked.kind !== "answer") return undefined;
  return named(asked) || (asked.score >= sure && terms >= t.questionTerms) ? asked : undefined;
}

export function search(index: KnowledgeIndex, words: readonly string[]): Hit[] {
  return searchKnowledge(index, makeQuery(index, words));
}

/** An entry given as the answer, with the search's next two as alternatives. */
export function answered(
  index: KnowledgeIndex,
  article: KnowledgeEntry,
  via: "situation" | "definition" | "question" | "lookup",
  hits: readonly Hit[],
  t: Thresholds,
): Answer {
  const alternatives = hits
    .filter((h) => h.id !== article.id && h.coverage >= t.floor)
    .slice(0, 2)
    .map((h) => index.entries.get(h.id) as KnowledgeEntry);
  return { kind: "answer", article, score: 1, alternatives, via };
}

/** Answers words that ask something: a glossary definition, a question an article lists word
 * for word, a term looked up, or the search's decision. */
export function answerWords(
  index: KnowledgeIndex,
  words: readonly string[],
  t: Thresholds,
): Answer {
  const hits = search(index, words);
  const key = expandContraction(words.join(" "));
  // "What does LADO mean?" is a glossary question whatever else matches.
  const defined = definitionAsked(index, words);
  if (defined) return answered(index, defined, "definition", hits, t);
  // The question is, word for word, one an article lists (less the words said for emphasis:
  // "what can MASH actually decide to do with a referral").
  const listed =
    index.exactQuestions.get(questionKey(key)) ??
    index.exactQuestions.get(questionKey(withoutFillers(key)));
  const asked = listed ? index.entries.get(listed) : undefined;
  if (asked) return answered(index, asked, "question", hits, t);
  // "What is a MARF?" or just "cspr": a term the glossary defines. An article titled with the
  // term ("What the MASH is") says more than the glossary line, so it answers instead.
  const looked = matchGlossary(index, index.lookupPatterns, withoutFillers(key));
  if (looked) return answered(index, articleAbout(index, looked) ?? looked, "lookup", hits, t);
  // "What's the email for the MK Together team?": not the MASH's, if the team's has none.
  if (!bodyCanHold(index, words, key)) return { kind: "none", score: 0, reason: "unknown" };
  // An entry that shares the question's words but cannot hold what it asks for (a number, an
  // email, a length of time) does not answer it: the deciding is among those that can.
  return decideAnswer(
    index,
    hits.filter((h) => holdsAnswerType(key, index.entries.get(h.id)?.text ?? "")),
    t,
  );
}

/** An answer named (see `named`), or one the search covers to at least `sure`. */
export function isSure(
  answer: Answer,
  sure: number,
): answer is Extract<Answer, { kind: "answer" }> {
  return answer.kind === "answer" && (named(answer) || answer.score >= sure);
}

/** An answer the glossary or an article's own list names, rather than one the search found. */
export function named(answer: Answer): boolean {
  return (
    answer.kind === "answer" &&
    (answer.via === "question" || answer.via === "definition" || answer.via === "lookup")
  );
}

/** The glossary entry whose meaning the words ask for ("what does CAF stand for"), if any. */
export function definitionAsked(
  index: KnowledgeIndex,
  words: readonly string[],
): KnowledgeEntry | undefined {
  return matchGlossary(
    index,
    index.definitionPatterns,
    withoutFillers(expandContraction(words.join(" "))),
  );
}
