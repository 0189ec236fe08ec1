import { describe, expect, it } from "vitest";
import { answer, current, type Outcome, start } from "../../dialogs/levels-of-need/flow.js";
import { readState } from "../../dialogs/levels-of-need/levels-state.js";
import { renderStep, summaryText } from "../../dialogs/levels-of-need/render.js";
import { replyToText } from "../../src/core/reply.js";
import { at, content, mash, playThrough, Replay, T0 } from "../levels-of-need/play.js";

/**
 * The Levels of Need flow on its own: a pure function of (state, input), replayed turn by turn
 * with the state passed through structuredClone, as the session store passes it.
 */

const outcomeOf = (r: Replay): Outcome => {
  const step = r.result.step;
  if (step.kind !== "outcome") throw new Error(`expected the outcome, got ${step.kind}`);
  return step;
};
const textOf = (r: Replay) =>
  renderStep(content, mash, r.result)
    .map((x) => replyToText(x))
    .join("\n");
const ticked = (o: Outcome, title: string) =>
  o.reasons.find((x) => x.title === title)?.items?.map((i) => i.id);

describe("the danger gate", () => {
  it("asks first whether the child is in immediate danger, and nothing else", () => {
    const r = new Replay();
    expect(r.question.id).toBe("danger");
    expect(r.question.number).toBe(1);
    expect(r.question.options.map((o) => o.value)).toEqual(["yes", "no"]);
  });

  it("ends at once on 'yes' with 999 first and the MASH numbers in full, keeping nothing", () => {
    const r = new Replay();
    r.choose("yes");
    expect(r.result.step).toEqual({ kind: "ended", reason: "danger" });
    expect(r.state).toBeUndefined();
    const [reply] = renderStep(content, mash, r.result);
    expect(reply!.blocks[0]).toEqual({ kind: "emergency", text: "Call 999 now", call: "Call 999" });
    const text = textOf(r);
    expect(text).toContain("01908 253169 or 01908 253170");
    expect(text).toContain("01908 265545");
  });

  it("an old 'Yes, in immediate danger' press gives the 999 advice again, whatever state", () => {
    for (const stored of [undefined, playThrough({ age: "5-11", support: "none" }).state]) {
      const result = answer(content, stored, { kind: "danger" }, at(2));
      expect(result.step).toEqual({ kind: "ended", reason: "danger" });
    }
  });
});

describe("the question counter", () => {
  it("numbers every question from 1 to 7, and the total never changes", () => {
    const r = new Replay();
    const seen: string[] = [];
    const answers: Record<string, string[]> = {
      danger: ["no"],
      age: ["5-11"],
      context: [],
      support: ["none"],
    };
    while (r.result.step.kind === "question") {
      const q = r.question;
      seen.push(`${q.id} ${q.number}/${q.total}`);
      r.choose(...(answers[q.id] ?? []));
    }
    expect(seen).toEqual([
      "danger 1/7",
      "age 2/7",
      "domain:development 3/7",
      "domain:parenting 4/7",
      "domain:family 5/7",
      "context 6/7",
      "support 7/7",
    ]);
    // Back from the outcome: the last question shows the same number as before.
    r.send({ kind: "back", token: outcomeOf(r).token });
    expect(`${r.question.number}/${r.question.total}`).toBe("7/7");
  });
});

describe("whole conversations for every level", () => {
  it("Level 1: nothing ticked, no support needed", () => {
    const o = outcomeOf(playThrough({ age: "5-11", support: "none" }));
    expect(o.level.number).toBe(1);
    expect(o.reasons.slice(0, 3).every((x) => x.items?.length === 0)).toBe(true);
  });

  it("Level 2: additional needs", () => {
    const o = outcomeOf(
      playThrough({
        age: "under-5",
        development: ["checks-missed"],
        parenting: ["young-parents"],
        support: "none",
      }),
    );
    expect(o.level.number).toBe(2);
    expect(ticked(o, "The child's development")).toEqual(["checks-missed"]);
  });

  it("Level 2: one complex need that the help in place is meeting", () => {
    const r = playThrough({ age: "12-17", development: ["mental-health"], support: "helping" });
    expect(outcomeOf(r).level.number).toBe(2);
  });

  it("Level 3: two complex needs, or one with no help, or help that is not working", () => {
    const cases = [
      playThrough({
        age: "12-17",
        development: ["missing"],
        family: ["domestic-abuse"],
        support: "helping",
      }),
      playThrough({ age: "5-11", parenting: ["parent-substance"], support: "none" }),
      playThrough({ age: "5-11", family: ["young-carer"], support: "too-early" }),
      playThrough({
        age: "5-11",
        development: ["attendance"],
        parenting: ["boundaries", "basic-care"],
        support: "not-helping",
      }),
    ];
    expect(cases.map((r) => outcomeOf(r).level.number)).toEqual([3, 3, 3, 3]);
  });

  it("the new statements are offered: physical punishment, lateness, minor health needs", () => {
    const o = outcomeOf(
      playThrough({
        age: "5-11",
        development: ["lateness", "minor-health"],
        parenting: ["physical-punishment"],
        support: "none",
      }),
    );
    expect(o.level.number).toBe(3);
    expect(ticked(o, "The child's development")).toEqual(["lateness", "minor-health"]);
  });

  it("Level 4: the outcome comes as soon as a statement of significant harm is ticked", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("under-5");
    r.choose("injury");
    const o = outcomeOf(r);
    expect(o.level.number).toBe(4);
    expect(o.stoppedEarly).toBe(true);
    expect(o.support).toBeUndefined();
    const [reply] = renderStep(content, mash, r.result);
    expect(reply!.blocks[0]).toMatchObject({
      kind: "emergency",
      text: expect.stringMatching(/999/),
    });
    const text = textOf(r);
    expect(text).toMatch(/Contact the MASH now: 01908 253169/);
    expect(text).toMatch(/I stopped asking/);
    // The questions not asked are left off the card (the summary says "not asked").
    expect(text).not.toMatch(/Parenting capacity/);
  });

  it("Level 4 ticked in the last domain stops there too; back and untick carries on", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose();
    r.choose("struggling");
    r.choose("fgm");
    expect(outcomeOf(r).level.number).toBe(4);
    r.send({ kind: "back", token: outcomeOf(r).token });
    expect(r.question.id).toBe("domain:family");
    expect(r.question.selected).toEqual(["fgm"]);
    r.choose("housing");
    expect(r.question.id).toBe("context");
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
      expect(text).not.toMatch(/\.md\b|\.yaml\b|shared\/|knowledge\//);
      expect(reply!.buttons?.map((b) => b.action)).toEqual(
        expect.arrayContaining(["mash", "levels:summary"]),
      );
    }
  });
});

describe("next steps follow from the answers", () => {
  const next = (r: Replay) => outcomeOf(r).next.join("\n");

  it("Level 3 with no help yet does not speak of help already given", () => {
    const none = next(playThrough({ age: "5-11", family: ["domestic-abuse"], support: "none" }));
    expect(none).not.toMatch(/CAF as part 2 to show the help already given/);
    expect(none).toMatch(/No extra help has been given yet/);
    const tried = next(
      playThrough({ age: "5-11", family: ["domestic-abuse"], support: "not-helping" }),
    );
    expect(tried).toMatch(/CAF as part 2 to show the help already given/);
  });

  it("Level 2 with help that works does not ask for consent to extra support", () => {
    const working = next(playThrough({ age: "5-11", family: ["money"], support: "helping" }));
    expect(working).not.toMatch(/consent to extra support/);
    expect(working).toMatch(/keep it going/);
    expect(next(playThrough({ age: "5-11", family: ["money"], support: "none" }))).toMatch(
      /consent to extra support/,
    );
  });

  it("with children's social care involved, points to the allocated social worker, not a CAF", () => {
    const l2 = next(playThrough({ age: "5-11", family: ["money"], support: "social-care" }));
    expect(l2).toMatch(/allocated social worker/);
    expect(l2).not.toMatch(/start a CAF/);
    const l3 = next(
      playThrough({ age: "5-11", family: ["domestic-abuse"], support: "social-care" }),
    );
    expect(l3).toMatch(/allocated social worker/);
    expect(l3).not.toMatch(/written consent to a referral/);
  });

  it("a lone childminder is told whom to ring, not only to see a DSL they do not have", () => {
    const r = playThrough({
      age: "under-5",
      family: ["domestic-abuse"],
      context: ["lone-worker"],
      support: "none",
    });
    const o = outcomeOf(r);
    expect(o.alone).toBe(true);
    expect(o.next.join("\n")).toMatch(/You work alone, so ring the MASH for advice first/);
    expect(o.next.join("\n")).not.toMatch(/^Talk to your designated safeguarding lead/m);
    expect(textOf(r)).toMatch(/no designated safeguarding lead or manager to talk it through with/);
    expect(textOf(r)).toContain("01908 253169");
  });

  it("other children in the household, the child's views and strengths shape the steps", () => {
    const withAll = next(
      playThrough({
        age: "5-11",
        family: ["money"],
        context: ["other-children", "views-known", "strengths"],
        support: "none",
      }),
    );
    expect(withAll).toMatch(/other children in the household/);
    expect(withAll).not.toMatch(/Find out the child's own views/);
    expect(withAll).toMatch(/Build on what is going well/);
    const without = next(playThrough({ age: "5-11", family: ["money"], support: "none" }));
    expect(without).toMatch(/Find out the child's own views/);
    expect(without).not.toMatch(/other children/);
  });
});

describe("the summary for the MARF", () => {
  it("gives the level, the reasons by domain, the context and the help, from the answers only", () => {
    const r = playThrough({
      age: "12-17",
      development: ["offending", "missing"],
      family: ["housing"],
      context: ["other-children"],
      support: "not-helping",
    });
    r.send({ kind: "summary", token: outcomeOf(r).token });
    const o = outcomeOf(r);
    expect(o.view).toBe("summary");
    const text = summaryText(content, o);
    expect(text).toMatch(/Level 3, Complex needs/);
    expect(text).toMatch(/The child's development: Starting to get into trouble/);
    expect(text).toMatch(/Family and environment: Housing is poor/);
    expect(text).toMatch(/Parenting capacity: none noted/);
    expect(text).toMatch(/household: There are other children in the household/);
    expect(text).toMatch(/Help in place: Extra help is in place, but the worries continue/);
  });
});

describe("the summary after an early Level 4", () => {
  it("says which questions were not asked, rather than 'none noted'", () => {
    const r = playThrough({ age: "12-17", development: ["disclosure"], support: "none" });
    const o = r.result.step as Outcome;
    r.send({ kind: "summary", token: o.token });
    const text = summaryText(content, outcomeOf(r));
    expect(text).toMatch(/The child's development: The child has told someone/);
    expect(text).toMatch(/Parenting capacity: not asked\./);
    expect(text).toMatch(/Help in place: not asked\./);
  });
});

describe("ticks survive every way of moving on", () => {
  it("'keep' (typed next, or Next without the list) carries the ticks forward", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose("checks-missed", "attendance");
    r.send({ kind: "back", token: r.question.token });
    expect(r.question.selected).toEqual(["checks-missed", "attendance"]);
    r.send({ kind: "keep" });
    expect(r.question.id).toBe("domain:parenting");
    expect(r.state?.answers.indicators.development).toEqual(["checks-missed", "attendance"]);
  });

  it("typed numbers on a question with ticks are added to them, and the next card says so", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose("checks-missed");
    r.send({ kind: "back" });
    const offered = r.question.options.map((o) => o.value);
    r.send({ kind: "choose", values: ["attendance"], add: true });
    expect(r.state?.answers.indicators.development).toEqual(["checks-missed", "attendance"]);
    expect(r.result.notice).toEqual({
      kind: "added",
      added: [offered.indexOf("attendance") + 1],
      count: 2,
      title: "The child's development",
    });
    expect(textOf(r)).toMatch(
      /I added what you typed \(\d+\) to what you had already ticked on "The child's development", so now 2 are ticked/,
    );
  });

  it("a pressed Next sends the list as it stands, so unticking works", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11");
    r.choose("checks-missed", "attendance");
    r.send({ kind: "back" });
    r.choose("attendance");
    expect(r.state?.answers.indicators.development).toEqual(["attendance"]);
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
    expect(r.result.notice).toEqual({ kind: "nothingToGoBackTo" });
  });

  it("goes back from the outcome to change an answer, and the level follows", () => {
    const r = playThrough({ age: "5-11", family: ["domestic-abuse"], support: "none" });
    expect(outcomeOf(r).level.number).toBe(3);
    r.send({ kind: "back", token: outcomeOf(r).token });
    expect(r.question.id).toBe("support");
    r.choose("helping");
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
    expect(r.result.notice).toEqual({ kind: "restarted" });
    expect(r.question.id).toBe("danger");
    expect(r.state?.answers).toEqual({ indicators: {} });
    r.send({ kind: "choose", values: ["housing"], token: oldToken });
    expect(r.result.notice).toEqual({ kind: "passed" });
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
    expect(r.result.notice).toEqual({ kind: "passed" });
    expect(r.question.id).toBe("domain:development");
    expect(r.state?.answers).toEqual(before?.answers);
    expect(r.state?.seq).toBe(before?.seq);
  });

  it("a press on an old card after the outcome gets a short note, not the whole result", () => {
    const r = new Replay();
    r.choose("no");
    const ageToken = r.question.token;
    r.choose("5-11");
    r.choose();
    r.choose();
    r.choose();
    r.choose();
    r.choose("none");
    expect(r.result.step.kind).toBe("outcome");
    r.send({ kind: "choose", values: ["12-17"], token: ageToken });
    expect(outcomeOf(r).view).toBe("finished");
    const [reply] = renderStep(content, mash, r.result);
    expect(reply!.blocks).toHaveLength(1);
    expect(replyToText(reply!)).toMatch(
      /That check has finished, with a suggested Level 1, Universal/,
    );
  });

  it("refuses answers that are not on offer, and a single question needs exactly one", () => {
    const r = new Replay();
    r.choose("no");
    r.choose("5-11", "12-17");
    expect(r.result.notice).toEqual({ kind: "chooseOne" });
    expect(r.question.id).toBe("age");
    r.choose("teenager");
    expect(r.result.notice).toEqual({ kind: "invalid" });
    r.choose("5-11");
    r.choose("offending"); // offered to 12-17 only
    expect(r.result.notice).toEqual({ kind: "invalid" });
    expect(r.question.id).toBe("domain:development");
    r.send({ kind: "unclear" });
    expect(r.result.notice).toEqual({ kind: "invalid" });
    r.send({ kind: "summary" });
    expect(r.result.notice).toEqual({ kind: "invalid" });
  });

  it("expires after 30 minutes idle, and not before", () => {
    const r = new Replay();
    r.choose("no");
    r.send({ kind: "choose", values: ["5-11"], token: r.question.token }, 29);
    expect(r.question.id).toBe("domain:development");
    const stored = structuredClone(r.state);
    expect(current(content, stored, at(r.minute + 30))).toMatchObject({ kind: "question" });
    expect(current(content, stored, at(r.minute + 31))).toBeUndefined();
    r.send({ kind: "choose", values: [], token: r.question.token }, 31);
    expect(r.result.step).toEqual({ kind: "ended", reason: "expired" });
    expect(r.state).toBeUndefined();
  });

  it("asking for the check while one is running shows where it was", () => {
    const r = new Replay();
    r.choose("no");
    r.send({ kind: "begin" });
    expect(r.result.notice).toEqual({ kind: "inProgress" });
    expect(r.question.id).toBe("age");
  });

  it("treats a damaged or older-version state as no check at all", () => {
    const v1 = { ...start(content, T0).state, v: 1 };
    for (const stored of [{ v: 2 }, "nonsense", v1, { ...start(content, T0).state, step: "x" }]) {
      const result = answer(content, readState(stored), { kind: "choose", values: ["no"] }, T0);
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
      context: ["views-known"],
      support: "too-early",
    });
    const state = r.state!;
    expect(state.v).toBe(2);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const json = JSON.stringify(state);
    for (const d of content.domains)
      for (const i of d.indicators) expect(json).not.toContain(i.label);
    expect(state.answers).toEqual({
      age: "12-17",
      indicators: { development: ["risk-taking"], parenting: ["stress"], family: ["conflict"] },
      context: ["views-known"],
      support: "too-early",
    });
  });
});
