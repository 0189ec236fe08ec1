import type { Skill, Turn } from "../assistant/turn.js";
import type { MashContacts } from "../contacts/mash-contacts.js";
import { textReply } from "../content/messages.js";
import type { Reply } from "../reply.js";
import { answerQuestion } from "./answer-question.js";
import { type KnowledgeIndex, nameKey } from "./build-knowledge-index.js";
import {
  answerReply,
  dangerReply,
  declineReply,
  KB_ACTIONS,
  noAnswerReply,
  staleArticleReply,
  suggestReply,
} from "./render-knowledge-reply.js";
import { readDanger } from "./understand-message.js";

/** Where the skill reports what editors need to know. Implemented by the feedback store. */
export interface KnowledgeEvents {
  vote(id: string, helpful: boolean, now: Date): Promise<void>;
  /** A question got no answer. The text is passed so the store can keep it if allowed. */
  unanswered(question: string | undefined, now: Date): Promise<void>;
}

interface KnowledgeSession {
  /** Ids voted on in this conversation, so a double press counts once. Ids only, no text. */
  voted: string[];
}

export const KNOWLEDGE_SKILL = "knowledge";

function sessionOf(turn: Turn): KnowledgeSession {
  const raw = turn.session.flows[KNOWLEDGE_SKILL] as Partial<KnowledgeSession> | undefined;
  return { voted: Array.isArray(raw?.voted) ? raw.voted.filter((v) => typeof v === "string") : [] };
}

/**
 * Answers questions from the knowledge base. Any typed message that is not a command (those are
 * handled before skills) is treated as a question, so this skill goes last in the feature list.
 * Its `urgent` check runs on every typed message before commands and other skills: a message
 * that may describe a child in danger now gets the 999 card first, wherever it was typed.
 */
export function createKnowledgeSkill(deps: {
  index: KnowledgeIndex;
  mash: MashContacts;
  events: KnowledgeEvents;
}): Skill {
  const { index, mash, events } = deps;
  const replies = index.replies;
  const smallTalk = new Map<string, string>();
  for (const s of replies.smallTalk) for (const m of s.match) smallTalk.set(nameKey(m), s.reply);

  return {
    name: KNOWLEDGE_SKILL,
    urgent(turn: Turn): Reply[] | undefined {
      if (turn.input.action || turn.input.text.trim() === "") return undefined;
      return readDanger(index, turn.input.text) ? [dangerReply(replies, mash)] : undefined;
    },
    async handle(turn: Turn): Promise<Reply[] | undefined> {
      const { input } = turn;
      switch (input.action) {
        case undefined:
          break;
        case KB_ACTIONS.article: {
          const entry = index.entries.get(input.data.id ?? "");
          return [entry ? answerReply(entry, index, mash) : staleArticleReply(replies)];
        }
        case KB_ACTIONS.feedback: {
          const id = input.data.id ?? "";
          if (!index.entries.has(id)) return [staleArticleReply(replies)];
          const helpful = /^(yes|true|1)$/i.test(input.data.helpful ?? "");
          const session = sessionOf(turn);
          if (session.voted.includes(id)) return [textReply(replies.feedback.already)];
          await events.vote(id, helpful, turn.now);
          turn.session.flows[KNOWLEDGE_SKILL] = { voted: [...session.voted, id].slice(-50) };
          const entry = index.entries.get(id);
          // The card keeps the second question's answer it was shown with.
          const also = index.entries.get(input.data.also ?? "");
          if (entry)
            turn.updateCard = answerReply(entry, index, mash, { voted: { helpful }, also });
          return [textReply(helpful ? replies.feedback.thanksYes : replies.feedback.thanksNo)];
        }
        case KB_ACTIONS.none:
          await events.unanswered(undefined, turn.now);
          return [noAnswerReply(replies, mash)];
        default:
          return undefined;
      }

      const text = input.text.trim();
      if (text === "") return undefined;
      const chat = smallTalk.get(nameKey(text));
      if (chat) return [textReply(chat)];

      // `urgent` read this same text for danger earlier in the turn and found none.
      const answer = answerQuestion(index, text, undefined, { dangerRead: true });
      turn.outcome = answer.kind;
      switch (answer.kind) {
        case "danger":
          return [dangerReply(replies, mash)];
        case "answer":
          return [answerReply(answer.article, index, mash, { also: answer.also })];
        case "suggest":
          return [
            suggestReply(
              answer.candidates.map((c) => c.entry),
              replies,
            ),
          ];
        case "none":
          // Only a question nothing answers counts as unanswered, for the editors' report.
          if (answer.reason === "unknown") await events.unanswered(text, turn.now);
          return [declineReply(replies, mash, answer)];
      }
    },
  };
}
