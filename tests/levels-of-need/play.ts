import {
  answer,
  type FlowInput,
  type FlowResult,
  type LevelsState,
  type Question,
  start,
} from "../../dialogs/levels-of-need/flow.js";
import { loadMashContacts } from "../../src/core/contacts/mash-contacts.js";
import { loadLevelsContent } from "../../src/core/levels-of-need/content.js";

export const content = loadLevelsContent();
export const mash = loadMashContacts();
export const T0 = new Date("2026-03-02T10:00:00Z");

/** Minutes after T0. */
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/**
 * A conversation replayed turn by turn, the state passed through structuredClone between turns
 * as a session store or a channel would: nothing but the JSON-safe state carries over.
 */
export class Replay {
  result: FlowResult;
  minute = 0;

  constructor() {
    this.result = start(content, T0);
  }

  get state(): LevelsState | undefined {
    return this.result.state;
  }

  get question(): Question {
    if (this.result.step.kind !== "question")
      throw new Error(`expected a question, got ${this.result.step.kind}`);
    return this.result.step;
  }

  send(input: FlowInput, minutesLater = 1): FlowResult {
    this.minute += minutesLater;
    const stored = structuredClone(this.result.state);
    this.result = answer(content, stored, input, at(this.minute));
    return this.result;
  }

  /** Answers the current question with the given ids, using the current card's token. */
  choose(...values: string[]): FlowResult {
    const step = this.result.step;
    const token = step.kind === "question" ? step.token : undefined;
    return this.send({ kind: "choose", values, token });
  }
}

export interface Answers {
  age: string;
  development?: string[];
  parenting?: string[];
  family?: string[];
  context?: string[];
  support: string;
}

/**
 * Plays a whole check from the danger question ("no") to the outcome, answering each question
 * the flow asks (it may end early, at a statement pointing to significant harm).
 */
export function playThrough(a: Answers): Replay {
  const r = new Replay();
  const byStep: Record<string, string[]> = {
    danger: ["no"],
    age: [a.age],
    "domain:development": a.development ?? [],
    "domain:parenting": a.parenting ?? [],
    "domain:family": a.family ?? [],
    context: a.context ?? [],
    support: [a.support],
  };
  while (r.result.step.kind === "question") {
    const asked = r.result.step.id;
    const values = byStep[asked];
    if (!values) throw new Error(`no answer for "${asked}"`);
    r.choose(...values);
    // Every answer must be taken: a typo in a test's ids must fail, not drift to another step.
    if (r.result.notice)
      throw new Error(
        `answer ${JSON.stringify(values)} to "${asked}" refused: ${r.result.notice.kind}`,
      );
  }
  return r;
}
