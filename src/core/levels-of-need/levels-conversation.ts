import type { TurnInput } from "../assistant/turn.js";
import type { MashContacts } from "../contacts/mash-contacts.js";
import type { Reply } from "../reply.js";
import type { LevelsContent } from "./content.js";
import { answer, current, type LevelsState } from "./engine.js";
import { readFlowInput } from "./read-flow-input.js";
import { renderResume, renderStep } from "./render-step.js";

export interface LevelsTurn {
  replies: Reply[];
  /** The state to keep for the next turn; undefined to forget the check entirely. */
  state: LevelsState | undefined;
}

/**
 * One turn of the Levels of Need check, whatever hosts it: the assistant's skill (terminal,
 * Slack, Teams) and the Teams dialog both call this, so the flow exists once. It reads the input,
 * runs the engine, and renders the result as channel-free Replies.
 */
export class LevelsConversation {
  constructor(
    readonly content: LevelsContent,
    readonly mash: MashContacts,
  ) {}

  /** Undefined when the input is not for the check (the caller lets someone else answer it). */
  turn(stored: unknown, input: TurnInput, now: Date): LevelsTurn | undefined {
    const waiting = current(this.content, stored, now);
    const flowInput = readFlowInput(this.content, input, waiting);
    if (!flowInput) return undefined;
    const result = answer(this.content, stored, flowInput, now);
    return { replies: renderStep(this.content, this.mash, result), state: result.state };
  }

  /** The question a check in progress is waiting on, to show again after an interruption. */
  resume(stored: unknown, now: Date): Reply | undefined {
    const waiting = current(this.content, stored, now);
    return waiting?.kind === "question" ? renderResume(this.content, waiting) : undefined;
  }

  /** Whether this input asks for the check (the menu button, or "check levels of need"). */
  wantsToStart(input: TurnInput): boolean {
    return readFlowInput(this.content, input, undefined)?.kind === "begin";
  }
}
