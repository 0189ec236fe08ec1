import { computeMilestoneDates } from "../core/rapid-review/compute-timeline.js";
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

export interface DueOptions {
  /** "HH:MM" Europe/London; nothing is sent earlier in the day. */
  reminderTime: string;
}

export function deliveryKey(
  reviewId: string,
  milestone: MilestoneKey,
  type: ReminderType,
  date: string,
): string {
  return `${reviewId}:${milestone}:${type}:${date}`;
}

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

// Schedules depend only on (received, kind, publication); thousands of reviews share a few
// hundred of them, so a bounded memo keeps due() fast without a cache to invalidate.
const MEMO_LIMIT = 20_000;
const schedules = new Map<string, Schedule[]>();

function scheduleFor(r: ReviewForReminders): Schedule[] {
  const memoKey = `${r.received}|${r.kind}|${r.publication ?? ""}`;
  let s = schedules.get(memoKey);
  if (!s) {
    s = computeMilestoneDates(r).map((m) => ({
      key: m.key,
      due: m.due,
      notices: [
        { type: "overdue", date: nextWorkingDayAfter(m.due) },
        { type: "due", date: m.due },
        { type: "before", date: workingDaysBefore(m.due, 1) },
      ],
    }));
    if (schedules.size >= MEMO_LIMIT) schedules.clear();
    schedules.set(memoKey, s);
  }
  return s;
}

interface Candidate {
  milestone: MilestoneKey;
  due: string;
  notice: Notice;
  key: string;
}
interface DayPlan {
  today: string;
  id: string;
  received: string;
  kind: ReviewKind;
  publication: string | undefined;
  createdAt: string;
  /** For each milestone, the newest notice whose day has come (done or not). */
  candidates: Candidate[];
}

// due() runs every minute over every open review. A review's candidate notices change only
// when the day changes or its dates do, so they are kept per review object (a WeakMap: the
// register hands out new objects on each change, and old ones are simply collected). The
// fields a plan depends on are compared on every call, so an edited object is never misread.
const plans = new WeakMap<ReviewForReminders, DayPlan>();

function planFor(r: ReviewForReminders, today: string): DayPlan {
  const p = plans.get(r);
  if (
    p &&
    p.today === today &&
    p.id === r.id &&
    p.received === r.received &&
    p.kind === r.kind &&
    p.publication === r.publication &&
    p.createdAt === r.createdAt
  ) {
    return p;
  }
  const startedOn = londonDate(new Date(r.createdAt));
  const candidates: Candidate[] = [];
  for (const m of scheduleFor(r)) {
    const notice = m.notices.find((n) => n.date <= today);
    if (!notice || notice.date < startedOn) continue;
    candidates.push({
      milestone: m.key,
      due: m.due,
      notice,
      key: deliveryKey(r.id, m.key, notice.type, notice.date),
    });
  }
  const plan: DayPlan = {
    today,
    id: r.id,
    received: r.received,
    kind: r.kind,
    publication: r.publication,
    createdAt: r.createdAt,
    candidates,
  };
  plans.set(r, plan);
  return plan;
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
  deliveries: ReadonlySet<string> | readonly { key: string }[],
  options: DueOptions,
): Delivery[] {
  if (londonTime(now) < options.reminderTime) return [];
  const today = londonDate(now);
  const sent: ReadonlySet<string> =
    deliveries instanceof Set
      ? deliveries
      : new Set((deliveries as { key: string }[]).map((d) => d.key));
  const out: Delivery[] = [];
  for (const r of reviews) {
    if (r.closed) continue;
    for (const c of planFor(r, today).candidates) {
      if (r.done[c.milestone] || sent.has(c.key)) continue;
      out.push({
        key: c.key,
        reviewId: r.id,
        caseRef: r.caseRef,
        kind: r.kind,
        milestone: c.milestone,
        type: c.notice.type,
        date: c.notice.date,
        due: c.due,
        late: c.notice.date < today,
      });
    }
  }
  return out;
}
