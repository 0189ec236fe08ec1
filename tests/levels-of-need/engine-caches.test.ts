import { describe, expect, it } from "vitest";
import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import {
  answer,
  current,
  type Question,
  start,
  stepsFor,
} from "../../src/core/levels-of-need/engine.js";
import { at, content, T0 } from "./play.js";

/**
 * The engine keeps what depends on the content alone (question orders, option lists) and the
 * step a stored state waits on. These must be the same for everyone, unchangeable, and never
 * carried from one content to another.
 */
describe("what the engine works out once", () => {
  const question = (raw: unknown, c: LevelsContent = content, minute = 1) => {
    const step = current(c, raw, at(minute));
    if (step?.kind !== "question") throw new Error(`expected a question, got ${step?.kind}`);
    return step;
  };

  it("hands out option lists and question orders that cannot be changed", () => {
    const first = start(content, T0).step as Question;
    expect(Object.isFrozen(first.options)).toBe(true);
    expect(() => (first.options as unknown[]).push({ value: "x", label: "x" })).toThrow();
    expect(() => {
      (first.options[0] as { label: string }).label = "changed";
    }).toThrow();
    const order = stepsFor(content, { indicators: {} });
    expect(() => (order as string[]).push("meeting")).toThrow();
    // A new check still asks the same, whole question.
    expect((start(content, at(5)).step as Question).options).toEqual(first.options);
  });

  it("offers each age band its own statements, whichever band was asked first", () => {
    const atDomain = (age: string) => {
      let r = start(content, T0);
      r = answer(content, r.state, { kind: "choose", values: ["no"] }, at(1));
      r = answer(content, r.state, { kind: "choose", values: [age] }, at(2));
      return (r.step as Question).options.map((o) => o.value);
    };
    const young = atDomain("under-5");
    const older = atDomain("12-17");
    expect(young).not.toEqual(older);
    expect(atDomain("under-5")).toEqual(young);
    expect(atDomain("12-17")).toEqual(older);
  });

  it("never shows one content's wording for another's, even for the same stored state", () => {
    const state = start(content, T0).state;
    expect(question(state).options[0]?.label).toBe(content.danger[0]?.label);
    const edited: LevelsContent = structuredClone(content);
    edited.danger[0]!.label = "Yes, in danger right now";
    edited.wording.danger.question = "Edited question?";
    expect(question(state, edited).options[0]?.label).toBe("Yes, in danger right now");
    expect(question(state, edited).prompt).toBe("Edited question?");
    expect(question(state).prompt).toBe(content.wording.danger.question);
  });

  it("answers the same stored state the same way every time (nothing cached changes it)", () => {
    let r = start(content, T0);
    r = answer(content, r.state, { kind: "choose", values: ["no"] }, at(1));
    const stored = r.state;
    const snapshot = structuredClone(stored);
    const a = answer(content, stored, { kind: "choose", values: ["5-11"] }, at(2));
    const b = answer(content, stored, { kind: "choose", values: ["under-5"] }, at(2));
    const c = answer(content, stored, { kind: "choose", values: ["5-11"] }, at(2));
    expect(stored).toEqual(snapshot);
    expect(a).toEqual(c);
    expect(b.state?.answers.age).toBe("under-5");
    expect((a.step as Question).options).not.toEqual((b.step as Question).options);
  });
});
