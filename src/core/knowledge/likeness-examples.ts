import { readdirSync } from "node:fs";
import path from "node:path";
import { findPackageRoot } from "../content/load-data-file.js";
import { readEvalCases } from "./evaluate-knowledge.js";
import { type KnowledgeContent, loadKnowledge } from "./load-knowledge.js";
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
