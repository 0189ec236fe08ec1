import { z } from "zod";
import { applyRules, holds, type RuleFacts } from "../../src/core/levels-of-need/apply-rules.js";
import type { Level, LevelsContent } from "../../src/core/levels-of-need/content.js";

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

/** Conversations left this long without an answer are cleared, answers and all. */
export const LEVELS_IDLE_MS = 30 * 60 * 1000;

/**
 * The state's version. A state of any other version (stored before a change to the questions)
 * is not read: the practitioner is told the check was cleared and can start again.
 */
export const LEVELS_STATE_VERSION = 2;

export type StepId = "danger" | "age" | `domain:${string}` | "context" | "support" | "outcome";

const stepId = z
  .string()
  .regex(/^(danger|age|context|support|outcome|domain:[a-z0-9][a-z0-9-]*)$/)
  .transform((s) => s as StepId);

/** JSON-safe. Holds answers (ids from the content file) and nothing typed. */
export const levelsStateSchema = z.strictObject({
  v: z.literal(LEVELS_STATE_VERSION),
  /** Identifies this run of the check (its start time), so cards from an earlier run are stale. */
  run: z.string().regex(/^[0-9a-z]{1,16}$/),
  /** Goes up every time a new step is shown; a card carries `run.seq` as its token. */
  seq: z.number().int().min(1),
  step: stepId,
  answers: z.strictObject({
    age: z.string().optional(),
    /** Ticked statements by domain id; a domain answered with nothing ticked has []. */
    indicators: z.record(z.string(), z.array(z.string())),
    /** Ticked on the views, strengths and household card; undefined until it is answered. */
    context: z.array(z.string()).optional(),
    support: z.string().optional(),
  }),
  lastActive: z.number().int(),
});

export type LevelsState = z.infer<typeof levelsStateSchema>;
type Answers = LevelsState["answers"];

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

type PlainNotice =
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

export function tokenOf(state: Pick<LevelsState, "run" | "seq">): string {
  return `${state.run}.${state.seq}`;
}

export function start(content: LevelsContent, now: Date, seq = 1): FlowResult {
  const state: LevelsState = {
    v: LEVELS_STATE_VERSION,
    run: now.getTime().toString(36),
    seq,
    step: "danger",
    answers: { indicators: {} },
    lastActive: now.getTime(),
  };
  return { state, step: present(content, state) };
}

/** Reads a stored state; anything unreadable (an older version, a damaged session) is dropped. */
export function readState(raw: unknown): LevelsState | undefined {
  const parsed = levelsStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function isExpired(state: LevelsState, now: Date): boolean {
  return now.getTime() - state.lastActive > LEVELS_IDLE_MS;
}

/** The step the conversation is waiting on; undefined if there is none or it expired. */
export function current(
  content: LevelsContent,
  raw: unknown,
  now: Date,
): Question | Outcome | undefined {
  const state = readState(raw);
  if (!state || isExpired(state, now)) return undefined;
  return present(content, state);
}

export function answer(
  content: LevelsContent,
  raw: unknown,
  input: FlowInput,
  now: Date,
): FlowResult {
  // Safety first: an old "Yes, in immediate danger" button still gives the 999 advice.
  if (input.kind === "danger")
    return { state: undefined, step: { kind: "ended", reason: "danger" } };

  const stored = readState(raw);
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
    step: present(content, state),
    notice: { kind },
  });

  if (input.kind === "begin") return stay("inProgress");
  if (input.kind === "unclear") return stay("invalid");
  if ("token" in input && input.token !== undefined && input.token !== tokenOf(state)) {
    // A finished check gets a short note, not its whole result again.
    if (state.step === "outcome")
      return { state, step: { ...outcome(content, state), view: "finished" } };
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
    return { state, step: { ...outcome(content, state), view: "summary" } };
  }

  // An answer to the current question.
  if (state.step === "outcome")
    return { state, step: { ...outcome(content, state), view: "finished" } };
  const question = present(content, state) as Question;
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
  return { state: next, step: present(content, next) };
}

/** Every question, in order, as asked when nothing ends the check early. */
export function allSteps(content: LevelsContent): StepId[] {
  return [
    "danger",
    "age",
    ...content.domains.map((d): StepId => `domain:${d.id}`),
    "context",
    "support",
  ];
}

/**
 * The questions in order for these answers: all of them, unless a statement pointing to
 * significant harm is ticked, when the check ends with the domain where it was ticked.
 */
export function stepsFor(content: LevelsContent, answers: Answers): StepId[] {
  const all = allSteps(content);
  const harm = content.domains.find((d) =>
    (answers.indicators[d.id] ?? []).some(
      (id) => d.indicators.find((i) => i.id === id)?.level === 4,
    ),
  );
  return harm ? all.slice(0, all.indexOf(`domain:${harm.id}`) + 1) : all;
}

function offeredIndicators(content: LevelsContent, domainId: string, age: string | undefined) {
  const domain = content.domains.find((d) => d.id === domainId);
  return (domain?.indicators ?? []).filter((i) => !i.ages || !age || i.ages.includes(age));
}

function keepOffered(
  content: LevelsContent,
  indicators: Answers["indicators"],
  age: string | undefined,
): Answers["indicators"] {
  const kept: Answers["indicators"] = {};
  for (const [domainId, ids] of Object.entries(indicators)) {
    const offered = offeredIndicators(content, domainId, age).map((i) => i.id);
    kept[domainId] = ids.filter((x) => offered.includes(x));
  }
  return kept;
}

function present(content: LevelsContent, state: LevelsState): Question | Outcome {
  if (state.step === "outcome") return outcome(content, state);
  const id = state.step;
  const all = allSteps(content);
  const number = all.indexOf(id) + 1;
  const base = {
    kind: "question" as const,
    id,
    token: tokenOf(state),
    number,
    total: all.length,
    canGoBack: number > 1,
  };
  const w = content.wording;
  const { answers } = state;
  const options = (list: { id: string; label: string }[]) =>
    list.map((o) => ({ value: o.id, label: o.label }));
  const picked = (answer: string | undefined) => (answer ? [answer] : []);
  switch (id) {
    case "danger":
      return {
        ...base,
        multi: false,
        prompt: w.danger.question,
        options: options(content.danger),
        selected: [],
      };
    case "age":
      return {
        ...base,
        multi: false,
        prompt: w.age.question,
        options: options(content.ageBands),
        selected: picked(answers.age),
      };
    case "support":
      return {
        ...base,
        multi: false,
        prompt: w.support.question,
        options: options(content.support.options),
        selected: picked(answers.support),
      };
    case "context":
      return {
        ...base,
        multi: true,
        title: content.context.title,
        prompt: content.context.question,
        options: options(content.context.options),
        selected: answers.context ?? [],
      };
    default: {
      const domainId = id.slice("domain:".length);
      const domain = content.domains.find((d) => d.id === domainId);
      return {
        ...base,
        multi: true,
        title: domain?.title,
        prompt: domain?.question ?? "",
        options: options(offeredIndicators(content, domainId, answers.age)),
        selected: answers.indicators[domainId] ?? [],
      };
    }
  }
}

function outcome(content: LevelsContent, state: LevelsState): Outcome {
  const { answers } = state;
  const order = stepsFor(content, answers);
  const stoppedEarly = !order.includes("support");
  const reasons: Reason[] = content.domains.map((d) => {
    const ticked = answers.indicators[d.id];
    return {
      title: d.title,
      items: ticked
        ? d.indicators
            .filter((i) => ticked.includes(i.id))
            .map((i) => ({ id: i.id, label: i.label, level: i.level }))
        : order.includes(`domain:${d.id}`)
          ? []
          : undefined,
    };
  });
  const context = stoppedEarly ? [] : (answers.context ?? []);
  reasons.push({
    title: content.context.title,
    items: stoppedEarly
      ? undefined
      : content.context.options
          .filter((o) => context.includes(o.id))
          .map((o) => ({ id: o.id, label: o.label })),
  });
  const facts: RuleFacts = {
    chosen: content.domains.flatMap((d) =>
      d.indicators
        .filter((i) => (answers.indicators[d.id] ?? []).includes(i.id))
        .map((i) => ({ id: i.id, level: i.level, domain: d.id })),
    ),
    age: answers.age,
    support: stoppedEarly ? undefined : answers.support,
    context,
  };
  const result = applyRules(content, facts);
  const withLevel: RuleFacts = { ...facts, level: result.level.number };
  const applies = (step: string | { text: string; when: Parameters<typeof holds>[0] }) =>
    typeof step === "string" || holds(step.when, withLevel);
  const next = [...result.level.next, ...content.alsoNext]
    .filter(applies)
    .map((step) => (typeof step === "string" ? step : step.text));
  const label = (list: { id: string; label: string }[], v: string | undefined) =>
    list.find((o) => o.id === v)?.label;
  return {
    kind: "outcome",
    token: tokenOf(state),
    level: result.level,
    because: result.because,
    rule: result.rule,
    stoppedEarly,
    age: label(content.ageBands, answers.age) ?? "",
    reasons,
    support: stoppedEarly ? undefined : label(content.support.options, answers.support),
    next,
    alone: context.includes(content.context.alone),
    view: "result",
  };
}
