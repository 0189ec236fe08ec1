import { describe, expect, it } from "vitest";
import { computeTimeline } from "../../../src/core/rapid-review/compute-timeline.js";

const dates = (t: ReturnType<typeof computeTimeline>) =>
  Object.fromEntries(t.map((m) => [m.key, { day: m.day, due: m.due }]));

describe("rapid review timeline", () => {
  it("a child's case received on Friday 18 December 2026 runs across Christmas and New Year", () => {
    const t = computeTimeline({ received: "2026-12-18", kind: "child" });
    expect(dates(t)).toEqual({
      "notify-panel": { day: 1, due: "2026-12-18" },
      "notify-national-panel": { day: 5, due: "2026-12-24" },
      "rapid-review-meeting": { day: 10, due: "2027-01-05" },
      "recommendations-to-scrutineer": { day: 12, due: "2027-01-07" },
      "scrutineer-decision": { day: 14, due: "2027-01-11" },
      "outcome-to-review-board": { day: 15, due: "2027-01-12" },
      "final-report": { day: null, due: "2027-07-12" },
    });
    expect(t.map((m) => m.key)).not.toContain("final-report-to-national-panel");
  });

  it("an adult's case received on a Saturday counts from the Monday and has no national steps", () => {
    const t = computeTimeline({ received: "2026-12-19", kind: "adult" });
    expect(dates(t)).toEqual({
      "notify-panel": { day: 1, due: "2026-12-21" },
      "rapid-review-meeting": { day: 10, due: "2027-01-06" },
      "recommendations-to-scrutineer": { day: 12, due: "2027-01-08" },
      "scrutineer-decision": { day: 14, due: "2027-01-12" },
      "outcome-to-review-board": { day: 15, due: "2027-01-13" },
      "final-report": { day: null, due: "2027-07-13" },
    });
  });

  it("a domestic homicide over Easter 2027; its final report moves from a Saturday to the Friday", () => {
    const t = computeTimeline({ received: "2027-03-25", kind: "domestic-homicide" });
    expect(dates(t)).toEqual({
      "notify-panel": { day: 1, due: "2027-03-25" },
      "rapid-review-meeting": { day: 10, due: "2027-04-09" },
      "recommendations-to-scrutineer": { day: 12, due: "2027-04-13" },
      "scrutineer-decision": { day: 14, due: "2027-04-15" },
      "outcome-to-review-board": { day: 15, due: "2027-04-16" },
      // 16 October 2027 is a Saturday.
      "final-report": { day: null, due: "2027-10-15" },
    });
  });

  it.each([
    // [received, Day 15, final report, why]
    ["2027-08-10", "2027-08-31", "2028-02-29", "31 August + 6 months = 29 February in a leap year"],
    ["2026-08-10", "2026-08-28", "2027-02-26", "28 February 2027 is a Sunday: back to Friday"],
    ["2026-12-09", "2026-12-31", "2027-06-30", "31 December + 6 months = 30 June"],
    [
      "2026-10-14",
      "2026-11-03",
      "2027-04-30",
      "3 May 2027 is a bank holiday Monday: back to Friday",
    ],
  ])("received %s: Day 15 %s, final report %s (%s)", (received, day15, final) => {
    const t = dates(computeTimeline({ received, kind: "adult" }));
    expect(t["outcome-to-review-board"]?.due).toBe(day15);
    expect(t["final-report"]?.due).toBe(final);
  });

  it("a child's final report goes to the national panel 7 working days before publication", () => {
    const t = computeTimeline({ received: "2026-12-18", kind: "child", publication: "2027-09-01" });
    const last = t.at(-1);
    // Back from Wed 1 Sep 2027: 31, (30 is a bank holiday), 27, 26, 25, 24, 23, 20 August.
    expect(last).toMatchObject({
      key: "final-report-to-national-panel",
      day: null,
      due: "2027-08-20",
    });
  });

  it("a publication date adds nothing for an adult's case", () => {
    const t = computeTimeline({ received: "2026-12-18", kind: "adult", publication: "2027-09-01" });
    expect(t.map((m) => m.key)).not.toContain("final-report-to-national-panel");
  });

  it("every milestone says who and what, from the content; children's outcomes mention the national panel", () => {
    const child = computeTimeline({
      received: "2026-12-18",
      kind: "child",
      publication: "2027-09-01",
    });
    for (const m of child) {
      expect(m.title.length).toBeGreaterThan(3);
      expect(m.who.length).toBeGreaterThan(3);
      expect(m.what.length).toBeGreaterThan(20);
    }
    const outcome = (kind: "child" | "adult") =>
      computeTimeline({ received: "2026-12-18", kind }).find(
        (m) => m.key === "outcome-to-review-board",
      );
    expect(outcome("child")?.what).toMatch(/national/i);
    expect(outcome("adult")?.what).not.toMatch(/national/i);
  });

  it("every due date is a working day", () => {
    for (const kind of ["child", "adult", "domestic-homicide"] as const) {
      for (let d = 0; d < 400; d += 3) {
        const received = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
        for (const m of computeTimeline({ received, kind, publication: "2028-06-05" })) {
          const dow = new Date(`${m.due}T00:00:00Z`).getUTCDay();
          expect(dow === 0 || dow === 6, `${kind} ${received} ${m.key} ${m.due}`).toBe(false);
        }
      }
    }
  });
});
