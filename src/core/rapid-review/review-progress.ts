import type { Milestone, MilestoneKey } from "./types.js";

export interface ReviewProgress {
  /** The earliest milestone not yet done that is due today or later. */
  next?: Milestone;
  /** Milestones not done whose due date has passed. */
  overdue: Milestone[];
  /** Milestones not done that are due today. */
  dueToday: Milestone[];
}

/** Where a review stands on a given day (Europe/London date), for App Home and "show". */
export function reviewProgress(
  timeline: readonly Milestone[],
  done: Partial<Record<MilestoneKey, unknown>>,
  today: string,
): ReviewProgress {
  const open = timeline.filter((m) => !done[m.key]);
  return {
    next: open.filter((m) => m.due >= today).sort((a, b) => a.due.localeCompare(b.due))[0],
    overdue: open.filter((m) => m.due < today),
    dueToday: open.filter((m) => m.due === today),
  };
}
