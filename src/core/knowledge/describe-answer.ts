import type { MashContacts } from "../contacts/mash-contacts.js";
import { displaySource } from "../content/display-source.js";
import { fillTemplate } from "../content/fill-template.js";
import { replyToText } from "../reply.js";
import type { KnowledgeIndex } from "./build-knowledge-index.js";
import type { Answer } from "./decide-answer.js";
import { cardReferralLine, dangerReply, declineReply } from "./render-knowledge-reply.js";

/** One answer as `ask --json` prints it and the eval judges it. */
export interface AnswerJson {
  kind: "answer" | "suggest" | "none" | "danger";
  /** True only for an answer: a suggestion, a refusal or a danger card is not one. */
  answered: boolean;
  title: string;
  /** The answer's text; for the other kinds, what the practitioner is shown instead. */
  answer: string;
  source: string;
  reviewed: string;
  alternatives: { id: string; title: string }[];
  /** The article or glossary id answered with, or "". */
  id: string;
  /** Coverage 0..1 for answers and suggestions; 0 otherwise. */
  score: number;
  /** How it was found (answers), or why nothing was (none); for reading misses. */
  via: string;
}

export function describeAnswer(index: KnowledgeIndex, mash: MashContacts, a: Answer): AnswerJson {
  // Always the same field order, so a line reads the same whatever the kind.
  const j = describe(index, mash, a);
  return {
    kind: j.kind,
    answered: j.answered,
    title: j.title,
    answer: j.answer,
    source: j.source,
    reviewed: j.reviewed,
    alternatives: j.alternatives,
    id: j.id,
    score: j.score,
    via: j.via,
  };
}

function describe(index: KnowledgeIndex, mash: MashContacts, a: Answer): AnswerJson {
  const blank = { title: "", answer: "", source: "", reviewed: "", alternatives: [], id: "" };
  const brief = (e: { id: string; title: string }) => ({ id: e.id, title: e.title });
  switch (a.kind) {
    case "danger":
      return {
        ...blank,
        kind: "danger",
        answered: false,
        title: index.replies.danger.heading,
        answer: replyToText(dangerReply(index.replies, mash)),
        source: displaySource(mash.source),
        reviewed: mash.reviewed,
        score: 0,
        via: a.rule,
      };
    case "answer":
      return {
        kind: "answer",
        answered: true,
        title: a.article.title,
        // As the card shows it: with the MASH contacts an answer leading to a referral carries,
        // and the answer to a second question.
        answer: [
          a.article.text,
          cardReferralLine(a.article, a.also, index, mash),
          ...(a.also
            ? [fillTemplate(index.replies.alsoAsked, { title: a.also.title }), a.also.text]
            : []),
        ]
          .filter((t) => t !== undefined)
          .join("\n\n"),
        source: [a.article, ...(a.also ? [a.also] : [])]
          .map((e) => displaySource(e.source))
          .join("; "),
        reviewed: a.article.reviewed,
        alternatives: a.alternatives.map(brief),
        id: a.article.id,
        score: a.score,
        via: a.via,
      };
    case "suggest":
      return {
        ...blank,
        kind: "suggest",
        answered: false,
        answer: index.replies.suggest.intro,
        alternatives: a.candidates.map((c) => brief(c.entry)),
        score: a.candidates[0]?.score ?? 0,
        via: "suggest",
      };
    case "none": {
      const reply = declineReply(index.replies, mash, a);
      return {
        ...blank,
        kind: "none",
        answered: false,
        answer: replyToText({ blocks: reply.blocks }),
        score: a.score,
        via: a.reason === "refusal" ? `refusal:${a.refusal}` : a.reason,
      };
    }
  }
}
