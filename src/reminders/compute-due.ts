import { computeMilestoneDates } from "../core/rapid-review/compute-timeline.js";
import { deliveryKey } from "../core/rapid-review/delivery-key.js";
import type { MilestoneKey, ReminderType, ReviewKind } from "../core/rapid-review/types.js";
import {
  londonDate,
  londonTime,
  nextWorkingDayAfter,
  workingDaysBefore,
} from "../core/rapid-review/working-days.js";

export type { ReminderType };

/** What due() needs of a review (a ReviewRecord from the register fits). */
export interface ReviewForReminders {
  id: string;
  caseRef: string;
  kind: ReviewKind;
  received: string;
  publication?: string;
  done: Partial<Record<MilestoneKey, unknown>>;
  closed?: unknown;
  /** ISO instant the review was registered. */
  createdAt: string;
}

/** One reminder to send now. */
export interface Delivery {
  /** `${reviewId}:${milestone}:${type}:${date}`: the same notice always has the same key. */
  key: string;
  reviewId: string;
  caseRef: string;
  kind: ReviewKind;
  milestone: MilestoneKey;
  type: ReminderType;
  /** The working day this notice belongs to (YYYY-MM-DD). */
  date: string;
  /** The milestone's due date (YYYY-MM-DD). */
  due: string;
  /** True when the notice belonged to an earlier day and is sent as a catch-up. */
  late: boolean;
}

/** The keys of notices already delivered or being delivered (a Set fits). */
export interface DeliveredKeys {
  has(key: string): boolean;
}

export interface DueOptions {
  /** "HH:MM" Europe/London; nothing is sent earlier in the day. */
  reminderTime: string;
}

export { deliveryKey };

interface Notice {
  type: ReminderType;
  date: string;
}

interface Schedule {
  key: MilestoneKey;
  due: string;
  /** Newest first: overdue, due, before. */
  notices: Notice[];
}

/**
 * Each milestone's three notices. Reviews of one kind received on one day (and, for a child,
 * with one publication date) share every deadline, so the schedules are kept by those three
 * values: due() runs every minute over every open review, and working out working days for
 * each again would be most of its time. A plain map, emptied when it grows large.
 */
const schedules = new Map<string, Schedule[]>();
const SCHEDULES_KEPT = 20_000;

function scheduleFor(r: ReviewForReminders): Schedule[] {
  const id = `${r.received}|${r.kind}|${r.publication ?? ""}`;
  let schedule = schedules.get(id);
  if (!schedule) {
    schedule = computeMilestoneDates(r).map((m) => ({
      key: m.key,
      due: m.due,
      notices: [
        { type: "overdue", date: nextWorkingDayAfter(m.due) },
        { type: "due", date: m.due },
        { type: "before", date: workingDaysBefore(m.due, 1) },
      ],
    }));
    if (schedules.size >= SCHEDULES_KEPT) schedules.clear();
    schedules.set(id, schedule);
  }
  return schedule;
}

/**
 * The notice of each milestone to send on `today` if it is not done: the newest whose day has
 * come (overdue, then due, then the working day before). None for days before the review was
 * registered: the timeline posted when it was started showed those.
 */
function noticesFor(r: ReviewForReminders, today: string) {
  let startedOn: string | undefined;
  const out: { milestone: MilestoneKey; due: string; notice: Notice }[] = [];
  for (const m of scheduleFor(r)) {
    if (r.done[m.key]) continue;
    const notice = m.notices.find((n) => n.date <= today);
    if (!notice) continue;
    startedOn ??= londonDate(new Date(r.createdAt));
    if (notice.date >= startedOn) out.push({ milestone: m.key, due: m.due, notice });
  }
  return out;
}

/**
 * The reminders to send at `now`. Pure: a function of (now, reviews, deliveries) alone.
 *
 * Each open milestone has three notices, all on working days: "before" (the working day before
 * the due date), "due" (the due date) and "overdue" (the next working day after it; only one).
 * Nothing is sent before `reminderTime` (Europe/London) on any day. From then on, for each
 * milestone not done, the NEWEST notice whose day has come is sent unless it is already in
 * `deliveries`. So a restart later the same day still sends that day's notices, and after a
 * longer outage each milestone gets at most one catch-up (marked `late`), never the backlog:
 * an older notice that a newer one replaces is never sent. Notices that belong to days before
 * the review was registered are not sent either: the timeline posted when it was started shows
 * those. Done milestones and closed reviews get nothing.
 */
export function due(
  now: Date,
  reviews: readonly ReviewForReminders[],
  deliveries: DeliveredKeys | readonly { key: string }[],
  options: DueOptions,
): Delivery[] {
  if (londonTime(now) < options.reminderTime) return [];
  const today = londonDate(now);
  const sent: DeliveredKeys = Array.isArray(deliveries)
    ? new Set((deliveries as readonly { key: string }[]).map((d) => d.key))
    : (deliveries as DeliveredKeys);
  const out: Delivery[] = [];
  for (const r of reviews) {
    if (r.closed) continue;
    for (const { milestone, due, notice } of noticesFor(r, today)) {
      const key = deliveryKey(r.id, milestone, notice.type, notice.date);
      if (sent.has(key)) continue;
      out.push({
        key,
        reviewId: r.id,
        caseRef: r.caseRef,
        kind: r.kind,
        milestone,
        type: notice.type,
        date: notice.date,
        due,
        late: notice.date < today,
      });
    }
  }
  return out;
}
