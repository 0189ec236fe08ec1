import type { Milestone, MilestoneKey } from "./types.js";

export interface ReviewSummary {
  /** The earliest step not yet done that is still to come (today or later); late ones are in overdue. */
  next?: Milestone;
  /** Steps not marked done whose due date is before today. */
  overdue: Milestone[];
}

/** Where a review stands on `today` (YYYY-MM-DD, Europe/London): its next step and what is late. */
export function summariseReview(
  review: { done: Partial<Record<MilestoneKey, unknown>> },
  timeline: readonly Milestone[],
  today: string,
): ReviewSummary {
  const open = timeline
    .filter((m) => !review.done[m.key])
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { next: open.find((m) => m.due >= today), overdue: open.filter((m) => m.due < today) };
}
