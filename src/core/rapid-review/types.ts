/** The three kinds of serious-incident review the Case Review Panel runs a rapid review for. */
export type ReviewKind = "child" | "adult" | "domestic-homicide";

export const REVIEW_KINDS = [
  "child",
  "adult",
  "domestic-homicide",
] as const satisfies readonly ReviewKind[];

/** Milestone keys, in timeline order. These exact strings are used in commands and stored data. */
export type MilestoneKey =
  | "notify-panel"
  | "notify-national-panel"
  | "rapid-review-meeting"
  | "recommendations-to-scrutineer"
  | "scrutineer-decision"
  | "outcome-to-review-board"
  | "final-report"
  | "final-report-to-national-panel";

export const MILESTONE_KEYS = [
  "notify-panel",
  "notify-national-panel",
  "rapid-review-meeting",
  "recommendations-to-scrutineer",
  "scrutineer-decision",
  "outcome-to-review-board",
  "final-report",
  "final-report-to-national-panel",
] as const satisfies readonly MilestoneKey[];

export function isReviewKind(v: string): v is ReviewKind {
  return (REVIEW_KINDS as readonly string[]).includes(v);
}

export function isMilestoneKey(v: string): v is MilestoneKey {
  return (MILESTONE_KEYS as readonly string[]).includes(v);
}

/** One deadline of a rapid review. */
export interface Milestone {
  key: MilestoneKey;
  /** The working-day number (Day 1 = the day of notification), or null for calendar-based dates. */
  day: number | null;
  /** Europe/London calendar date, YYYY-MM-DD; always a working day. */
  due: string;
  title: string;
  /** Who is responsible (from knowledge/rapid-review/milestones.yaml). */
  who: string;
  /** What happens (from knowledge/rapid-review/milestones.yaml, worded for this kind of review). */
  what: string;
}

export interface TimelineInput {
  /** The date MK Together received the notification, YYYY-MM-DD (Europe/London). */
  received: string;
  kind: ReviewKind;
  /** Planned publication date of the final report, YYYY-MM-DD, once known. */
  publication?: string;
}

/** The three notices a milestone can get: the working day before, on the day, and one overdue. */
export type ReminderType = "before" | "due" | "overdue";
