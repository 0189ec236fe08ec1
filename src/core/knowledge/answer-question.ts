import {
  answered,
  answerWords,
  definitionAsked,
  isSure,
  named,
  search,
  sureOf,
} from "./answer-words.js";
import { answeredBefore } from "./answered-before.js";
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import { nameKey } from "./build-knowledge-index.js";
import { holdsAnswerType, holdsDetail } from "./check-answer-type.js";
import type { Answer } from "./decide-answer.js";
import { articleAbout, expandContraction, termAskedAbout } from "./glossary-terms.js";
import {
  askedApart,
  firstTermCompared,
  otherBodyAsked,
  otherTermCompared,
  questionsJoined,
  withBodyBefore,
} from "./named-bodies.js";
import { entriesOf, otherYear } from "./other-year.js";
import { makeQuery } from "./search-knowledge.js";
import { THRESHOLDS, type Thresholds } from "./thresholds.js";
import { type Understood, understandMessage } from "./understand-message.js";
import { readsLike } from "./weigh-likeness.js";

export type { Answer, Candidate } from "./decide-answer.js";

/**
 * Answers a practitioner's message: understand (spelling, danger, situations, refusals) ->
 * retrieve (MiniSearch) -> decide (answer, "did you mean", or "I don't know"). Danger is decided
 * first and never waits on the search. A question that reads like the example questions to
 * decline (weigh-likeness.ts) is declined, whatever the search found: the documents only name
 * many things a practitioner asks the details of, and the search cannot tell naming from holding.
 * Last, where the search was unsure, the example messages nearest this one settle it when
 * nearly all of them were answered by one entry (answered-before.ts).
 */
export function answerQuestion(
  index: KnowledgeIndex,
  text: string,
  t: Thresholds = THRESHOLDS,
  /** The skill's `urgent` check has already read this text for danger in this turn. */
  options: { dangerRead?: boolean } = {},
): Answer {
  const understood = understandMessage(index, text, options);
  const answer = judgeAnswer(index, understood, text, t);
  return answer.kind === "answer" ? withOtherQuestion(index, understood, answer, t) : answer;
}

/** The answer found for the message, before any second question is added to it. */
function judgeAnswer(
  index: KnowledgeIndex,
  understood: Understood,
  text: string,
  t: Thresholds,
): Answer {
  const answer = findAnswer(index, understood, t);
  // What the glossary or an article's own list names word for word is never second-guessed.
  const loose =
    answer.kind === "suggest" ||
    (answer.kind === "none" && answer.reason === "unknown") ||
    (answer.kind === "answer" && (answer.via === "search" || answer.via === "situation"));
  if (!loose) return answer;
  const unknown = { kind: "none", score: 0, reason: "unknown" } as const;
  if (answer.kind === "answer" && answer.via === "situation") {
    return readsLike(index.declineLikeness, text) ? unknown : answer;
  }
  // "cheers, that's all i needed": a message of words the whole domain uses asks nothing in
  // particular, however well an entry covers them.
  const terms = makeQuery(index, understood.words).terms;
  if (terms.every((w) => index.generic.has(w))) return unknown;
  // The whole message's ask, where the search answered a part of it ("what's the quorum for the
  // panel, can it go ahead if police can't make it?"): an entry that cannot hold it does not
  // answer the message.
  const asked = understood.asking.length > 0 ? understood.asking.flat() : understood.words;
  const key = expandContraction(asked.join(" "));
  const holds = (e: KnowledgeEntry) => holdsDetail(key, e.text);
  const declined =
    answer.kind !== "none" &&
    (readsLike(index.declineLikeness, text) ||
      otherYear(index, text, answer) ||
      (answer.kind === "answer" && !holds(answer.article)))
      ? unknown
      : answer;
  const article = answeredEarlier(index, terms, key);
  if (!article || (declined.kind === "answer" && declined.article.id === article.id)) {
    return declined;
  }
  // The search's own finds, less this one, are the alternatives.
  const alternatives = entriesOf(answer)
    .filter((e) => e.id !== article.id)
    .slice(0, 2);
  const before: Answer = { kind: "answer", article, score: 1, alternatives, via: "before" };
  // ...nor is a year the earlier answer's account never mentions ("what changed in 2025?").
  return otherYear(index, text, before) ? unknown : before;
}

/** "Can you remind me who the panel members are? And once the panel has made its
 * recommendation, who has the final say?": a message that asks two things gets both answers,
 * the second when the search is sure of another entry for one of its questions of its own; and
 * one asking about two bodies ("the difference between Safer MK and the Safeguarding
 * Partnership?") gets the other body's article beside its own. */
function withOtherQuestion(
  index: KnowledgeIndex,
  understood: Understood,
  answer: Extract<Answer, { kind: "answer" }>,
  t: Thresholds,
): Answer {
  const also =
    otherQuestion(index, understood, answer, t) ??
    otherBodyAsked(index, understood.asking, answer.article) ??
    otherTermCompared(index, understood, answer.article);
  return also && !alike(also, answer.article) ? { ...answer, also } : answer;
}

/** The entry the search is sure answers another of the message's questions. */
function otherQuestion(
  index: KnowledgeIndex,
  understood: Understood,
  answer: Extract<Answer, { kind: "answer" }>,
  t: Thresholds,
): KnowledgeEntry | undefined {
  // One question asked one way is answered once, however else the search might read it; but a
  // situation's what-to-do answers what the message told, not what its question asked ("...mum
  // was assaulted at the weekend. What is MARAC exactly and who oversees it?").
  // "how does mash prioritise contacts and what can the outcome be" asks two things in one
  // sentence: each part after "and" with a question word of its own is asked too.
  // (So does one asking again after a comma and "and", with no question mark: "where do i find
  // the levels of need document, and whats the diagram called".)
  const parts = distinct([
    ...understood.asking.flatMap(askedApart),
    ...askedApart(understood.words).slice(1),
  ]);
  if (parts.length < 2 && answer.via !== "situation") return undefined;
  const asked = parts.length < 2 ? understood.specific : parts;
  const enough = (words: readonly string[]) =>
    makeQuery(index, words).terms.length >= t.ownQuestionTerms;
  for (const [i, part] of asked.entries()) {
    // Beside an answer already given, a short question is enough if the search is sure of it
    // ("...and do I need her consent to share?"); one too short to ask alone is read with the
    // body named before it ("...and what can the outcome be", of the MASH).
    const words = enough(part) ? part : withBodyBefore(part, asked.slice(0, i), index.referents);
    if (!enough(words)) {
      // ...but a term asked after by name is asked enough ("whats a MARF and where does the CAF
      // come in").
      const term = answerWords(index, part, t);
      if (named(term) && term.kind === "answer" && !alike(term.article, answer.article)) {
        return term.article;
      }
      continue;
    }
    const other = answerWords(index, words, t);
    if (isSure(other, t.sure) && !alike(other.article, answer.article)) return other.article;
    // ...or the entry that answered the earlier messages nearest this part, as for a whole one.
    const terms = makeQuery(index, words).terms;
    const before = answeredEarlier(index, terms, expandContraction(words.join(" ")));
    if (before && !alike(before, answer.article)) return before;
  }
  return undefined;
}

/** The entry that answered the earlier messages nearest these terms (answered-before.ts), if it
 * can hold what `key` asks for: the vote, like the search, answers only with such an entry. */
function answeredEarlier(
  index: KnowledgeIndex,
  terms: readonly string[],
  key: string,
): KnowledgeEntry | undefined {
  const id = answeredBefore(index.answeredBefore, terms);
  const entry = id ? index.entries.get(id) : undefined;
  return entry && holdsDetail(key, entry.text) ? entry : undefined;
}

/** Each list of words once. */
function distinct(parts: readonly string[][]): string[][] {
  return [...new Map(parts.map((p) => [p.join(" "), p])).values()];
}

/** The same answer, or a glossary line for the term the other explains: it says nothing more
 * (the term's article does: "what does CONI stand for, and how many times is it given?"). */
function alike(a: KnowledgeEntry, b: KnowledgeEntry): boolean {
  if (a.id === b.id) return true;
  if (a.term === undefined) return false;
  return a.related.includes(b.id) || ` ${nameKey(b.title)} `.includes(` ${nameKey(a.term)} `);
}

function findAnswer(index: KnowledgeIndex, understood: Understood, t: Thresholds): Answer {
  if (understood.danger) return { kind: "danger", rule: understood.danger };
  // A message that explains and then asks ("I'm new to the panel and the last thing I want is to
  // miss a deadline. Who notifies the national panel?") is asked what its question asks: a
  // question that is not the assistant's to answer alone ("Who is the DSL at my school again?")
  // is declined however the rest reads, and one the search is sure of is answered whatever the
  // rest names ("...my manager's on leave").
  const refusal = understood.questionRefusal;
  if (refusal) return { kind: "none", score: 0, reason: "refusal", refusal };
  // "When did MK Together take over from the MKSCB? I'm writing a report... our policy still
  // says MKSCB": a message that opens with a question of its own asks that, whatever the rest
  // names, if the search answers it; a question later in the message, if the search is sure.
  // (An answer that cannot hold what the whole message asks for is no answer to it: "mash
  // closed? ...is there an out of hours number" is not asking why the MASH helps.)
  const wholeAsk = expandContraction(
    (understood.asking.length > 0 ? understood.asking.flat() : understood.words).join(" "),
  );
  const holdsAsked = (a: Answer) => a.kind !== "answer" || holdsDetail(wholeAsk, a.article.text);
  const opening = understood.opensAsking && answerWords(index, understood.opensAsking, t);
  if (opening && isSure(opening, t.sure) && holdsAsked(opening)) {
    return opening;
  }
  // (Beside a situation, what to do comes first where the message asks it too: the question is
  // answered beside it, by withOtherQuestion.)
  const situated = understood.situation && understood.asksWhatToDo;
  // "...what does CAF stand for and do i have to do one before i ring the MASH?": what a term
  // means, asked beside another question, is its definition, however the whole reads.
  const joined = understood.questions.map(questionsJoined).filter((parts) => parts.length > 1);
  const defined = situated ? undefined : joined.flat().find((ws) => definitionAsked(index, ws));
  if (defined) return answerWords(index, defined, t);
  for (const words of situated ? [] : understood.questions) {
    const asked = sureOf(index, words, t, t.questionSure);
    if (asked) return asked;
  }
  if (understood.refusal) {
    // "What does CONI stand for? it's in an old board report": what a term means is in scope,
    // whatever else the message mentions (unless the term means something else here).
    for (const words of understood.otherMeaning ? [] : [understood.words, ...understood.asks]) {
      const a = answerWords(index, words, t);
      if (a.kind === "answer" && (a.via === "definition" || a.via === "lookup")) return a;
    }
    return { kind: "none", score: 0, reason: "refusal", refusal: understood.refusal };
  }
  if (understood.navigation) return { kind: "none", score: 0, reason: "no-check" };
  const routed = (id: string | undefined, words: readonly string[]): Answer | undefined => {
    const article = id ? index.entries.get(id) : undefined;
    return article && answered(index, article, "situation", search(index, words), t);
  };

  // "...mum's drinking and I'm filling in the MARF. what is the CAF bit?": a question of its
  // own, asked beside a situation, is what the practitioner wants to know; the situation's
  // article answers only what to do.
  // What the message's questions of their own find, each with enough words to ask something.
  const ownAnswers = () =>
    understood.specific
      .filter((words) => makeQuery(index, words).terms.length >= t.ownQuestionTerms)
      .map((words) => answerWords(index, words, t));
  const ownQuestion = () => {
    if (!understood.situation && !understood.worry) return undefined;
    // ...unless it also asks what to do ("does this warrant a referral, and do I need consent?"):
    // what to do comes first.
    if (understood.asksWhatToDo || understood.specific.length < understood.asking.length) {
      return undefined;
    }
    return ownAnswers().find(
      (a) => a.kind === "answer" && (a.via !== "search" || a.score >= t.sure),
    );
  };
  const own = ownQuestion();
  if (own) return own;
  const situation = routed(understood.situation, understood.words);
  if (situation) return situation;
  // "Worried about a family... am I allowed to share it?": the question, if the search is sure.
  // "A child we know has died - how quickly do we notify?": any part that asks, not only the
  // last sentence.
  const questionAsked = () => {
    for (const words of [understood.question ?? [], ...understood.asks]) {
      const asked = words.length > 0 ? sureOf(index, words, t) : undefined;
      if (asked) return asked;
    }
    return undefined;
  };
  // "...a parent asked me. Is the MK annual report something parents can read?": a question of
  // its own at the end of a description asks that, not what to do. One the search is sure of is
  // answered beside what to do (withOtherQuestion); one it is less sure of would be lost there.
  const specificAsked = () =>
    ownAnswers().find(
      (a) => a.kind === "answer" && a.score >= t.specificQuestion && a.score < t.sure,
    );
  if (understood.worry) {
    // "...i dont want it to wait till monday. is there an out of hours number": what to do holds
    // no number, so the question of its own answers.
    const worry = index.entries.get(understood.worry);
    const holds = worry && holdsAnswerType(understood.asking.flat().join(" "), worry.text);
    const answer =
      questionAsked() ??
      (holds ? undefined : ownAnswers().find((a) => a.kind === "answer")) ??
      routed(understood.worry, understood.words);
    if (answer) return answer;
  }

  // "my manager keeps going on about 'the windscreen', what is that?": the quoted term, if the
  // glossary or a title names it, or the search is sure of it. (Not in a description of a child,
  // where quotation marks hold what the child said.)
  for (const words of understood.described ? [] : understood.quoted) {
    const a = answerWords(index, words, t);
    if (a.kind === "answer" && (a.via === "definition" || a.via === "lookup" || a.score >= t.sure))
      return a;
  }

  const whole = answerWords(index, understood.words, t);
  // "whats the email for mk mash, cant find it on the intranet": the part that asks, alone.
  const parts = understood.asks
    .flatMap((words) => {
      const a = understood.described ? sureOf(index, words, t) : answerWords(index, words, t);
      return a?.kind === "answer" && holdsAsked(a) ? [a] : [];
    })
    .sort((a, b) => b.score - a.score);
  // A part that an article lists word for word, or the glossary names ("when did MK get a MASH?
  // one of our governors asked"), is surer than a loose match of the whole message.
  const listed = parts.find(named);
  if (listed && !(whole.kind === "answer" && whole.score >= t.sure)) return listed;
  // "MARAC vs MASH?", where the search is not sure of the whole: the first term compared, and the
  // second beside it (withOtherQuestion).
  const compared = firstTermCompared(index, understood);
  if (compared && !isSure(whole, t.sure)) {
    return answered(index, articleAbout(index, compared) ?? compared, "lookup", [], t);
  }
  // "The IDVA mentioned MARAC, what does that stand for?": the term named last, whatever the
  // search makes of the whole ("our head keeps going on about a section 11 audit, what even is
  // it" is not a question about the board that runs them), unless the search's answer is about
  // that term ("RAG rating in mash - what does it stand for" is answered by the MASH's RAG).
  const term = termAskedAbout(index, understood);
  if (term && !(whole.kind === "answer" && alike(term, whole.article))) {
    return answered(index, articleAbout(index, term) ?? term, "lookup", [], t);
  }
  if (whole.kind === "answer") return whole;
  const best = parts[0];
  if (best) return best;
  // A practitioner describing a child, where nothing answers what they wrote, is asking what to
  // do: that is never the wrong answer, and "I don't know" would be.
  const unsure =
    whole.kind === "none" ||
    (whole.kind === "suggest" && (whole.candidates[0]?.score ?? 0) < t.answer);
  // ...unless what it asks for is a number, a time or an address, which "what to do" cannot hold.
  const fallback = understood.described && index.entries.get(understood.described);
  const asked = understood.asking.flat().join(" ");
  if (unsure && fallback && holdsAnswerType(asked, fallback.text)) {
    return questionAsked() ?? specificAsked() ?? routed(fallback.id, understood.words) ?? whole;
  }
  return whole;
}
