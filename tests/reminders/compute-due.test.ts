import { describe, expect, it } from "vitest";
import { type Delivery, due, type ReviewForReminders } from "../../src/reminders/compute-due.js";

const opts = { reminderTime: "09:00" };

function review(over: Partial<ReviewForReminders> = {}): ReviewForReminders {
  return {
    id: "RR-0001",
    caseRef: "CR-2026-014",
    kind: "child",
    received: "2026-12-18",
    done: {},
    createdAt: "2026-12-18T10:00:00.000Z",
    ...over,
  };
}

/**
 * Walks a fake clock minute by minute, as the loop would, delivering everything due() returns
 * and recording the London time it went out. `onMinute` may change the reviews on the way.
 */
function walk(
  reviews: ReviewForReminders[],
  from: string,
  to: string,
  onMinute?: (now: Date, reviews: ReviewForReminders[]) => void,
  options = opts,
): { at: string; d: Delivery }[] {
  const sent = new Set<string>();
  const log: { at: string; d: Delivery }[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 60_000) {
    const now = new Date(t);
    onMinute?.(now, reviews);
    for (const d of due(now, reviews, sent, options)) {
      sent.add(d.key);
      log.push({ at: now.toISOString(), d });
    }
  }
  return log;
}

describe("reminders across Christmas and New Year", () => {
  it("a child's review received Friday 18 December 2026 reminds on exactly these days at 09:00", () => {
    const log = walk([review()], "2026-12-18T10:00:00Z", "2027-01-15T23:59:00Z");
    expect(
      log.map(({ at, d }) => `${at.slice(0, 16)} ${d.milestone} ${d.type}${d.late ? " late" : ""}`),
    ).toEqual([
      // Started at 10:00 on Day 1: the "due" notice goes at once (the hour has passed).
      "2026-12-18T10:00 notify-panel due",
      "2026-12-21T09:00 notify-panel overdue",
      "2026-12-23T09:00 notify-national-panel before",
      "2026-12-24T09:00 notify-national-panel due",
      // 25 and 28 December are bank holidays; 26-27 a weekend: the overdue notice waits.
      "2026-12-29T09:00 notify-national-panel overdue",
      // 1 January is a bank holiday; 2-3 a weekend.
      "2027-01-04T09:00 rapid-review-meeting before",
      "2027-01-05T09:00 rapid-review-meeting due",
      "2027-01-06T09:00 rapid-review-meeting overdue",
      "2027-01-06T09:00 recommendations-to-scrutineer before",
      "2027-01-07T09:00 recommendations-to-scrutineer due",
      "2027-01-08T09:00 recommendations-to-scrutineer overdue",
      "2027-01-08T09:00 scrutineer-decision before",
      "2027-01-11T09:00 scrutineer-decision due",
      "2027-01-11T09:00 outcome-to-review-board before",
      "2027-01-12T09:00 scrutineer-decision overdue",
      "2027-01-12T09:00 outcome-to-review-board due",
      "2027-01-13T09:00 outcome-to-review-board overdue",
    ]);
    for (const { d } of log) {
      expect(d.key).toBe(`${d.reviewId}:${d.milestone}:${d.type}:${d.date}`);
      expect(d.late).toBe(false);
    }
  });

  it("milestones marked done get no more reminders; a closed review gets none at all", () => {
    const log = walk(
      [review(), review({ id: "RR-0002", caseRef: "CR-2" })],
      "2026-12-18T10:00:00Z",
      "2027-01-15T23:59:00Z",
      (now, reviews) => {
        const iso = now.toISOString();
        const [first, second] = reviews as [ReviewForReminders, ReviewForReminders];
        if (iso === "2026-12-18T12:00:00.000Z") first.done["notify-panel"] = { at: iso };
        if (iso === "2026-12-24T08:00:00.000Z") first.done["notify-national-panel"] = { at: iso };
        if (iso === "2026-12-22T12:00:00.000Z") second.closed = { at: iso };
      },
    );
    const got = log.map(({ at, d }) => `${d.reviewId} ${at.slice(0, 10)} ${d.milestone} ${d.type}`);
    expect(got).not.toContain("RR-0001 2026-12-21 notify-panel overdue");
    expect(got).toContain("RR-0001 2026-12-23 notify-national-panel before");
    expect(
      got.filter((g) => g.includes("RR-0001 ") && g.includes("notify-national-panel")),
    ).toEqual(["RR-0001 2026-12-23 notify-national-panel before"]);
    // RR-0002 was closed on 22 December: nothing after that day.
    expect(
      got.filter((g) => g.startsWith("RR-0002")).every((g) => g.slice(8, 18) <= "2026-12-22"),
    ).toBe(true);
    expect(got.filter((g) => g.startsWith("RR-0002"))).toHaveLength(2);
  });

  it("uses the configured reminder time, in London time through the summer", () => {
    const summer = review({
      received: "2027-06-14",
      createdAt: "2027-06-14T07:00:00.000Z",
      kind: "adult",
    });
    const log = walk([summer], "2027-06-14T07:00:00Z", "2027-06-16T23:00:00Z", undefined, {
      reminderTime: "07:30",
    });
    // 07:30 BST is 06:30 UTC. Started at 08:00 BST, Day 1's notice goes at once.
    expect(log.map(({ at, d }) => `${at.slice(0, 16)} ${d.milestone} ${d.type}`)).toEqual([
      "2027-06-14T07:00 notify-panel due",
      "2027-06-15T06:30 notify-panel overdue",
    ]);
  });
});

describe("missed reminders", () => {
  it("a restart later the same day sends that day's reminders, then never again", () => {
    const r = review();
    const at = new Date("2026-12-24T15:42:00Z");
    // Sent before the restart: everything up to the 23rd. Down from 08:00 to 15:42 on the 24th.
    const before = [
      { key: "RR-0001:notify-panel:overdue:2026-12-21" },
      { key: "RR-0001:notify-national-panel:before:2026-12-23" },
    ];
    const first = due(at, [r], before, opts);
    expect(first.map((d) => `${d.milestone} ${d.type} ${d.late}`)).toEqual([
      "notify-national-panel due false",
    ]);
    const after = [...before, ...first];
    expect(due(at, [r], after, opts)).toEqual([]);
    expect(due(new Date("2026-12-24T23:59:00Z"), [r], after, opts)).toEqual([]);
  });

  it("after a long outage each open milestone gets one catch-up (its newest notice), not the backlog", () => {
    const r = review();
    // Down from the 18th until 15:00 on 6 January: nothing recorded since Day 1.
    const list = due(
      new Date("2027-01-06T15:00:00Z"),
      [r],
      new Set(["RR-0001:notify-panel:due:2026-12-18"]),
      opts,
    );
    expect(list.map((d) => `${d.milestone} ${d.type} ${d.date}${d.late ? " late" : ""}`)).toEqual([
      "notify-panel overdue 2026-12-21 late",
      "notify-national-panel overdue 2026-12-29 late",
      "rapid-review-meeting overdue 2027-01-06",
      "recommendations-to-scrutineer before 2027-01-06",
    ]);
  });

  it("nothing goes out before the reminder time, even catch-ups", () => {
    expect(due(new Date("2027-01-06T08:59:00Z"), [review()], [], opts)).toEqual([]);
    expect(due(new Date("2027-01-06T09:00:00Z"), [review()], [], opts)).not.toEqual([]);
  });

  it("notices from before the review was registered are not sent (the timeline shows them)", () => {
    // Registered on 6 January for a notification received on 18 December.
    const late = review({ createdAt: "2027-01-06T14:00:00.000Z" });
    const list = due(new Date("2027-01-06T14:01:00Z"), [late], [], opts);
    expect(list.map((d) => `${d.milestone} ${d.type}`)).toEqual([
      "rapid-review-meeting overdue",
      "recommendations-to-scrutineer before",
    ]);
  });

  it("a review registered after midnight in London, late the evening before in UTC, gets nothing for the day before", () => {
    // Received Friday 11 June 2027; registered at 00:30 BST on Saturday, 23:30 UTC on Friday.
    const r = (createdAt: string) => review({ kind: "adult", received: "2027-06-11", createdAt });
    const saturday = new Date("2027-06-12T09:00:00Z");
    expect(due(saturday, [r("2027-06-11T23:30:00.000Z")], [], opts)).toEqual([]);
    expect(due(saturday, [r("2027-06-12T00:30:00+01:00")], [], opts)).toEqual([]);
    // Registered at 23:30 BST on the Friday itself: Friday's notice is sent, late.
    const friday = due(saturday, [r("2027-06-11T22:30:00.000Z")], [], opts);
    expect(friday.map((d) => `${d.milestone} ${d.type} ${d.date}${d.late ? " late" : ""}`)).toEqual(
      ["notify-panel due 2027-06-11 late"],
    );
  });

  it("each review gets the same reminders whatever else is open, across years and bank holidays", () => {
    const reviews = [
      review(),
      review({
        id: "RR-0002",
        received: "2025-12-19",
        kind: "adult",
        createdAt: "2025-12-19T09:00:00Z",
      }),
      review({
        id: "RR-0003",
        received: "2027-03-24",
        publication: "2028-01-05",
        createdAt: "2027-03-24T09:00:00Z",
      }),
    ];
    const at = new Date("2027-12-24T09:00:00Z");
    const together = due(at, reviews, [], opts);
    expect(together).toEqual(reviews.flatMap((r) => due(at, [r], [], opts)));
    expect(
      together.map((d) => `${d.reviewId} ${d.milestone} ${d.type} ${d.date} due ${d.due}`),
    ).toEqual([
      "RR-0001 notify-panel overdue 2026-12-21 due 2026-12-18",
      "RR-0001 notify-national-panel overdue 2026-12-29 due 2026-12-24",
      "RR-0001 rapid-review-meeting overdue 2027-01-06 due 2027-01-05",
      "RR-0001 recommendations-to-scrutineer overdue 2027-01-08 due 2027-01-07",
      "RR-0001 scrutineer-decision overdue 2027-01-12 due 2027-01-11",
      "RR-0001 outcome-to-review-board overdue 2027-01-13 due 2027-01-12",
      "RR-0001 final-report overdue 2027-07-13 due 2027-07-12",
      // Christmas 2025 (25, 26 December) and New Year's Day 2026 fall inside its fifteen days.
      "RR-0002 notify-panel overdue 2025-12-22 due 2025-12-19",
      "RR-0002 rapid-review-meeting overdue 2026-01-07 due 2026-01-06",
      "RR-0002 recommendations-to-scrutineer overdue 2026-01-09 due 2026-01-08",
      "RR-0002 scrutineer-decision overdue 2026-01-13 due 2026-01-12",
      "RR-0002 outcome-to-review-board overdue 2026-01-14 due 2026-01-13",
      "RR-0002 final-report overdue 2026-07-14 due 2026-07-13",
      // Easter 2027 (26, 29 March); publication on 5 January 2028 counts back over 3 January
      // 2028 and 27-28 December 2027 (substitute days).
      "RR-0003 notify-panel overdue 2027-03-25 due 2027-03-24",
      "RR-0003 notify-national-panel overdue 2027-04-02 due 2027-04-01",
      "RR-0003 rapid-review-meeting overdue 2027-04-09 due 2027-04-08",
      "RR-0003 recommendations-to-scrutineer overdue 2027-04-13 due 2027-04-12",
      "RR-0003 scrutineer-decision overdue 2027-04-15 due 2027-04-14",
      "RR-0003 outcome-to-review-board overdue 2027-04-16 due 2027-04-15",
      "RR-0003 final-report overdue 2027-10-18 due 2027-10-15",
      "RR-0003 final-report-to-national-panel overdue 2027-12-23 due 2027-12-22",
    ]);
  });

  it("a new publication date brings the national panel reminders", () => {
    const r = review({ publication: "2027-09-01" });
    const list = due(new Date("2027-08-19T09:00:00Z"), [r], [], opts);
    expect(list.map((d) => d.key)).toContain(
      "RR-0001:final-report-to-national-panel:before:2027-08-19",
    );
  });
});
