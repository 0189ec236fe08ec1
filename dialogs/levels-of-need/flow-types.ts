import type { Level } from "../../src/core/levels-of-need/content.js";
import type { LevelsState, StepId } from "./levels-state.js";

/** What the Levels of Need flow takes (a FlowInput) and gives back (a FlowResult and its Step). */

export type FlowInput =
  /**
   * Answer the current question. `token` is the card's step token; typed answers have none.
   * `add`: typed numbers on a list that already has ticks are added to them, not put in their
   * place (a press of Next sends the whole list as it stands, so it replaces).
   */
  | { kind: "choose"; values: string[]; token?: string; add?: boolean }
  /** Carry on with what is ticked now: "next" typed, or Next sent without the list. */
  | { kind: "keep"; token?: string }
  /** "Yes, in immediate danger" pressed: the 999 advice, whenever and from whatever card. */
  | { kind: "danger" }
  | { kind: "back"; token?: string }
  | { kind: "restart" }
  | { kind: "cancel" }
  /** Ask for the summary to paste into the MARF (at the outcome). */
  | { kind: "summary"; token?: string }
  /** The check was asked for: starts one, unless one is under way (then shown where it was). */
  | { kind: "begin" }
  /** Typed text that looks like an answer but matches none of the options. */
  | { kind: "unclear" };

export interface Option {
  value: string;
  label: string;
}

export interface Question {
  kind: "question";
  id: Exclude<StepId, "outcome">;
  token: string;
  /** Its place among all the questions, and how many there are (the same on every visit). */
  number: number;
  total: number;
  multi: boolean;
  /** The card's title, for the cards of statements. */
  title?: string;
  prompt: string;
  options: Option[];
  /** Answers already given to this question (after going back), to show them ticked. */
  selected: string[];
  canGoBack: boolean;
}

export interface Reason {
  title: string;
  /** Undefined when the question was not asked (the check ended early). */
  items?: { id: string; label: string; level?: number }[];
}

export interface Outcome {
  kind: "outcome";
  token: string;
  level: Level;
  because: string;
  /** Which rule matched (0-based), so tests and the partnership can see why. */
  rule: number;
  /** The check went straight to the outcome once significant harm was ticked. */
  stoppedEarly: boolean;
  age: string;
  /** The three domains, then the views, strengths and household card. */
  reasons: Reason[];
  /** Undefined when not asked. */
  support?: string;
  /** The next steps that apply to these answers, as written in the content (not yet filled). */
  next: string[];
  /** The practitioner said they work alone, with no designated safeguarding lead. */
  alone: boolean;
  /**
   * result: the outcome in full; summary: the text for the MARF; finished: a button from an
   * earlier card was pressed after the check ended, so only a short note is due.
   */
  view: "result" | "summary" | "finished";
}

export interface Ended {
  kind: "ended";
  /** danger: the 999 advice; none: there was no check to act on (finished, cleared or unknown). */
  reason: "danger" | "cancelled" | "expired" | "none";
}

export type Step = Question | Outcome | Ended;

export type PlainNotice =
  | "passed"
  | "invalid"
  | "chooseOne"
  | "inProgress"
  | "restarted"
  | "nothingToGoBackTo";

export type Notice =
  | { kind: PlainNotice }
  /** Typed numbers were added to ticks already there (numbers as the card showed them). */
  | { kind: "added"; added: number[]; count: number; title: string };

export interface FlowResult {
  /** Undefined once the conversation is over and nothing needs keeping. */
  state: LevelsState | undefined;
  step: Step;
  /** Something to say before the step (a stale button, an answer that did not fit, ...). */
  notice?: Notice;
}
