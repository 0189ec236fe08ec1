/**
 * `npm run --silent ask -- "how do I refer?"` prints the answer readably.
 * `--json` prints one JSON line per question: {kind, answered, title, answer, source, reviewed,
 * alternatives, id, score, via}; kind is answer, suggest, none or danger.
 * `-` reads questions from standard input, one a line, and answers each in order.
 * Nothing else goes to stdout (no logs), so the output can be piped into a checker.
 */
import { createInterface } from "node:readline";
import { loadMashContacts, type MashContacts } from "../core/contacts/mash-contacts.js";
import { ContentError } from "../core/content/load-data-file.js";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import {
  buildKnowledgeIndex,
  type KnowledgeIndex,
} from "../core/knowledge/build-knowledge-index.js";
import { describeAnswer } from "../core/knowledge/describe-answer.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";
import {
  answerReply,
  dangerReply,
  declineReply,
} from "../core/knowledge/render-knowledge-reply.js";
import { replyToText } from "../core/reply.js";

function readable(index: KnowledgeIndex, mash: MashContacts, question: string): string {
  const result = answerQuestion(index, question);
  switch (result.kind) {
    case "danger":
      return replyToText({ blocks: dangerReply(index.replies, mash).blocks });
    case "answer": {
      const reply = answerReply(result.article, index, mash, { also: result.also });
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
      lines.push(`(${result.article.id}, ${result.via}, coverage ${result.score})`);
      return lines.join("\n");
    }
    case "suggest":
      return [
        index.replies.suggest.intro,
        ...result.candidates.map((c, i) => `  ${i + 1}. ${c.entry.title} (${c.entry.id})`),
      ].join("\n");
    case "none": {
      const reply = declineReply(index.replies, mash, result);
      return replyToText({ blocks: reply.blocks });
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const args = argv.filter((a) => a !== "--json" && a !== "--");
  const fromStdin = args.length === 1 && args[0] === "-";
  const question = args.join(" ").trim();
  if (question === "") {
    process.stderr.write(
      'Usage: npm run --silent ask -- [--json] "your question"\n' +
        "       npm run --silent ask -- [--json] - < questions.txt   (one question a line)\n",
    );
    return 2;
  }
  const index = buildKnowledgeIndex(loadKnowledge());
  const mash = loadMashContacts();
  const answer = (q: string) =>
    json
      ? `${JSON.stringify(describeAnswer(index, mash, answerQuestion(index, q)))}\n`
      : `${readable(index, mash, q)}\n`;

  if (!fromStdin) {
    process.stdout.write(answer(question));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const q = line.trim();
    // A blank line still gets its line of output, so answers stay in step with questions.
    if (q === "") {
      const empty = { kind: "none", score: 0, reason: "unknown" } as const;
      process.stdout.write(json ? `${JSON.stringify(describeAnswer(index, mash, empty))}\n` : "\n");
      continue;
    }
    process.stdout.write(json ? answer(q) : `> ${q}\n${answer(q)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ContentError) {
      process.stderr.write(`The knowledge base has a problem: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      throw err;
    }
  },
);
