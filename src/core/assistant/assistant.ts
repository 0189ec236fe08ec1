import { type MashContacts, mashContactsReply } from "../contacts/mash-contacts.js";
import { fillTemplate } from "../content/fill-template.js";
import {
  fallbackReply,
  helpReply,
  type Messages,
  textReply,
  welcomeReply,
} from "../content/messages.js";
import type { Reply } from "../reply.js";
import { recognizeCommand } from "./recognize-command.js";
import { promptOf, resolveTypedInput } from "./resolve-typed-input.js";
import type { AnswerOutcome, Scope, Session, Skill, Turn, TurnInput } from "./turn.js";

export interface AssistantContent {
  messages: Messages;
  mash: MashContacts;
}

export interface TurnResult {
  replies: Reply[];
  session: Session;
  /**
   * What answered: a built-in command ("mash", "help"), a skill by name ("levels", "knowledge"),
   * or the assistant's own reply ("fallback", "too-long", "personal-only"). A fixed word, never
   * anything typed, so operators can count turns by it.
   */
  kind: string;
  /** The knowledge skill's verdict when the turn was a question. */
  outcome?: AnswerOutcome;
  /** The card the press came from, as it should now read (see Turn.updateCard). */
  updateCard?: Reply;
  /**
   * The input named a button action nothing here knows (an old card, or a crafted payload).
   * Channels then log no action name: it came from the client and may hold anything typed.
   */
  unknownAction?: true;
}

/** Longest message read. Longer ones are refused kindly rather than searched or stored. */
export const MAX_MESSAGE_LENGTH = 10_000;

/** Built-in actions every channel's buttons may carry. */
const BUILTIN_ACTIONS = new Set(["help", "mash", "ask", "hello", "welcome"]);

type Routed = { replies: Reply[]; kind: string; unknownAction?: true };

/**
 * The channel-free heart of the assistant: takes one input and the conversation's session, and
 * returns what to say and the next session. Teams, Slack and the CLI all call this, so the
 * behaviour is the same everywhere and can be tested without any SDK.
 */
export class Assistant {
  constructor(
    readonly content: AssistantContent,
    readonly skills: Skill[] = [],
  ) {}

  welcome(): Reply {
    return welcomeReply(this.content.messages);
  }

  /**
   * One turn. The stored session is never changed: skills replace their own entry in the turn's
   * copy of the flows (see Skill), so a turn that fails part way leaves the stored one as it was.
   */
  async handleTurn(
    raw: TurnInput,
    session: Session,
    now: Date,
    channel: Turn["channel"],
    scope: Scope = "personal",
  ): Promise<TurnResult> {
    const turn: Turn = {
      // A typed number or button label stands for the button it names on the last reply.
      input: resolveTypedInput(raw, session.lastPrompt),
      session: { v: 1, updatedAt: now.getTime(), flows: { ...session.flows } },
      now,
      channel,
      scope,
    };
    const routed = await this.route(turn);
    const last = routed.replies.at(-1);
    const lastPrompt = last ? promptOf(last) : undefined;
    if (lastPrompt) turn.session.lastPrompt = lastPrompt;
    return {
      replies: routed.replies,
      session: turn.session,
      kind: routed.kind,
      ...(turn.outcome ? { outcome: turn.outcome } : {}),
      ...(turn.updateCard ? { updateCard: turn.updateCard } : {}),
      ...(routed.unknownAction ? { unknownAction: true as const } : {}),
    };
  }

  private async route(turn: Turn): Promise<Routed> {
    const { messages, mash } = this.content;
    const { input } = turn;

    if (input.text.length > MAX_MESSAGE_LENGTH) {
      const text = fillTemplate(messages.tooLong, {
        length: input.text.length.toLocaleString("en-GB"),
        limit: MAX_MESSAGE_LENGTH.toLocaleString("en-GB"),
      });
      return { replies: [textReply(text)], kind: "too-long" };
    }
    if (!input.action && input.text === "") {
      return { replies: [textReply(messages.emptyMessage)], kind: "empty" };
    }
    if (!input.action && looksBinary(input.text)) {
      return { replies: [textReply(messages.unreadable)], kind: "unreadable" };
    }

    // Danger first: a typed message that may describe a child in danger now is met with 999
    // before any command or skill sees it.
    for (const skill of input.action ? [] : this.skills) {
      const urgent = skill.urgent?.(turn);
      if (urgent) {
        turn.outcome = "danger";
        return { replies: this.withResume(urgent, turn, skill), kind: skill.name };
      }
    }

    const command = input.action && BUILTIN_ACTIONS.has(input.action) ? input.action : undefined;
    const typed = input.action ? undefined : recognizeCommand(input.text);
    // "levls of need" typed: the same as pressing the button that starts the check.
    if (typed === "levels") turn.input = { text: "", action: "levels", data: {} };
    const builtin = command ?? (typed === "levels" ? undefined : typed);
    if (builtin) {
      const kind = builtin === "hello" ? "welcome" : builtin;
      const reply =
        kind === "mash"
          ? mashContactsReply(mash)
          : kind === "ask"
            ? textReply(messages.askPrompt)
            : kind === "welcome"
              ? this.welcome()
              : helpReply(messages);
      return { replies: this.withResume([reply], turn), kind };
    }

    if (turn.scope === "shared" && this.skills.some((s) => s.personalOnly?.(turn))) {
      // Its questions are about a child: asked here, everyone in the chat would read the answers.
      return { replies: [textReply(messages.personalOnly)], kind: "personal-only" };
    }

    for (const skill of this.skills) {
      const replies = await skill.handle(turn);
      if (replies) return { replies: this.withResume(replies, turn, skill), kind: skill.name };
    }

    if (input.action) {
      return {
        replies: this.withResume([fallbackReply(messages, messages.unknownButton)], turn),
        kind: "unknown-button",
        unknownAction: true,
      };
    }
    return { replies: this.withResume([fallbackReply(messages)], turn), kind: "fallback" };
  }

  /**
   * After an interruption (a built-in command, another skill's answer, or something not
   * understood), remind the person where they were in a conversation in progress.
   */
  private withResume(replies: Reply[], turn: Turn, answeredBy?: Skill): Reply[] {
    for (const skill of this.skills) {
      if (skill === answeredBy) continue;
      const pending = skill.resume?.(turn);
      if (pending) return [...replies, pending];
    }
    return replies;
  }
}

/** Control characters or replacement characters make up much of the text: not a typed message. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return odd > 0 && odd / text.length > 0.1;
}
