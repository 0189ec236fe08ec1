/**
 * `npm run --silent ask -- "how do I refer?"` prints the answer readably;
 * `--json` prints exactly one JSON line:
 * {"answered", "answer", "title", "id", "source", "reviewed", "score", "alternatives": [{id, title}]}.
 * Nothing else goes to stdout (no logs), so the output can be piped into a checker.
 */
import { loadMashContacts } from "../core/contacts/mash-contacts.js";
import { ContentError } from "../core/content/load-data-file.js";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import {
  buildKnowledgeIndex,
  type KnowledgeEntry,
} from "../core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";
import { answerReply, noAnswerReply } from "../core/knowledge/render-knowledge-reply.js";
import { replyToText } from "../core/reply.js";

interface AskJson {
  answered: boolean;
  answer: string;
  title: string;
  id: string;
  source: string;
  reviewed: string;
  score: number;
  alternatives: { id: string; title: string }[];
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const question = argv
    .filter((a) => a !== "--json" && a !== "--")
    .join(" ")
    .trim();
  if (question === "") {
    process.stderr.write('Usage: npm run --silent ask -- [--json] "your question"\n');
    return 2;
  }
  const index = buildKnowledgeIndex(loadKnowledge());
  const mash = loadMashContacts();
  const result = answerQuestion(index, question);
  const brief = (e: KnowledgeEntry) => ({ id: e.id, title: e.title });

  if (json) {
    const out: AskJson =
      result.kind === "answer"
        ? {
            answered: true,
            answer: result.article.text,
            title: result.article.title,
            id: result.article.id,
            source: result.article.source,
            reviewed: result.article.reviewed,
            score: result.score,
            alternatives: result.alternatives.map(brief),
          }
        : {
            answered: false,
            answer: "",
            title: "",
            id: "",
            source: "",
            reviewed: "",
            score: result.kind === "none" ? result.score : (result.candidates[0]?.score ?? 0),
            alternatives:
              result.kind === "suggest" ? result.candidates.map((c) => brief(c.entry)) : [],
          };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }

  if (result.kind === "answer") {
    const reply = answerReply(result.article, index, mash);
    // The terminal has no buttons: list the follow-ups instead of numbering them.
    const related = (reply.buttons ?? [])
      .filter((b) => b.action === "kb:article")
      .map((b) => b.label);
    const lines = [
      replyToText({
        blocks: reply.blocks.filter(
          (b) => b.kind !== "text" || b.text !== index.replies.helpfulQuestion,
        ),
      }),
    ];
    if (related.length) lines.push(`Related: ${related.join("; ")}`);
    const also = result.alternatives.filter((a) => !result.article.related.includes(a.id));
    if (also.length) lines.push(`Also see: ${also.map((a) => a.title).join("; ")}`);
    lines.push(`(${result.article.id}, confidence ${result.score})`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } else if (result.kind === "suggest") {
    const lines = [index.replies.suggest.intro];
    result.candidates.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${c.entry.title} (${c.entry.id})`);
    });
    process.stdout.write(`${lines.join("\n")}\n`);
  } else {
    process.stdout.write(`${replyToText({ blocks: noAnswerReply(index.replies, mash).blocks })}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ContentError) {
    process.stderr.write(`The knowledge base has a problem: ${err.message}\n`);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
