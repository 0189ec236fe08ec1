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

/**
 * The keys of notices already delivered or being delivered (a Set fits). If `removalsFor` is
 * there, its count for a review must change whenever one of that review's keys leaves: due()
 * then remembers, per review, the notices it has not found recorded and looks up only those,
 * instead of every notice of every review every minute.
 */
export interface DeliveredKeys {
  has(key: string): boolean;
  removalsFor?(reviewId: string): number;
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
const NONE: Candidate[] = [];

interface DayPlan {
  today: string;
  id: string;
  received: string;
  kind: ReviewKind;
  publication: string | undefined;
  createdAt: string;
  /**
   * For each milestone, the newest notice whose day has come (done or not). Dropped once
   * `unsent` is known, to save memory (10k reviews hold ~70k of them); rebuilt if needed.
   */
  candidates?: Candidate[];
  /** The candidates not recorded in `sent` when last looked, while no key has left it since. */
  unsent?: { sent: DeliveredKeys; removals: number; candidates: Candidate[] };
}

/** The review's candidates on `today`, leaving out those `sent` has (when given). */
function candidatesFor(r: ReviewForReminders, today: string, sent?: DeliveredKeys): Candidate[] {
  const startedOn = londonDate(new Date(r.createdAt));
  let candidates: Candidate[] | undefined;
  for (const m of scheduleFor(r)) {
    const notice = m.notices.find((n) => n.date <= today);
    if (!notice || notice.date < startedOn) continue;
    const key = deliveryKey(r.id, m.key, notice.type, notice.date);
    if (sent?.has(key)) continue;
    candidates ??= [];
    candidates.push({ milestone: m.key, due: m.due, notice, key });
  }
  return candidates ?? NONE;
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
  const plan: DayPlan = {
    today,
    id: r.id,
    received: r.received,
    kind: r.kind,
    publication: r.publication,
    createdAt: r.createdAt,
    candidates: candidatesFor(r, today),
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
    const plan = planFor(r, today);
    let candidates: Candidate[];
    const removals = sent.removalsFor?.(r.id);
    if (removals === undefined) {
      candidates = plan.candidates ??= candidatesFor(r, today);
    } else {
      // A key recorded stays recorded until its review's removals move: only the rest need a look.
      const u = plan.unsent;
      if (u !== undefined && u.sent === sent && u.removals === removals) {
        candidates = u.candidates;
        if (candidates.length > 0 && candidates.some((c) => sent.has(c.key))) {
          candidates = candidates.filter((c) => !sent.has(c.key));
          plan.unsent = { sent, removals, candidates };
        }
      } else {
        candidates = plan.candidates
          ? plan.candidates.filter((c) => !sent.has(c.key))
          : candidatesFor(r, today, sent);
        plan.unsent = { sent, removals, candidates };
        plan.candidates = undefined;
      }
    }
    for (const c of candidates) {
      // `done` is looked at on every call: a caller may change a review object in place.
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
