import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MilestoneKey, ReviewKind } from "../../src/core/rapid-review/types.js";
import { addCalendarDays } from "../../src/core/rapid-review/working-days.js";
import {
  type DeliveredKeys,
  due,
  type ReviewForReminders,
} from "../../src/reminders/compute-due.js";
import { KEEP_DELIVERIES_DAYS, prunableDeliveries } from "../../src/reminders/prune-deliveries.js";

const opts = { reminderTime: "09:00" };
const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00Z`);
const MILESTONES: MilestoneKey[] = [
  "notify-panel",
  "notify-national-panel",
  "rapid-review-meeting",
  "recommendations-to-scrutineer",
  "scrutineer-decision",
  "outcome-to-review-board",
  "final-report",
  "final-report-to-national-panel",
];

type Entry = { status: "sending" | "sent" };
const keysOf = (map: Record<string, Entry>): DeliveredKeys => new Set(Object.keys(map));

/** A random history: reviews, and things happening to them on given days (or the loop not running). */
const history = fc.record({
  start: fc.integer({ min: 0, max: 400 }),
  reviews: fc.array(
    fc.record({
      kind: fc.constantFrom<ReviewKind>("child", "adult", "domestic-homicide"),
      receivedOffset: fc.integer({ min: 0, max: 60 }),
      startedLate: fc.integer({ min: 0, max: 5 }),
      publication: fc.option(fc.integer({ min: 30, max: 250 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  events: fc.array(
    fc.oneof(
      fc.record({
        day: fc.integer({ min: 0, max: 260 }),
        kind: fc.constant("done" as const),
        review: fc.nat(3),
        milestone: fc.constantFrom(...MILESTONES),
      }),
      fc.record({
        day: fc.integer({ min: 0, max: 260 }),
        kind: fc.constant("close" as const),
        review: fc.nat(3),
      }),
      fc.record({
        day: fc.integer({ min: 0, max: 260 }),
        kind: fc.constant("publication" as const),
        review: fc.nat(3),
        offset: fc.integer({ min: 20, max: 250 }),
      }),
      fc.record({ day: fc.integer({ min: 0, max: 260 }), kind: fc.constant("skip" as const) }),
    ),
    { maxLength: 25 },
  ),
  // Some intents are left "sending", as a crash between the two writes leaves them.
  crashEvery: fc.integer({ min: 3, max: 40 }),
});

describe("pruning delivery records", () => {
  it("never changes what due() sends, on the day it runs or any later day (random histories)", () => {
    fc.assert(
      fc.property(history, (h) => {
        const first = addCalendarDays("2025-01-01", h.start);
        let reviews: ReviewForReminders[] = h.reviews.map((r, i) => {
          const received = addCalendarDays(first, r.receivedOffset);
          return {
            id: `RR-${String(i + 1).padStart(4, "0")}`,
            caseRef: `CR-${i + 1}`,
            kind: r.kind,
            received,
            ...(r.kind === "child" && r.publication
              ? { publication: addCalendarDays(received, r.publication) }
              : {}),
            done: {},
            createdAt: at(addCalendarDays(received, r.startedLate), "11:00").toISOString(),
          };
        });
        // Full history (never pruned) against pruned, built by the same runs.
        const full: Record<string, Entry> = {};
        let pruned: Record<string, Entry> = {};
        let writes = 0;
        const horizon = 300;
        for (let day = 0; day <= horizon; day++) {
          const today = addCalendarDays(first, day);
          for (const e of h.events) {
            if (e.day !== day || e.kind === "skip") continue;
            const i = e.review % reviews.length;
            reviews = reviews.map((r, j) => {
              if (j !== i || r.closed) return r;
              if (e.kind === "done") return { ...r, done: { ...r.done, [e.milestone]: true } };
              if (e.kind === "close") return { ...r, closed: true };
              return r.kind === "child"
                ? { ...r, publication: addCalendarDays(r.received, e.offset) }
                : r;
            });
          }
          // Pruning happens on the first write of a day, before the loop looks.
          for (const key of prunableDeliveries(today, reviews, new Map(Object.entries(pruned)))) {
            pruned = { ...pruned };
            delete pruned[key];
          }
          // What due() says now and on later days must not change.
          for (const later of [0, 1, 3, 15, 40]) {
            const when = at(addCalendarDays(today, later));
            expect(due(when, reviews, keysOf(pruned), opts)).toEqual(
              due(when, reviews, keysOf(full), opts),
            );
          }
          if (h.events.some((e) => e.kind === "skip" && e.day === day)) continue;
          for (const d of due(at(today), reviews, keysOf(pruned), opts)) {
            writes++;
            const status = writes % h.crashEvery === 0 ? "sending" : "sent";
            full[d.key] = { status };
            pruned[d.key] = { status };
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps every record for two weeks, then drops what due() cannot need and keeps the open overdue notices", () => {
    const review = {
      id: "RR-0001",
      done: { "notify-panel": { at: "x", by: "U1" } },
    } as const;
    const deliveries = {
      "RR-0001:rapid-review-meeting:before:2027-01-04": { status: "sent" },
      "RR-0001:rapid-review-meeting:due:2027-01-05": { status: "sent" },
      "RR-0001:rapid-review-meeting:overdue:2027-01-06": { status: "sent" },
      "RR-0001:notify-panel:overdue:2027-01-06": { status: "sent" },
      "RR-0001:scrutineer-decision:overdue:2027-01-06": { status: "sending" },
      "RR-0002:final-report:overdue:2027-01-06": { status: "sent" },
    };
    const reviews = [review, { id: "RR-0002", done: {}, closed: { at: "x", by: "U1" } }];
    expect(prunableDeliveries("2027-01-18", reviews, new Map(Object.entries(deliveries)))).toEqual(
      [],
    );
    const day = addCalendarDays("2027-01-06", KEEP_DELIVERIES_DAYS + 1);
    expect(prunableDeliveries(day, reviews, new Map(Object.entries(deliveries))).sort()).toEqual([
      "RR-0001:notify-panel:overdue:2027-01-06", // done
      "RR-0001:rapid-review-meeting:before:2027-01-04", // superseded by its due notice
      "RR-0001:rapid-review-meeting:due:2027-01-05", // superseded by its overdue notice
      "RR-0002:final-report:overdue:2027-01-06", // review closed
    ]);
    // The open milestone's overdue notice and the unresolved intent stay, however old.
    const muchLater = prunableDeliveries(
      "2030-01-01",
      reviews,
      new Map(Object.entries(deliveries)),
    );
    expect(muchLater).not.toContain("RR-0001:rapid-review-meeting:overdue:2027-01-06");
    expect(muchLater).not.toContain("RR-0001:scrutineer-decision:overdue:2027-01-06");
  });
});

describe("due() with a set that reports removals per review", () => {
  /** A set of keys that counts removals per review, as the register does. */
  class CountingKeys implements DeliveredKeys {
    readonly keys = new Set<string>();
    private removed = new Map<string, number>();
    has(key: string) {
      return this.keys.has(key);
    }
    delete(key: string) {
      this.keys.delete(key);
      const id = key.split(":")[0] as string;
      this.removed.set(id, (this.removed.get(id) ?? 0) + 1);
    }
    removalsFor(id: string) {
      return this.removed.get(id) ?? 0;
    }
  }

  it("offers a notice again once its key is removed, and never one that is recorded", () => {
    const r: ReviewForReminders = {
      id: "RR-0001",
      caseRef: "CR-1",
      kind: "child",
      received: "2026-12-18",
      done: {},
      createdAt: "2026-12-18T10:00:00.000Z",
    };
    const sent = new CountingKeys();
    const now = at("2026-12-18");
    const first = due(now, [r], sent, opts);
    expect(first.length).toBeGreaterThan(0);
    for (const d of first) sent.keys.add(d.key);
    expect(due(now, [r], sent, opts)).toEqual([]);
    expect(due(new Date(now.getTime() + 60_000), [r], sent, opts)).toEqual([]);
    const forgotten = first[0]?.key as string;
    sent.delete(forgotten);
    expect(due(now, [r], sent, opts).map((d) => d.key)).toEqual([forgotten]);
    // Marking the milestone done in place is seen at once (done is read on every call).
    const milestone = first[0]?.milestone as MilestoneKey;
    r.done[milestone] = true;
    expect(due(now, [r], sent, opts)).toEqual([]);
  });
});
