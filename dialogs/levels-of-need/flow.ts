import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { FlowInput, FlowResult, Notice, PlainNotice, Question } from "./flow-types.js";
import {
  type Answers,
  isExpired,
  LEVELS_STATE_VERSION,
  type LevelsState,
  type StepId,
  tokenOf,
} from "./levels-state.js";
import { keepOffered, stepsFor } from "./order-questions.js";
import { presentStep } from "./present-step.js";
import { workOutOutcome } from "./work-out-outcome.js";

export type * from "./flow-types.js";
export type { LevelsState } from "./levels-state.js";

/**
 * The Levels of Need check as a pure, versioned definition: `start()` and `answer()` take the
 * content, the stored state and the input, and return the next state and the step to show. No
 * I/O, no SDK, no clock of its own. Teams, Slack and the terminal all drive this one flow through
 * the assistant's skill (skill.ts), and tests replay whole checks by passing the state through
 * structuredClone between turns.
 *
 * The questions: is the child in immediate danger; age; the three domains of the Assessment
 * Framework (tick any statements); the child's views, strengths and household, and whether the
 * person asking works alone; what help is in place and whether it works. Seven at most, and
 * fewer when a statement pointing to significant harm is ticked: then the outcome comes at once.
 */

export function start(content: LevelsContent, now: Date, seq = 1): FlowResult {
  const state: LevelsState = {
    v: LEVELS_STATE_VERSION,
    run: now.getTime().toString(36),
    seq,
    step: "danger",
    answers: { indicators: {} },
    lastActive: now.getTime(),
  };
  return { state, step: presentStep(content, state) };
}

/** The question the conversation is waiting on, "finished" once the check has given its
 * outcome (which is then worked out only if it is asked for again), or undefined if there is
 * none or it expired. `state` is the stored state as `readState` read it (undefined if there
 * was none or it was unreadable). */
export function current(
  content: LevelsContent,
  state: LevelsState | undefined,
  now: Date,
): Question | "finished" | undefined {
  if (!state || isExpired(state, now)) return undefined;
  return state.step === "outcome" ? "finished" : (presentStep(content, state) as Question);
}

/** The next step after `input`, from the stored state as `readState` read it. */
export function answer(
  content: LevelsContent,
  stored: LevelsState | undefined,
  input: FlowInput,
  now: Date,
): FlowResult {
  // Safety first: an old "Yes, in immediate danger" button still gives the 999 advice.
  if (input.kind === "danger")
    return { state: undefined, step: { kind: "ended", reason: "danger" } };

  const live = stored && !isExpired(stored, now) ? stored : undefined;
  if (input.kind === "restart" || (input.kind === "begin" && (!live || live.step === "outcome"))) {
    // The count carries on, so a card from the old run never shares a token with the new one.
    const fresh = start(content, now, stored ? stored.seq + 1 : 1);
    return input.kind === "restart" && live ? { ...fresh, notice: { kind: "restarted" } } : fresh;
  }
  if (!stored) return { state: undefined, step: { kind: "ended", reason: "none" } };
  if (!live) return { state: undefined, step: { kind: "ended", reason: "expired" } };
  if (input.kind === "cancel")
    return { state: undefined, step: { kind: "ended", reason: "cancelled" } };

  const state: LevelsState = { ...live, lastActive: now.getTime() };
  const stay = (kind: PlainNotice): FlowResult => ({
    state,
    step: presentStep(content, state),
    notice: { kind },
  });

  if (input.kind === "begin") return stay("inProgress");
  if (input.kind === "unclear") return stay("invalid");
  if ("token" in input && input.token !== undefined && input.token !== tokenOf(state)) {
    // A finished check gets a short note, not its whole result again.
    if (state.step === "outcome")
      return { state, step: { ...workOutOutcome(content, state), view: "finished" } };
    return stay("passed");
  }

  if (input.kind === "back") {
    const order = stepsFor(content, state.answers);
    const at = state.step === "outcome" ? order.length : order.indexOf(state.step);
    const previous = order[at - 1];
    // The danger question is never answered "yes" and then revisited, so back from the age
    // question simply asks it again.
    if (at <= 0 || !previous) return stay("nothingToGoBackTo");
    return moveTo(content, state, previous);
  }

  if (input.kind === "summary") {
    if (state.step !== "outcome") return stay("invalid");
    return { state, step: { ...workOutOutcome(content, state), view: "summary" } };
  }

  // An answer to the current question.
  if (state.step === "outcome")
    return { state, step: { ...workOutOutcome(content, state), view: "finished" } };
  const question = presentStep(content, state) as Question;
  let values: string[];
  let notice: Notice | undefined;
  if (input.kind === "keep") {
    values = question.selected;
  } else {
    values = [...new Set(input.values)];
    if (values.some((v) => !question.options.some((o) => o.value === v))) return stay("invalid");
    if (input.add && question.multi && question.selected.length > 0) {
      const added = values.filter((v) => !question.selected.includes(v));
      values = [...question.selected, ...added];
      notice = {
        kind: "added",
        added: added.map((v) => question.options.findIndex((o) => o.value === v) + 1),
        count: values.length,
        title: question.title ?? question.prompt,
      };
    }
  }
  if (!question.multi && values.length !== 1) return stay("chooseOne");

  const step = state.step;
  const answers: Answers = { ...state.answers, indicators: { ...state.answers.indicators } };
  if (step === "danger") {
    if (values[0] === "yes") return { state: undefined, step: { kind: "ended", reason: "danger" } };
  } else if (step === "age") {
    // Statements depend on the age band: drop any ticked that the new band does not offer.
    if (answers.age !== values[0])
      answers.indicators = keepOffered(content, answers.indicators, values[0]);
    answers.age = values[0];
  } else if (step === "support") {
    answers.support = values[0];
  } else if (step === "context") {
    answers.context = values;
  } else {
    answers.indicators[step.slice("domain:".length)] = values;
  }
  const order = stepsFor(content, answers);
  const moved = moveTo(content, { ...state, answers }, order[order.indexOf(step) + 1] ?? "outcome");
  return notice ? { ...moved, notice } : moved;
}

function moveTo(content: LevelsContent, state: LevelsState, step: StepId): FlowResult {
  const next: LevelsState = { ...state, step, seq: state.seq + 1 };
  return { state: next, step: presentStep(content, next) };
}
