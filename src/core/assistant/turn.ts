import type { Reply } from "../reply.js";

/** One incoming message, whatever the channel: typed text, or a button press with its data. */
export interface TurnInput {
  /** Typed text, trimmed; empty for a button press without text. */
  text: string;
  /** The command a pressed (or typed) button stands for. */
  action?: string;
  /** Fields submitted with a button press (choice sets, step tokens). Strings only. */
  data: Record<string, string>;
}

/** What the last reply offered, so typed numbers and labels can stand for button presses. */
export interface LastPrompt {
  buttons: { label: string; action: string; data?: Record<string, string> }[];
  choices?: { id: string; multi: boolean; options: { value: string; label: string }[] };
  /** The button whose action a typed selection of choices is submitted with. */
  submitWith?: { action: string; data?: Record<string, string> };
}

/**
 * Per-conversation state. Holds answers and prompts only, never message text, and is dropped
 * after SESSION_IDLE_MS of inactivity.
 */
export interface Session {
  v: 1;
  updatedAt: number;
  lastPrompt?: LastPrompt;
  /** Each skill's own JSON-safe state, by skill name. */
  flows: Record<string, unknown>;
}

export const SESSION_IDLE_MS = 30 * 60 * 1000;

export function newSession(now: Date): Session {
  return { v: 1, updatedAt: now.getTime(), flows: {} };
}

/**
 * Where a conversation happens: a personal chat with the assistant, or a chat or channel other
 * people can read (a Teams group chat or team channel). Flows that ask about a child run only in
 * a personal chat.
 */
export type Scope = "personal" | "shared";

/** What the knowledge skill made of a question (counted at /metrics, never with the text). */
export type AnswerOutcome = "answer" | "suggest" | "none" | "danger";

export interface Turn {
  input: TurnInput;
  session: Session;
  now: Date;
  /** Which channel the turn came from; features may word things for it but never branch logic. */
  channel: "teams" | "slack" | "cli";
  /** Absent means personal (the terminal, a direct message). */
  scope?: Scope;
  /** Set by a skill that answered a question, so operators can count outcomes. */
  outcome?: AnswerOutcome;
  /**
   * Set by a skill when the card the press came from should now read differently (a vote given:
   * its Yes and No go), so a channel that can change a sent card does.
   */
  updateCard?: Reply;
}

/** A feature the assistant offers. Skills are asked in order; the first to answer takes the turn. */
export interface Skill {
  name: string;
  /**
   * Replies if this skill takes the turn; undefined to let the next skill try. A skill keeps its
   * state in `turn.session.flows[name]` and replaces that entry, never changes the stored value
   * in place: the turn's flows object is a copy, the values in it are the stored session's own.
   */
  handle(turn: Turn): Promise<Reply[] | undefined> | Reply[] | undefined;
  /**
   * Looks at every typed message before commands and every skill's `handle`: replies here (a
   * child in danger now: call 999) take the turn, whatever else the message asked.
   */
  urgent?(turn: Turn): Reply[] | undefined;
  /**
   * If this skill has a conversation in progress, the question it is waiting on, so that after
   * an interruption ("mash", "help") the person can carry on where they were.
   */
  resume?(turn: Turn): Reply | undefined;
  /**
   * For a flow that asks about a child: whether this turn is for it. In a shared chat such turns
   * are not run; the assistant offers to continue in a personal chat instead.
   */
  personalOnly?(turn: Turn): boolean;
}
