import { describe, expect, it } from "vitest";
import {
  answer,
  current,
  type Outcome,
  start,
  stepsFor,
} from "../../src/core/levels-of-need/engine.js";
import { renderStep, summaryText } from "../../src/core/levels-of-need/render-step.js";
import { replyToText } from "../../src/core/reply.js";
import { at, content, mash, playThrough, Replay, T0 } from "./play.js";

const outcomeOf = (r: Replay): Outcome => {
  const step = r.result.step;
  if (step.kind !== "outcome") throw new Error(`expected the outcome, got ${step.kind}`);
  return step;
};
const textOf = (r: Replay) =>
  renderStep(content, mash, r.result)
    .map((x) => replyToText(x))
    .join("\n");

describe("the danger gate", () => {
  it("asks first whether the child is in immediate danger, and nothing else", () => {
    const r = new Replay();
    expect(r.question.id).toBe("danger");
    expect(r.question.number).toBe(1);
    expect(r.question.options.map((o) => o.value)).toEqual(["yes", "no"]);
  });

  it("ends at once on 'yes' with 999 and the MASH numbers, keeping nothing", () => {
    const r = new Replay();
    r.choose("yes");
    expect(r.result.step).toEqual({ kind: "ended", reason: "danger" });
    expect(r.state).toBeUndefined();
    const text = textOf(r);
    expect(text).toMatch(/call 999 now/i);
    expect(text).toContain("01908 253169");
    expect(text).toContain("01908 253170");
    expect(text).toContain("01908 265545");
    // The 999 advice comes before the MASH numbers.
    expect(text.indexOf("999")).toBeLessThan(text.indexOf("01908 253169"));
  });

  it("carries on to the age question on 'no'", () => {
    const r = new Replay();
    r.choose("no");
    expect(r.question.id).toBe("age");
  });
});

describe("whole conversations for every level", () => {
  it("Level 1: nothing ticked, no support needed", () => {
    const r = playThrough({ age: "5-11", support: "none" });
    const o = outcomeOf(r);
    expect(o.level.number).toBe(1);
    expect(o.level.name).toBe("Universal");
    expect(o.reasons.every((x) => x.indicators.length === 0)).toBe(true);
    expect(o.meeting).toBeUndefined();
  });

  it("Level 2: additional needs", () => {
    const r = playThrough({
      age: "under-5",
      development: ["checks-missed"],
      parenting: ["young-parents"],
      support: "none",
    });
    const o = outcomeOf(r);
    expect(o.level.number).toBe(2);
    expect(o.reasons.find((x) => x.domain === "development")?.indicators.map((i) => i.id)).toEqual([
      "checks-missed",
    ]);
  });

  it("Level 2: one complex need that the support in place is meeting", () => {
    const r = playThrough({
      age: "12-17",
      development: ["mental-health"],
      support: "single",
      meeting: "yes",
    });
    expect(outcomeOf(r).level.number).toBe(2);
  });

  it("Level 3: two complex needs", () => {
    const r = playThrough({
      age: "12-17",
      development: ["missing"],
      family: ["domestic-abuse"],
      support: "single",
      meeting: "yes",
    });
    expect(outcomeOf(r).level.number).toBe(3);
  });

  it("Level 3: one complex need with no support in place", () => {
    const r = playThrough({ age: "5-11", parenting: ["parent-substance"], support: "none" });
    expect(outcomeOf(r).level.number).toBe(3);
  });

  it("Level 3: one complex need and the support is not meeting it", () => {
    const r = playThrough({
      age: "5-11",
      family: ["young-carer"],
      support: "early-help",
      meeting: "partly",
    });
    expect(outcomeOf(r).level.number).toBe(3);
  });

  it("Level 3: several additional needs that early help has not met", () => {
    const r = playThrough({
      age: "5-11",
      development: ["attendance"],
      parenting: ["boundaries", "basic-care"],
      support: "early-help",
      meeting: "no",
    });
    expect(outcomeOf(r).level.number).toBe(3);
  });

  it("Level 4: one statement of significant harm outweighs everything else", () => {
    const r = playThrough({
      age: "under-5",
      development: ["injury"],
      support: "single",
      meeting: "yes",
    });
    const o = outcomeOf(r);
    expect(o.level.number).toBe(4);
    const text = textOf(r);
    expect(text).toMatch(/Contact the MASH now: 01908 253169/);
    expect(text).toMatch(/consent/);
    expect(text).toMatch(/999/);
  });

  it("every outcome says it supports judgement, names the DSL, offers the MASH card and a summary", () => {
    const cases = [
      playThrough({ age: "5-11", support: "none" }),
      playThrough({ age: "5-11", family: ["money"], support: "none" }),
      playThrough({ age: "5-11", family: ["domestic-abuse"], support: "none" }),
      playThrough({ age: "5-11", family: ["fgm"], support: "none" }),
    ];
    expect(cases.map((r) => outcomeOf(r).level.number)).toEqual([1, 2, 3, 4]);
    for (const r of cases) {
      const [reply] = renderStep(content, mash, r.result);
      const text = replyToText(reply!);
      expect(text).toMatch(/supports your professional judgement and does not replace it/);
      expect(text).toMatch(/designated safeguarding lead or manager/);
      expect(text).toMatch(/to be confirmed against the current Milton\s+Keynes/);
      expect(reply!.buttons?.map((b) => b.action)).toEqual(
        expect.arrayContaining(["mash", "levels:summary"]),
      );
    }
  });

  it("the next steps follow the level: universal, CAF with consent, MARF with CAF as part 2", () => {
    const text = (r: Replay) => textOf(r);
    expect(text(playThrough({ age: "5-11", support: "none" }))).toMatch(/own service/);
    expect(text(playThrough({ age: "5-11", family: ["money"], support: "none" }))).toMatch(
      /CAF with the family's consent/,
    );
    expect(text(playThrough({ age: "5-11", family: ["domestic-abuse"], support: "none" }))).toMatch(
      /MARF\), with the CAF as part 2/,
    );
  });

  it("skips 'is it meeting the need' when no support is in place", () => {
    const r = playThrough({ age: "5-11", support: "none" });
    expect(r.result.step.kind).toBe("outcome");
    expect(stepsFor(content, r.state!.answers)).not.toContain("meeting");
  });
});

describe("the summary for the MARF", () => {
  it("gives the level, the reasons by domain and the support, from the answers only", () => {
    const r = playThrough({
      age: "12-17",
      development: ["offending", "missing"],
      family: ["housing"],
      support: "single",
      meeting: "no",
    });
    r.send({ kind: "summary", token: outcomeOf(r).token });
    const o = outcomeOf(r);
    expect(o.view).toBe("summary");
    const text = summaryText(content, o);
    expect(text).toMatch(/Level 3, Complex needs/);
    expect(text).toMatch(/The child's development: Starting to get into trouble/);
    expect(text).toMatch(/Family and environment: Housing is poor/);
    expect(text).toMatch(/Parenting capacity: none noted/);
    expect(text).toMatch(/Support in place: Extra help from one service/);
    expect(text).toMatch(/Meeting the need: No/);
  });
});

describe("back, restart and cancel", () => {
  it("goes back one question at a time, showing earlier answers ticked", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose("attendance", "self-esteem");
    expect(r.question.id).toBe("domain:parenting");
    r.send({ kind: "back", token: r.question.token });
    expect(r.question.id).toBe("domain:development");
    expect(r.question.selected).toEqual(["attendance", "self-esteem"]);
    r.send({ kind: "back" });
    expect(r.question.id).toBe("age");
    expect(r.question.selected).toEqual(["5-11"]);
    r.send({ kind: "back" });
    expect(r.question.id).toBe("danger");
    r.send({ kind: "back" });
    expect(r.question.id).toBe("danger");
    expect(r.result.notice).toBe("nothingToGoBackTo");
  });

  it("goes back from the outcome to change an answer, and the level follows", () => {
    const r = playThrough({ age: "5-11", family: ["domestic-abuse"], support: "none" });
    expect(outcomeOf(r).level.number).toBe(3);
    r.send({ kind: "back", token: outcomeOf(r).token });
    expect(r.question.id).toBe("support");
    r.choose("early-help");
    expect(r.question.id).toBe("meeting");
    r.choose("yes");
    expect(outcomeOf(r).level.number).toBe(2);
  });

  it("drops ticked statements that a new age band does not offer", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("12-17");
    r.choose("offending");
    r.send({ kind: "back" });
    r.send({ kind: "back" });
    r.choose("under-5");
    expect(r.question.options.map((o) => o.value)).not.toContain("offending");
    expect(r.question.selected).toEqual([]);
  });

  it("starts again with no answers, and cards from before are stale", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    const oldToken = r.question.token;
    r.send({ kind: "restart" });
    expect(r.result.notice).toBe("restarted");
    expect(r.question.id).toBe("danger");
    expect(r.state?.answers).toEqual({ indicators: {} });
    r.send({ kind: "choose", values: ["housing"], token: oldToken });
    expect(r.result.notice).toBe("passed");
    expect(r.question.id).toBe("danger");
  });

  it("cancels at any step, keeping nothing", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose("attendance");
    r.send({ kind: "cancel" });
    expect(r.result.step).toEqual({ kind: "ended", reason: "cancelled" });
    expect(r.state).toBeUndefined();
    r.send({ kind: "choose", values: ["basic-care"], token: "x.4" });
    expect(r.result.step).toEqual({ kind: "ended", reason: "none" });
  });
});

describe("stale buttons, bad input and expiry", () => {
  it("a press on an old card says the question has passed and changes nothing", () => {
    const r = new Replay();
    r.choose("no");
    const ageToken = r.question.token;
    r.choose("12-17");
    const before = structuredClone(r.state);
    r.send({ kind: "choose", values: ["5-11"], token: ageToken });
    expect(r.result.notice).toBe("passed");
    expect(r.question.id).toBe("domain:development");
    expect(r.state?.answers).toEqual(before?.answers);
    expect(r.state?.seq).toBe(before?.seq);
    r.send({ kind: "back", token: ageToken });
    expect(r.result.notice).toBe("passed");
    expect(r.question.id).toBe("domain:development");
  });

  it("a press on an old question card after the outcome shows the outcome again", () => {
    const r = new Replay();
    r.choose("no");
    const ageToken = r.question.token;
    r.choose("5-11");
    r.choose();
    r.choose();
    r.choose();
    r.choose("none");
    expect(r.result.step.kind).toBe("outcome");
    r.send({ kind: "choose", values: ["12-17"], token: ageToken });
    expect(r.result.notice).toBe("passed");
    expect(outcomeOf(r).level.number).toBe(1);
  });

  it("refuses answers that are not on offer, and a single question needs exactly one", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11", "12-17");
    expect(r.result.notice).toBe("chooseOne");
    expect(r.question.id).toBe("age");
    r.choose("teenager");
    expect(r.result.notice).toBe("invalid");
    r.choose("5-11");
    r.choose("offending"); // offered to 12-17 only
    expect(r.result.notice).toBe("invalid");
    expect(r.question.id).toBe("domain:development");
    r.send({ kind: "unclear" });
    expect(r.result.notice).toBe("invalid");
    r.send({ kind: "summary" });
    expect(r.result.notice).toBe("invalid");
  });

  it("expires after 30 minutes idle, and not before", () => {
    const r = new Replay();
    r.choose("no");
    r.send({ kind: "choose", values: ["5-11"], token: r.question.token }, 29);
    expect(r.question.id).toBe("domain:development");
    const stored = structuredClone(r.state);
    expect(current(content, stored, at(r.minute + 30))?.kind).toBe("question");
    expect(current(content, stored, at(r.minute + 31))).toBeUndefined();
    r.send({ kind: "choose", values: [], token: r.question.token }, 31);
    expect(r.result.step).toEqual({ kind: "ended", reason: "expired" });
    expect(r.state).toBeUndefined();
  });

  it("asking for the check while one is running shows where it was", () => {
    const r = new Replay();
    r.choose("no");
    r.send({ kind: "begin" });
    expect(r.result.notice).toBe("inProgress");
    expect(r.question.id).toBe("age");
  });

  it("treats a damaged or older-version state as no check at all", () => {
    for (const stored of [{ v: 2 }, "nonsense", { ...start(content, T0).state, step: "x" }]) {
      const result = answer(content, stored, { kind: "choose", values: ["no"] }, T0);
      expect(result.step).toEqual({ kind: "ended", reason: "none" });
      expect(result.state).toBeUndefined();
    }
  });
});

describe("the state", () => {
  it("is versioned, JSON-safe and holds answer ids only", () => {
    const r = playThrough({
      age: "12-17",
      development: ["risk-taking"],
      parenting: ["stress"],
      family: ["conflict"],
      support: "single",
      meeting: "partly",
    });
    const state = r.state!;
    expect(state.v).toBe(1);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(Object.keys(state).sort()).toEqual(["answers", "lastActive", "run", "seq", "step", "v"]);
    const json = JSON.stringify(state);
    // Only ids: no labels, no wording.
    for (const d of content.domains)
      for (const i of d.indicators) expect(json).not.toContain(i.label);
    expect(state.answers).toEqual({
      age: "12-17",
      indicators: { development: ["risk-taking"], parenting: ["stress"], family: ["conflict"] },
      support: "single",
      meeting: "partly",
    });
  });
});
