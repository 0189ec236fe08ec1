import { readdirSync } from "node:fs";
import path from "node:path";
import type { MashContacts } from "../contacts/mash-contacts.js";
import { findPackageRoot } from "../content/load-data-file.js";
import { answerQuestion } from "./answer-question.js";
import { DANGER } from "./answered-before.js";
import type { KnowledgeIndex } from "./build-knowledge-index.js";
import { describeAnswer } from "./describe-answer.js";
import { type EvalCase, missingFacts, readEvalCases } from "./evaluate-knowledge.js";
import { type KnowledgeContent, loadKnowledge } from "./load-knowledge.js";
import { makeQuery } from "./search-knowledge.js";
import { understandMessage } from "./understand-message.js";
import { likenessFeatures } from "./weigh-likeness.js";

/** Where the example messages the likenesses are fitted on are kept: the evaluation sets. */
export const EXAMPLES_DIR = path.join(findPackageRoot(), "tests", "knowledge");

/** One example message, with what the set expects of it and which set it came from. */
export interface LikenessExample {
  features: string[];
  expect: string | null;
  set: string;
  text: string;
}

/**
 * The example messages: every evaluation set, and the knowledge base's own questions (each
 * article's listed and other ways of asking, and "what is X" for each glossary term), which are
 * answerable by definition. The sets lean on near misses, worded like the questions the
 * assistant answers; without its own questions a likeness learned that "how do I make a
 * referral?" reads like a question to decline.
 */
export function readLikenessExamples(
  content: KnowledgeContent = loadKnowledge(),
  dir = EXAMPLES_DIR,
): LikenessExample[] {
  const example = (text: string, expect: string | null, set: string): LikenessExample => ({
    features: [...likenessFeatures(text)],
    expect,
    set,
    text,
  });
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((file) =>
      readEvalCases(path.join(dir, file)).map((c) => example(c.q, c.expect, file)),
    );
  const own = [
    ...content.articles.flatMap((a) => [...a.questions, ...a.alsoAsked]),
    ...content.glossary.terms.flatMap((t) => [
      `what is ${t.term}`,
      `what does ${t.term} stand for`,
    ]),
  ].map((q) => example(q, "answer", "knowledge base"));
  return [...sets, ...own];
}

/**
 * Each example message of the sets with the entry that answers it right, for
 * answered-before.json: the entry the assistant answers it with, when that holds every fact the
 * set asks for (or is the entry the set names); else the one article that holds them all, if
 * only one does. "" for a message to decline, DANGER for an emergency; messages no one entry
 * answers are left out. `index` must be built without earlier answers, so none feed on themselves.
 */
export function answeredExamples(
  index: KnowledgeIndex,
  mash: MashContacts,
  dir = EXAMPLES_DIR,
): { read: number; answered: { entry: string; terms: string[]; set: string }[] } {
  const holds = (text: string, facts: readonly string[]) => missingFacts(text, facts).length === 0;
  const articles = [...index.entries.values()].filter((e) => e.kind === "article");
  const entryFor = (c: EvalCase): string | undefined => {
    if (c.expect === "decline" || c.expect === null) return "";
    if (c.expect === "danger") return DANGER;
    if (c.expect !== "answer") return index.entries.has(c.expect) ? c.expect : undefined;
    const a = answerQuestion(index, c.q);
    const json = describeAnswer(index, mash, a);
    if (a.kind === "answer" && holds(`${json.title} ${json.answer} ${json.source}`, c.facts)) {
      return a.article.id;
    }
    const holders = articles.filter((e) => holds(`${e.title} ${e.text}`, c.facts));
    return holders.length === 1 ? holders[0]?.id : undefined;
  };
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((file) => ({ file, cases: readEvalCases(path.join(dir, file)) }));
  const answered = sets.flatMap(({ file, cases }) =>
    cases.flatMap((c) => {
      const entry = entryFor(c);
      const terms = makeQuery(
        index,
        understandMessage(index, c.q, { dangerRead: true }).words,
      ).terms;
      return entry === undefined || terms.length === 0 ? [] : [{ entry, terms, set: file }];
    }),
  );
  return { read: sets.reduce((n, s) => n + s.cases.length, 0), answered };
}
