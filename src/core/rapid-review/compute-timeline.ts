import {
  loadMilestoneContent,
  type MilestoneContent,
  milestoneWordingFor,
} from "./milestone-content.js";
import type { Milestone, MilestoneKey, TimelineInput } from "./types.js";
import {
  addCalendarMonths,
  isValidDate,
  lastWorkingDayOnOrBefore,
  nthWorkingDay,
  workingDaysBefore,
} from "./working-days.js";

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

/** The dates alone, without wording: what the reminder scheduler needs. */
export function computeMilestoneDates(input: TimelineInput): MilestoneDate[] {
  if (!isValidDate(input.received)) throw new RangeError(`Bad received date: ${input.received}`);
  if (input.publication !== undefined && !isValidDate(input.publication)) {
    throw new RangeError(`Bad publication date: ${input.publication}`);
  }
  const isChild = input.kind === "child";
  const make = (key: MilestoneKey, day: number | null, due: string): MilestoneDate => ({
    key,
    day,
    due,
  });

  const out: MilestoneDate[] = [];
  let day15 = "";
  for (const [key, n, childOnly] of DAY_MILESTONES) {
    if (childOnly && !isChild) continue;
    const due = nthWorkingDay(input.received, n);
    if (n === 15) day15 = due;
    out.push(make(key, n, due));
  }
  // Six calendar months on from Day 15; a weekend or bank holiday moves it earlier, never later.
  out.push(
    make(
      "final-report",
      null,
      lastWorkingDayOnOrBefore(addCalendarMonths(day15, FINAL_REPORT_MONTHS)),
    ),
  );
  if (isChild && input.publication) {
    out.push(
      make(
        "final-report-to-national-panel",
        null,
        workingDaysBefore(input.publication, NATIONAL_PANEL_WORKING_DAYS_BEFORE_PUBLICATION),
      ),
    );
  }
  return out;
}
