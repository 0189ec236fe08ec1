import type { Skill, Turn } from "../assistant/turn.js";
import type { MashContacts } from "../contacts/mash-contacts.js";
import { textReply } from "../content/messages.js";
import type { Reply } from "../reply.js";
import { type AnswerQuestion, answerQuestion } from "./answer-question.js";
import { type KnowledgeEntry, type KnowledgeIndex, nameKey } from "./build-knowledge-index.js";
import {
  answerReply,
  KB_ACTIONS,
  noAnswerReply,
  staleArticleReply,
  suggestReply,
} from "./render-knowledge-reply.js";

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
 */
export function createKnowledgeSkill(deps: {
  index: KnowledgeIndex;
  mash: MashContacts;
  events: KnowledgeEvents;
  /** Where questions are answered: here by default, or on a search thread (worker-answerer). */
  answer?: AnswerQuestion;
}): Skill {
  const { index, mash, events } = deps;
  const answerWith: AnswerQuestion = deps.answer ?? ((text) => answerQuestion(index, text));
  const replies = index.replies;
  const smallTalk = new Map<string, string>();
  for (const s of replies.smallTalk) for (const m of s.match) smallTalk.set(nameKey(m), s.reply);
  // An article's answer card depends only on the content, read once at start-up: each is built
  // on first use and shared (nothing changes a reply once made).
  const answers = new Map<string, Reply>();
  const answerOf = (entry: KnowledgeEntry): Reply => {
    let reply = answers.get(entry.id);
    if (!reply) {
      reply = answerReply(entry, index, mash);
      answers.set(entry.id, reply);
    }
    return reply;
  };
  const noAnswer = noAnswerReply(replies, mash);
  const stale = staleArticleReply(replies);

  return {
    name: KNOWLEDGE_SKILL,
    async handle(turn: Turn): Promise<Reply[] | undefined> {
      const { input } = turn;
      switch (input.action) {
        case undefined:
          break;
        case KB_ACTIONS.article: {
          const entry = index.entries.get(input.data.id ?? "");
          return [entry ? answerOf(entry) : stale];
        }
        case KB_ACTIONS.feedback: {
          const id = input.data.id ?? "";
          if (!index.entries.has(id)) return [stale];
          const helpful = /^(yes|true|1)$/i.test(input.data.helpful ?? "");
          const session = sessionOf(turn);
          if (session.voted.includes(id)) return [textReply(replies.feedback.already)];
          await events.vote(id, helpful, turn.now);
          turn.session.flows[KNOWLEDGE_SKILL] = { voted: [...session.voted, id].slice(-50) };
          return [textReply(helpful ? replies.feedback.thanksYes : replies.feedback.thanksNo)];
        }
        case KB_ACTIONS.none:
          await events.unanswered(undefined, turn.now);
          return [noAnswer];
        default:
          return undefined;
      }

      const text = input.text.trim();
      if (text === "") return undefined;
      const chat = smallTalk.get(nameKey(text));
      if (chat) return [textReply(chat)];

      const answer = await answerWith(text);
      turn.outcome = answer.kind;
      switch (answer.kind) {
        case "answer":
          return [answerOf(answer.article)];
        case "suggest":
          return [
            suggestReply(
              answer.candidates.map((c) => c.entry),
              replies,
            ),
          ];
        case "none":
          await events.unanswered(text, turn.now);
          return [noAnswer];
      }
    },
  };
}
