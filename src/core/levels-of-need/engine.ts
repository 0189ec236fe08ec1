import { z } from "zod";
import { cached } from "../cached.js";
import { copyWith } from "../copy-with.js";
import { deepFreeze } from "../reply.js";
import { applyRules, type RuleFacts } from "./apply-rules.js";
import type { Level, LevelsContent } from "./content.js";
import { isLevelsState, isStepId } from "./is-levels-state.js";

/**
 * The Levels of Need conversation as pure functions of state: `start()` and `answer()` take the
 * content, the state and the input, and return the next state and what to show. No I/O, no SDK,
 * no clock of its own: Teams, Slack and the terminal all drive this one implementation, and tests
 * can replay whole conversations by passing the state through structuredClone between turns.
 */

/** Conversations left this long without an answer are cleared, answers and all. */
export const LEVELS_IDLE_MS = 30 * 60 * 1000;

export type StepId = "danger" | "age" | `domain:${string}` | "support" | "meeting" | "outcome";

const stepId = z.custom<StepId>(isStepId);

/** JSON-safe and versioned. Holds answers (ids from the content file) and nothing typed. */
export const levelsStateSchema = z.strictObject({
  v: z.literal(1),
  /** Identifies this run of the check (its start time), so cards from an earlier run are stale. */
  run: z.string().regex(/^[0-9a-z]{1,16}$/),
  /** Goes up every time a new step is shown; a card carries `run.seq` as its token. */
  seq: z.number().int().min(1),
  step: stepId,
  answers: z.strictObject({
    age: z.string().optional(),
    indicators: z.record(z.string(), z.array(z.string())),
    support: z.string().optional(),
    meeting: z.string().optional(),
  }),
  lastActive: z.number().int(),
});

export type LevelsState = z.infer<typeof levelsStateSchema>;

export type FlowInput =
  /** Answer the current question. `token` is the card's step token; typed answers have none. */
  | { kind: "choose"; values: string[]; token?: string }
  | { kind: "back"; token?: string }
  | { kind: "restart" }
  | { kind: "cancel" }
  /** Ask for the summary to paste into the MARF (at the outcome). */
  | { kind: "summary"; token?: string }
  /**
   * The check was asked for ("levels of need", the menu button): starts one, unless one is
   * already under way, which is then shown again where it was.
   */
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
  number: number;
  total: number;
  multi: boolean;
  /** The domain's title, for the domain questions. */
  title?: string;
  prompt: string;
  options: Option[];
  /** Answers already given to this question (after going back), to show them ticked. */
  selected: string[];
  canGoBack: boolean;
  first: boolean;
}

export interface Reason {
  domain: string;
  title: string;
  indicators: { id: string; label: string; level: number }[];
}

export interface Outcome {
  kind: "outcome";
  token: string;
  level: Level;
  because: string;
  rule: number;
  age: string;
  reasons: Reason[];
  support: string;
  /** Undefined when no support is in place, so the question was not asked. */
  meeting?: string;
  view: "result" | "summary";
}

export interface Ended {
  kind: "ended";
  /** danger: the 999 advice; none: there was no check to act on (finished, cleared or unknown). */
  reason: "danger" | "cancelled" | "expired" | "none";
}

export type Step = Question | Outcome | Ended;

export type Notice =
  | "passed"
  | "invalid"
  | "chooseOne"
  | "inProgress"
  | "restarted"
  | "nothingToGoBackTo";

export interface EngineResult {
  /** Undefined once the conversation is over and nothing needs keeping. */
  state: LevelsState | undefined;
  step: Step;
  /** Something to say before the step (a stale button, an answer that did not fit, ...). */
  notice?: Notice;
}

export function start(content: LevelsContent, now: Date): EngineResult {
  const state = makeState(
    now.getTime().toString(36),
    1,
    "danger",
    makeAnswers(undefined, {}, undefined, undefined),
    now.getTime(),
  );
  return result(state, present(content, state));
}

// States, their answers and results are each made by one function, with every property present
// (undefined when not answered) and always in the same order, so V8 gives each one hidden class
// and the code that reads them on every turn stays monomorphic. Spread copies that added a
// property took V8's slow path and gave them several shapes (BENCHMARKS.md, "Sixth pass").
function makeState(
  run: string,
  seq: number,
  step: StepId,
  answers: LevelsState["answers"],
  lastActive: number,
): LevelsState {
  return { v: 1, run, seq, step, answers, lastActive };
}

function makeAnswers(
  age: string | undefined,
  indicators: Record<string, string[]>,
  support: string | undefined,
  meeting: string | undefined,
): LevelsState["answers"] {
  return { age, indicators, support, meeting };
}

function result(state: LevelsState | undefined, step: Step, notice?: Notice): EngineResult {
  return { state, step, notice };
}

export function tokenOf(state: Pick<LevelsState, "run" | "seq">): string {
  return `${state.run}.${state.seq}`;
}

// A turn reads the same stored state several times (what is waiting, the answer, the question
// to resume with), so each stored object is checked once. Stored states are replaced, never
// changed in place, and what readState returns is only read (answer() copies before changing),
// so a state that passes the hand check is returned as it is.
const checked = new WeakMap<object, LevelsState | undefined>();

/** Reads a stored state; anything unreadable (an older version, a damaged session) is dropped. */
export function readState(raw: unknown): LevelsState | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  if (checked.has(raw)) return checked.get(raw);
  // The states the engine wrote itself pass the hand check; anything else goes to zod.
  let state: LevelsState | undefined;
  if (isLevelsState(raw)) state = raw;
  else {
    const parsed = levelsStateSchema.safeParse(raw);
    state = parsed.success ? parsed.data : undefined;
  }
  checked.set(raw, state);
  return state;
}

export function isExpired(state: LevelsState, now: Date): boolean {
  return now.getTime() - state.lastActive > LEVELS_IDLE_MS;
}

/** The step the conversation is waiting on, unchanged; undefined if there is none or it expired. */
export function current(
  content: LevelsContent,
  raw: unknown,
  now: Date,
): Question | Outcome | undefined {
  const state = readState(raw);
  if (!state || isExpired(state, now)) return undefined;
  return view(content, state);
}

// A turn asks for the step a stored state is waiting on more than once (what is waiting, then
// the answer's check against its options, or the question to resume with after an
// interruption), and the outcome runs the rules. Like `checked`, this holds only states that
// readState returned, which are never changed; the step objects are only read.
const views = new WeakMap<LevelsState, { content: LevelsContent; step: Question | Outcome }>();

/** The step a stored state is waiting on, worked out once per state. */
function view(content: LevelsContent, state: LevelsState): Question | Outcome {
  const seen = views.get(state);
  if (seen?.content === content) return seen.step;
  const step = present(content, state);
  views.set(state, { content, step });
  return step;
}

export function answer(
  content: LevelsContent,
  raw: unknown,
  input: FlowInput,
  now: Date,
): EngineResult {
  const result = answerStep(content, raw, input, now);
  // The new state is what the next turn reads back. It is the engine's own and is never changed
  // once returned, so it is recorded as checked, with the step it waits on: the next turn then
  // neither checks it again nor works its step out again. (A summary is a view of the outcome,
  // not the step the state waits on, so it is not recorded.)
  const { state, step } = result;
  if (state && (step.kind === "question" || (step.kind === "outcome" && step.view === "result"))) {
    checked.set(state, state);
    views.set(state, { content, step });
  }
  return result;
}

function answerStep(
  content: LevelsContent,
  raw: unknown,
  input: FlowInput,
  now: Date,
): EngineResult {
  const state = readState(raw);
  const live = state && !isExpired(state, now) ? state : undefined;
  if (input.kind === "restart" || (input.kind === "begin" && (!live || live.step === "outcome"))) {
    const fresh = start(content, now);
    // Carry the count on, so a card from the old run can never share a token with the new one.
    if (state && fresh.state) {
      fresh.state.seq = state.seq + 1;
      fresh.step = present(content, fresh.state);
    }
    return result(
      fresh.state,
      fresh.step,
      input.kind === "restart" && live ? "restarted" : undefined,
    );
  }
  if (!state) return result(undefined, { kind: "ended", reason: "none" });
  if (!live) return result(undefined, { kind: "ended", reason: "expired" });
  if (input.kind === "cancel") return result(undefined, { kind: "ended", reason: "cancelled" });

  // The new state shares what this answer cannot change with the stored one: states are never
  // edited once made (an answer's list is replaced, never changed), so only the objects written
  // to below are copied, not the whole state. The ticked statements are copied only by the
  // answers that change them (a domain's answer, a new age band).
  const { answers } = state;
  const next = makeState(
    state.run,
    state.seq,
    state.step,
    makeAnswers(answers.age, answers.indicators, answers.support, answers.meeting),
    now.getTime(),
  );
  // Staying differs from the stored state only in lastActive, so its step is the stored one's.
  const stay = (notice?: Notice): EngineResult => result(next, view(content, state), notice);

  if (input.kind === "begin") return stay("inProgress");
  if (input.kind === "unclear") return stay("invalid");
  if ("token" in input && input.token !== undefined && input.token !== tokenOf(state))
    return stay("passed");

  if (input.kind === "back") {
    const order = stepsFor(content, state.answers);
    const at = state.step === "outcome" ? order.length : order.indexOf(state.step);
    const previous = order[at - 1];
    // The danger question is never answered "yes" and then revisited, so back from the age
    // question simply asks it again.
    if (at <= 0 || !previous) return stay("nothingToGoBackTo");
    return moveTo(content, next, previous);
  }

  if (input.kind === "summary") {
    if (state.step !== "outcome") return stay("invalid");
    return result(next, { ...(view(content, state) as Outcome), view: "summary" });
  }

  // A choice for the current question.
  if (state.step === "outcome") return stay("passed");
  const question = view(content, state) as Question;
  const values = [...new Set(input.values)];
  // (A dozen options at most: a scan, rather than a Set of them made on every answer.)
  if (values.some((v) => !question.options.some((o) => o.value === v))) return stay("invalid");
  if (!question.multi && values.length !== 1) return stay("chooseOne");

  const step = state.step;
  if (step === "danger") {
    if (values[0] === "yes") return result(undefined, { kind: "ended", reason: "danger" });
  } else if (step === "age") {
    const changed = next.answers.age !== values[0];
    next.answers.age = values[0];
    // Statements depend on the age band: drop any ticked that the new band does not offer.
    if (changed) next.answers.indicators = keepOffered(content, next);
  } else if (step === "support") {
    next.answers.support = values[0];
    if (!asksMeeting(content, values[0])) next.answers.meeting = undefined;
  } else if (step === "meeting") {
    next.answers.meeting = values[0];
  } else {
    next.answers.indicators = copyWith(
      next.answers.indicators,
      step.slice("domain:".length),
      values,
    );
  }
  const order = stepsFor(content, next.answers);
  return moveTo(content, next, order[order.indexOf(step) + 1] ?? "outcome");
}

function moveTo(content: LevelsContent, state: LevelsState, step: StepId): EngineResult {
  state.step = step;
  state.seq += 1;
  return result(state, present(content, state));
}

/** The questions in order for these answers: "meeting" only when some support is in place. */
export function stepsFor(
  content: LevelsContent,
  answers: LevelsState["answers"],
): readonly StepId[] {
  const orders = ordersFor(content);
  return answers.support === undefined || asksMeeting(content, answers.support)
    ? orders.withMeeting
    : orders.withoutMeeting;
}

// The two possible orders of questions depend on the content alone: made once, frozen, shared.
const orders = new WeakMap<LevelsContent, { withMeeting: StepId[]; withoutMeeting: StepId[] }>();
function ordersFor(content: LevelsContent) {
  return cached(orders, content, () => {
    const base: StepId[] = [
      "danger",
      "age",
      ...content.domains.map((d) => `domain:${d.id}` as const),
      "support",
    ];
    return deepFreeze({ withMeeting: [...base, "meeting"], withoutMeeting: base });
  });
}

function asksMeeting(content: LevelsContent, support: string | undefined): boolean {
  return content.support.options.find((o) => o.id === support)?.askMeeting !== false;
}

function offeredIndicators(content: LevelsContent, domainId: string, age: string | undefined) {
  const domain = content.domains.find((d) => d.id === domainId);
  return (domain?.indicators ?? []).filter((i) => !i.ages || !age || i.ages.includes(age));
}

function keepOffered(content: LevelsContent, state: LevelsState): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [domainId, ids] of Object.entries(state.answers.indicators)) {
    const offered = new Set(
      offeredIndicators(content, domainId, state.answers.age).map((i) => i.id),
    );
    kept[domainId] = ids.filter((x) => offered.has(x));
  }
  return kept;
}

function present(content: LevelsContent, state: LevelsState): Question | Outcome {
  if (state.step === "outcome") return outcome(content, state);
  const order = stepsFor(content, state.answers);
  const number = order.indexOf(state.step) + 1;
  const w = content.wording;
  // Every question is built by this one literal (one object shape for all of them).
  const question = (
    multi: boolean,
    prompt: string,
    options: Option[],
    selected: string[],
    title?: string,
  ): Question => ({
    kind: "question",
    id: state.step as Question["id"],
    token: tokenOf(state),
    number,
    total: order.length,
    multi,
    title,
    prompt,
    options,
    selected,
    canGoBack: number > 1,
    first: number === 1,
  });
  const picked = (answer: string | undefined) => (answer ? [answer] : []);
  const { answers } = state;
  switch (state.step) {
    case "danger":
      return question(false, w.danger.question, toOptions(content.danger), []);
    case "age":
      return question(false, w.age.question, toOptions(content.ageBands), picked(answers.age));
    case "support":
      return question(
        false,
        w.support.question,
        toOptions(content.support.options),
        picked(answers.support),
      );
    case "meeting":
      return question(
        false,
        w.meeting.question,
        toOptions(content.support.meeting),
        picked(answers.meeting),
      );
    default: {
      const domainId = state.step.slice("domain:".length);
      const domain = content.domains.find((d) => d.id === domainId);
      return question(
        true,
        domain?.question ?? "",
        domainOptions(content, domainId, answers.age),
        answers.indicators[domainId] ?? [],
        domain?.title,
      );
    }
  }
}

// A question's options depend on the content alone (and, for a domain, on the age band): each
// list is made once and frozen, since it goes out in every reply that asks that question.
const optionLists = new WeakMap<readonly { id: string; label: string }[], Option[]>();
function toOptions(list: readonly { id: string; label: string }[]): Option[] {
  return cached(optionLists, list, () =>
    deepFreeze(list.map((o) => ({ value: o.id, label: o.label }))),
  );
}

const domainLists = new WeakMap<LevelsContent, Map<string, Option[]>>();
function domainOptions(content: LevelsContent, domainId: string, age: string | undefined) {
  const made = () =>
    deepFreeze(
      offeredIndicators(content, domainId, age).map((i) => ({ value: i.id, label: i.label })),
    );
  // Kept only for the content's own domains and age bands, so the lists stay few.
  const known =
    content.domains.some((d) => d.id === domainId) &&
    (age === undefined || content.ageBands.some((b) => b.id === age));
  if (!known) return made();
  const byKey = cached(domainLists, content, () => new Map<string, Option[]>());
  // Ids are lower-case letters, digits and dashes (content schema): a space cannot join two.
  return cached(byKey, `${domainId} ${age ?? ""}`, made);
}

function outcome(content: LevelsContent, state: LevelsState): Outcome {
  const { answers } = state;
  const reasons: Reason[] = content.domains.map((d) => {
    const ticked = new Set(answers.indicators[d.id] ?? []);
    return {
      domain: d.id,
      title: d.title,
      indicators: d.indicators
        .filter((i) => ticked.has(i.id))
        .map((i) => ({ id: i.id, label: i.label, level: i.level })),
    };
  });
  const facts: RuleFacts = {
    chosen: reasons.flatMap((r) =>
      r.indicators.map((i) => ({ id: i.id, level: i.level, domain: r.domain })),
    ),
    age: answers.age,
    support: answers.support,
    meeting: asksMeeting(content, answers.support) ? answers.meeting : undefined,
  };
  const result = applyRules(content, facts);
  const label = (list: { id: string; label: string }[], v: string | undefined) =>
    list.find((o) => o.id === v)?.label;
  return {
    kind: "outcome",
    token: tokenOf(state),
    level: result.level,
    because: result.because,
    rule: result.rule,
    age: label(content.ageBands, answers.age) ?? "",
    reasons,
    support: label(content.support.options, answers.support) ?? "",
    meeting: facts.meeting ? label(content.support.meeting, facts.meeting) : undefined,
    view: "result",
  };
}
