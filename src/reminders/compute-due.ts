import { calendarFor, computeMilestoneDays } from "../core/rapid-review/compute-timeline.js";
import { deliveryKey } from "../core/rapid-review/delivery-key.js";
import type { MilestoneKey, ReminderType, ReviewKind } from "../core/rapid-review/types.js";
import {
  type EpochDay,
  londonDate,
  londonTime,
  type WorkingDayCalendar,
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

const DAY_MS = 86_400_000;

interface Notice {
  type: ReminderType;
  day: EpochDay;
  /** The same day, YYYY-MM-DD: the working day the notice belongs to. */
  date: string;
}

/**
 * The newest of a milestone's three notices whose day has come by `today`: overdue (the next
 * working day after the due date), due, or before (the working day before it); none before then.
 */
function newestNotice(
  due: EpochDay,
  today: string,
  calendar: WorkingDayCalendar,
): Notice | undefined {
  const overdue = calendar.addWorkingDays(due, 1);
  if (calendar.dateOf(overdue) <= today) return notice("overdue", overdue, calendar);
  if (calendar.dateOf(due) <= today) return notice("due", due, calendar);
  const before = calendar.addWorkingDays(due, -1);
  if (calendar.dateOf(before) <= today) return notice("before", before, calendar);
  return undefined;
}

function notice(type: ReminderType, day: EpochDay, calendar: WorkingDayCalendar): Notice {
  return { type, day, date: calendar.dateOf(day) };
}

/** The notice of each milestone to send on `today` if the milestone is not done. */
function noticesFor(r: ReviewForReminders, today: string, calendar: WorkingDayCalendar) {
  // None for days before the London day the review was registered on: the timeline posted then
  // showed them. London is never behind UTC and at most an hour ahead, so only a notice on the
  // UTC day of registration needs the London clock (the slowest step over thousands of reviews).
  const registeredUtcDay = Math.floor(Date.parse(r.createdAt) / DAY_MS);
  const notBeforeRegistration = (notice: Notice) =>
    notice.day === registeredUtcDay
      ? notice.date >= londonDate(new Date(r.createdAt))
      : notice.day > registeredUtcDay;

  const out: { milestone: MilestoneKey; due: EpochDay; notice: Notice }[] = [];
  for (const m of computeMilestoneDays(r, calendar)) {
    if (r.done[m.key]) continue;
    const notice = newestNotice(m.due, today, calendar);
    if (notice && notBeforeRegistration(notice)) out.push({ milestone: m.key, due: m.due, notice });
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
  const open = reviews.filter((r) => !r.closed);
  // One working-day calendar for every review, covering the years they span.
  const calendar = calendarFor(open);
  const sent: DeliveredKeys = Array.isArray(deliveries)
    ? new Set((deliveries as readonly { key: string }[]).map((d) => d.key))
    : (deliveries as DeliveredKeys);
  const out: Delivery[] = [];
  for (const r of open) {
    for (const { milestone, due, notice } of noticesFor(r, today, calendar)) {
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
        due: calendar.dateOf(due),
        late: notice.date < today,
      });
    }
  }
  return out;
}
