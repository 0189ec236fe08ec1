import {
  loadMilestoneContent,
  type MilestoneContent,
  milestoneWordingFor,
} from "./milestone-content.js";
import type { Milestone, MilestoneKey, TimelineInput } from "./types.js";
import { type EpochDay, isValidDate, WorkingDayCalendar } from "./working-days.js";

/** Working-day milestones: [key, day number, children's cases only]. */
const DAY_MILESTONES: readonly [MilestoneKey, number, boolean][] = [
  ["notify-panel", 1, false],
  ["notify-national-panel", 5, true],
  ["rapid-review-meeting", 10, false],
  ["recommendations-to-scrutineer", 12, false],
  ["scrutineer-decision", 14, false],
  ["outcome-to-review-board", 15, false],
];

const FINAL_REPORT_MONTHS = 6;
const NATIONAL_PANEL_WORKING_DAYS_BEFORE_PUBLICATION = 7;

export type MilestoneDate = Pick<Milestone, "key" | "day" | "due">;

/**
 * The working-day calendar that every date of these reviews' timelines falls in: from the year
 * before the earliest date received (the notice before Day 1 can fall in it) to the year after
 * the latest date received or planned for publication (six months after Day 15, and the notice
 * after a deadline, reach into it).
 */
export function calendarFor(inputs: Iterable<TimelineInput>): WorkingDayCalendar {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { received, publication } of inputs) {
    // A malformed date is refused by computeMilestoneDates; it must not unsettle the others.
    for (const date of publication === undefined ? [received] : [received, publication]) {
      const year = Number(date.slice(0, 4));
      if (!Number.isInteger(year)) continue;
      if (date === received) first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  if (first > last) return new WorkingDayCalendar(0, -1);
  return new WorkingDayCalendar(first - 1, last + 1);
}

/**
 * The deadlines of a rapid review, in order. Pure: the same input always gives the same dates.
 * `content` is the wording from knowledge/rapid-review/milestones.yaml (loaded if not given).
 */
export function computeTimeline(
  input: TimelineInput,
  content: MilestoneContent = loadMilestoneContent(),
): Milestone[] {
  return computeMilestoneDates(input).map((m) => ({
    ...m,
    ...milestoneWordingFor(content, m.key, input.kind),
  }));
}

/** The dates alone, without wording. */
export function computeMilestoneDates(input: TimelineInput): MilestoneDate[] {
  const calendar = calendarFor([input]);
  return computeMilestoneDays(input, calendar).map((m) => ({
    ...m,
    due: calendar.dateOf(m.due),
  }));
}

/** A deadline as an epoch day, for code that steps on from it to other working days. */
export interface MilestoneDay {
  key: MilestoneKey;
  day: number | null;
  due: EpochDay;
}

/**
 * The deadlines as epoch days, worked out on `calendar` (see calendarFor). The reminder check
 * asks this of every open review with one calendar, and steps on from each deadline to the
 * working days its notices fall on.
 */
export function computeMilestoneDays(
  input: TimelineInput,
  calendar: WorkingDayCalendar,
): MilestoneDay[] {
  const received = readDate(calendar, input.received, "received");
  const publication =
    input.publication === undefined
      ? undefined
      : readDate(calendar, input.publication, "publication");
  const isChild = input.kind === "child";

  const out: MilestoneDay[] = [];
  // Day 1, then each milestone's day counted on in working days from the one before.
  let day = 1;
  let due = calendar.nthWorkingDay(received, 1);
  for (const [key, n, childOnly] of DAY_MILESTONES) {
    if (childOnly && !isChild) continue;
    due = calendar.addWorkingDays(due, n - day);
    day = n;
    out.push({ key, day: n, due });
  }
  const day15 = due; // the last of them
  // Six calendar months on from Day 15; a weekend or bank holiday moves it earlier, never later.
  const sixMonthsOn = calendar.addMonths(day15, FINAL_REPORT_MONTHS);
  out.push({ key: "final-report", day: null, due: calendar.lastWorkingDayOnOrBefore(sixMonthsOn) });
  if (isChild && publication !== undefined) {
    out.push({
      key: "final-report-to-national-panel",
      day: null,
      due: calendar.addWorkingDays(publication, -NATIONAL_PANEL_WORKING_DAYS_BEFORE_PUBLICATION),
    });
  }
  return out;
}

function readDate(calendar: WorkingDayCalendar, date: string, what: string): EpochDay {
  const day = calendar.dayOf(date);
  if (day !== undefined) return day;
  if (!isValidDate(date)) throw new RangeError(`Bad ${what} date: ${date}`);
  throw new RangeError(
    `The ${what} date ${date} is outside the calendar of ${calendar.firstYear}-${calendar.lastYear}`,
  );
}
