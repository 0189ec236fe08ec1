import { parseDeliveryKey } from "../core/rapid-review/delivery-key.js";
import type { MilestoneKey } from "../core/rapid-review/types.js";
import { addCalendarDays } from "../core/rapid-review/working-days.js";

/**
 * Every record is kept at least this long, whatever it is, for whoever reads the file after an
 * incident. It must also exceed the longest run of non-working days plus one (5 days at
 * Christmas), which the "before"/"due" rule below relies on.
 */
export const KEEP_DELIVERIES_DAYS = 14;

/** What pruning needs of a review (a ReviewRecord fits). */
export interface ReviewForPruning {
  id: string;
  done: Partial<Record<MilestoneKey, unknown>>;
  closed?: unknown;
}

/**
 * The delivery records due() can never need again on `today` or any later day, older than
 * KEEP_DELIVERIES_DAYS. due() only asks whether ONE notice per open milestone is recorded: the
 * newest whose day has come (see compute-due.ts). A record can be dropped when:
 * - its review is closed (or gone), or its milestone is done: both are for good, and due()
 *   sends nothing for them;
 * - it is a "before" or "due" notice: the next notice of the same milestone and due date (the
 *   key fixes the due date) falls on the next working day at the latest, so from then on that
 *   one is the newest and this one is never asked about again.
 * What stays is the "overdue" notice of each milestone still open (due() keeps asking about it
 * until the milestone is done) and everything recent. "sending" records are never dropped: the
 * reminder loop must resolve them with Slack first.
 */
export function prunableDeliveries(
  today: string,
  reviews: readonly ReviewForPruning[],
  deliveries: ReadonlyMap<string, { status: string }>,
): string[] {
  const cutoff = addCalendarDays(today, -KEEP_DELIVERIES_DAYS);
  const byId = new Map<string, ReviewForPruning>();
  for (const r of reviews) byId.set(r.id, r);
  const out: string[] = [];
  for (const [key, entry] of deliveries) {
    if (entry.status !== "sent") continue;
    const parts = parseDeliveryKey(key);
    if (!parts || parts.date >= cutoff) continue;
    const review = byId.get(parts.reviewId);
    if (parts.type !== "overdue" || !review || review.closed || review.done[parts.milestone]) {
      out.push(key);
    }
  }
  return out;
}
