import { addDays, addMonths, format, parseISO } from "date-fns";
import Holidays from "date-holidays-parser";
import { cached } from "../cached.js";
// date-holidays' own rules for Great Britain, taken out of its data set for every country of the
// world, which cost each process about 10 MB of memory (scripts/make-england-holidays.ts).
import rules from "./england-holidays.json" with { type: "json" };

/**
 * Working days for England and Wales: not Saturday, not Sunday, not a bank holiday. Dates are
 * Europe/London calendar dates written YYYY-MM-DD and handled as strings, so no time zone or
 * daylight-saving change can move a deadline by a day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const holidays = new Holidays(rules, "GB", "ENG");
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

/** Bank holidays in England and Wales for a year (substitute days kept, weekend dates dropped). */
export function bankHolidays(year: number): ReadonlySet<string> {
  // `date` is the local (Europe/London) date; `start` is UTC and reads as the day before in
  // summer time (Good Friday 2026 starts 2026-04-02T23:00Z), so it must not be used here.
  return cached(
    bankHolidaysByYear,
    year,
    () =>
      new Set(
        holidays
          .getHolidays(year)
          .filter((h) => h.type === "public")
          .map((h) => h.date.slice(0, 10))
          .filter((d) => !isWeekend(d)),
      ),
  );
}

/** True for a real calendar date written YYYY-MM-DD (no 31 February). */
export function isValidDate(date: string): boolean {
  const m = DATE_RE.exec(date);
  if (!m) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

function toUtc(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`Not a date written YYYY-MM-DD: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** A calendar date n days on (or back, for negative n). */
export function addCalendarDays(date: string, n: number): string {
  return format(addDays(parseISO(checked(date)), n), "yyyy-MM-dd");
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last
 * day (31 August + 6 months = 28 or 29 February), as people count "six months" (date-fns'
 * addMonths does exactly this).
 */
export function addCalendarMonths(date: string, months: number): string {
  return format(addMonths(parseISO(checked(date)), months), "yyyy-MM-dd");
}

function checked(date: string): string {
  if (!isValidDate(date)) throw new RangeError(`Not a date written YYYY-MM-DD: ${date}`);
  return date;
}

export function isBankHoliday(date: string): boolean {
  return bankHolidays(Number(date.slice(0, 4))).has(date);
}

// The counting below runs on day numbers (days since 1970-01-01) with a memo of which are
// working days: the reminder scheduler works out thousands of timelines, and string dates
// would be parsed and formatted at every step.
const workingByDayNumber = new Map<number, boolean>();

// Both directions are memoised: a register only ever uses a few thousand distinct dates.
const MEMO_LIMIT = 100_000;
const numberOfDate = new Map<string, number>();
const dateOfNumber = new Map<number, string>();

function dayNumber(date: string): number {
  let n = numberOfDate.get(date);
  if (n === undefined) {
    n = toUtc(date) / DAY_MS;
    if (numberOfDate.size >= MEMO_LIMIT) numberOfDate.clear();
    numberOfDate.set(date, n);
  }
  return n;
}

function fromDayNumber(n: number): string {
  let date = dateOfNumber.get(n);
  if (date === undefined) {
    date = fromUtc(n * DAY_MS);
    if (dateOfNumber.size >= MEMO_LIMIT) dateOfNumber.clear();
    dateOfNumber.set(n, date);
  }
  return date;
}

function isWorkingDayNumber(n: number): boolean {
  let working = workingByDayNumber.get(n);
  if (working === undefined) {
    const dow = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
    working = dow !== 0 && dow !== 6 && !isBankHoliday(fromDayNumber(n));
    workingByDayNumber.set(n, working);
  }
  return working;
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

export function lastWorkingDayOnOrBefore(date: string): string {
  let n = dayNumber(date);
  while (!isWorkingDayNumber(n)) n--;
  return fromDayNumber(n);
}

function stepWorkingDays(start: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = start;
  while (left > 0) {
    d += step;
    if (isWorkingDayNumber(d)) left--;
  }
  return d;
}

/**
 * Moves n working days from a date, not counting the date itself: +1 is the next working day,
 * -1 the previous one, 0 the date unchanged. Works from any date, working or not.
 */
export function addWorkingDays(date: string, n: number): string {
  return fromDayNumber(stepWorkingDays(dayNumber(date), n));
}

/** The next working day after a date (the date itself never counts). */
export function nextWorkingDayAfter(date: string): string {
  return addWorkingDays(date, 1);
}

/** n working days before a date (the date itself never counts): 1 = the previous working day. */
export function workingDaysBefore(date: string, n: number): string {
  return addWorkingDays(date, -n);
}

/**
 * Day N of a rapid review. Day 1 is the working day the notification was received, or the next
 * working day if it arrived on a weekend or bank holiday; Day N is the Nth working day counting
 * Day 1 as the first.
 */
export function nthWorkingDay(fromReceived: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Day numbers start at 1, not ${n}`);
  let d = dayNumber(fromReceived);
  while (!isWorkingDayNumber(d)) d++;
  return fromDayNumber(stepWorkingDays(d, n - 1));
}

// London dates and times live in one module shared by every feature.
export { londonDate, londonTime } from "../london-time.js";
