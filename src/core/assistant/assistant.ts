import { type MashContacts, mashContactsReply } from "../contacts/mash-contacts.js";
import {
  fallbackReply,
  helpReply,
  type Messages,
  textReply,
  welcomeReply,
} from "../content/messages.js";
import { type Reply, shareReply } from "../reply.js";
import { recognizeCommand } from "./recognize-command.js";
import { promptOf, resolveTypedInput } from "./resolve-typed-input.js";
import { makeSession, type Session, type Skill, type Turn, type TurnInput } from "./turn.js";

export interface AssistantContent {
  messages: Messages;
  mash: MashContacts;
}

export interface TurnResult {
  replies: Reply[];
  session: Session;
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

/**
 * The channel-free heart of the assistant: takes one input and the conversation's session, and
 * returns what to say and the next session. Teams, Slack and the CLI all call this, so the
 * behaviour is the same everywhere and can be tested without any SDK.
 */
export class Assistant {
  /**
   * Replies made from content alone, which is read once at start-up: built on first use and
   * shared by every turn (frozen; Teams renders each one to a card once).
   */
  private readonly fixed = new Map<string, Reply>();

  constructor(
    readonly content: AssistantContent,
    readonly skills: Skill[] = [],
  ) {}

  private shared(key: string, build: () => Reply): Reply {
    let reply = this.fixed.get(key);
    if (!reply) {
      reply = shareReply(build());
      this.fixed.set(key, reply);
    }
    return reply;
  }

  welcome(): Reply {
    return this.shared("welcome", () => welcomeReply(this.content.messages));
  }

  async handleTurn(
    raw: TurnInput,
    session: Session,
    now: Date,
    channel: Turn["channel"],
  ): Promise<TurnResult> {
    return this.handleResolvedTurn(
      resolveTypedInput(raw, session.lastPrompt),
      session,
      now,
      channel,
    );
  }

  /**
   * handleTurn for input that has already been through resolveTypedInput with this session's
   * last prompt (a Teams dialog passing on what is not for it): resolving it again would give
   * the same input, at the cost of normalising the text and every label again.
   */
  async handleResolvedTurn(
    input: TurnInput,
    session: Session,
    now: Date,
    channel: Turn["channel"],
  ): Promise<TurnResult> {
    // Skills replace their own flow state, never change it in place (see Skill), so a copy of
    // the flows object itself is enough for a turn that fails part way to leave the stored
    // session as it was; the last prompt is only ever replaced, so it is shared too. (A deep
    // copy of every flow, the Levels check's answers included, cost each question turn ~10 us.)
    const turn: Turn = {
      input,
      session: makeSession(now.getTime(), session.lastPrompt, { ...session.flows }),
      now,
      channel,
    };
    const outcome: { unknownAction?: true } = {};
    const replies = await this.route(turn, outcome);
    const last = replies.at(-1);
    turn.session.lastPrompt = last ? promptOf(last) : undefined;
    return { replies, session: turn.session, ...outcome };
  }

  private async route(turn: Turn, outcome: { unknownAction?: true }): Promise<Reply[]> {
    const { messages, mash } = this.content;
    const { input } = turn;

    if (input.text.length > MAX_MESSAGE_LENGTH) {
      return [
        textReply(
          messages.tooLong
            .replace("{length}", input.text.length.toLocaleString("en-GB"))
            .replace("{limit}", MAX_MESSAGE_LENGTH.toLocaleString("en-GB")),
        ),
      ];
    }
    if (!input.action && input.text === "") return [textReply(messages.emptyMessage)];
    if (!input.action && looksBinary(input.text)) return [textReply(messages.unreadable)];

    // Danger first: a typed message that may describe a child in danger now is met with 999
    // before any command or skill sees it.
    for (const skill of input.action ? [] : this.skills) {
      const urgent = skill.urgent?.(turn);
      if (urgent) return this.withResume(urgent, turn, skill);
    }

    const command = input.action && BUILTIN_ACTIONS.has(input.action) ? input.action : undefined;
    const typed = input.action ? undefined : recognizeCommand(input.text);
    // "levls of need" typed: the same as pressing the button that starts the check.
    if (typed === "levels") turn.input = { text: "", action: "levels", data: {} };
    const builtin = command ?? (typed === "levels" ? undefined : typed);
    if (builtin) {
      const reply =
        builtin === "mash"
          ? this.shared("mash", () => mashContactsReply(mash))
          : builtin === "ask"
            ? this.shared("ask", () => textReply(messages.askPrompt))
            : builtin === "hello" || builtin === "welcome"
              ? this.welcome()
              : this.shared("help", () => helpReply(messages));
      return this.withResume([reply], turn);
    }

    for (const skill of this.skills) {
      const replies = await skill.handle(turn);
      if (replies) return this.withResume(replies, turn, skill);
    }

    if (input.action) {
      outcome.unknownAction = true;
      return this.withResume(
        [this.shared("unknownButton", () => fallbackReply(messages, messages.unknownButton))],
        turn,
      );
    }
    return this.withResume([this.shared("fallback", () => fallbackReply(messages))], turn);
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
