import { addDays, addMonths, format, parseISO } from "date-fns";
import Holidays from "date-holidays-parser";
// date-holidays' own rules for Great Britain, taken out of its data set for every country of the
// world, which cost each process about 10 MB of memory (scripts/make-england-holidays.ts).
import rules from "./england-holidays.json" with { type: "json" };

/**
 * Working days for England and Wales: not Saturday, not Sunday, not a bank holiday. Dates are
 * Europe/London calendar dates written YYYY-MM-DD, so no time zone or daylight-saving change
 * can move a deadline by a day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const holidays = new Holidays(rules, "GB", "ENG");

/** Bank holidays in England and Wales for a year (substitute days kept, weekend dates dropped). */
export function bankHolidays(year: number): ReadonlySet<string> {
  // `date` is the local (Europe/London) date; `start` is UTC and reads as the day before in
  // summer time (Good Friday 2026 starts 2026-04-02T23:00Z), so it must not be used here.
  return new Set(
    holidays
      .getHolidays(year)
      .filter((h) => h.type === "public")
      .map((h) => h.date.slice(0, 10))
      .filter((d) => !isWeekend(new Date(`${d}T00:00:00Z`))),
  );
}

function isWeekend(utcMidnight: Date): boolean {
  const weekday = utcMidnight.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** True for a real calendar date written YYYY-MM-DD (no 31 February). */
export function isValidDate(date: string): boolean {
  if (!DATE_RE.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
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
  const day = Date.parse(`${checked(date)}T00:00:00Z`) / DAY_MS;
  return new Date(addMonthsToDay(day, months) * DAY_MS).toISOString().slice(0, 10);
}

function addMonthsToDay(day: EpochDay, months: number): EpochDay {
  // date-fns counts on a local date; taking it there and back by its parts (year, month, day)
  // keeps daylight saving out of it.
  const utc = new Date(day * DAY_MS);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  const moved = addMonths(local, months);
  return Date.UTC(moved.getFullYear(), moved.getMonth(), moved.getDate()) / DAY_MS;
}

function checked(date: string): string {
  if (!isValidDate(date)) throw new RangeError(`Not a date written YYYY-MM-DD: ${date}`);
  return date;
}

/**
 * A calendar date as a number of days since 1 January 1970, so that the next day is one more:
 * a timeline steps from date to date by the dozen.
 */
export type EpochDay = number;

/** One year of the England and Wales calendar: each day's date and whether it is a working day. */
interface CalendarYear {
  /** 1 January. */
  first: EpochDay;
  /** Each day's date, YYYY-MM-DD, from 1 January on. */
  dates: string[];
  working: boolean[];
  days: ReadonlyMap<string, EpochDay>;
}

/**
 * Each year's calendar, made from date-holidays' rules the first time the year is asked for
 * (a millisecond or two) and kept for the life of the process, as content is loaded once: a
 * year's working days are fixed facts, and a process asks about a handful of years.
 */
const calendarYears = new Map<number, CalendarYear>();

function calendarYear(year: number): CalendarYear {
  const known = calendarYears.get(year);
  if (known) return known;
  const holidays = bankHolidays(year);
  const dates: string[] = [];
  const working: boolean[] = [];
  const days = new Map<string, EpochDay>();
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const day = new Date(new Date(0).setUTCFullYear(year, 0, 1));
  const first = day.getTime() / DAY_MS;
  for (; day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    days.set(date, day.getTime() / DAY_MS);
    dates.push(date);
    working.push(!isWeekend(day) && !holidays.has(date));
  }
  const made = { first, dates, working, days };
  calendarYears.set(year, made);
  return made;
}

/**
 * The working days of the years from `firstYear` to `lastYear`, for a job that asks about many
 * dates (a timeline, or one run of the reminder check over every open review): it takes dates
 * in as epoch days once, steps through working days as numbers and reads the dates back out.
 * A day outside its years is a RangeError, never a guess.
 */
export class WorkingDayCalendar {
  readonly #years: CalendarYear[] = [];

  constructor(
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    for (let year = firstYear; year <= lastYear; year++) this.#years.push(calendarYear(year));
  }

  /** The epoch day of a date, or undefined if it is not a date of the calendar's years. */
  dayOf(date: string): EpochDay | undefined {
    return this.#years[Number(date.slice(0, 4)) - this.firstYear]?.days.get(date);
  }

  /** The date of an epoch day, YYYY-MM-DD. */
  dateOf(day: EpochDay): string {
    const year = this.#yearOf(day);
    return year.dates[day - year.first] as string;
  }

  isWorkingDay(day: EpochDay): boolean {
    const year = this.#yearOf(day);
    return year.working[day - year.first] === true;
  }

  #yearOf(day: EpochDay): CalendarYear {
    for (const year of this.#years) {
      if (day >= year.first && day < year.first + year.dates.length) return year;
    }
    throw new RangeError(
      `Day ${day} is outside the calendar of ${this.firstYear}-${this.lastYear}`,
    );
  }

  /** See addCalendarMonths. */
  addMonths(day: EpochDay, months: number): EpochDay {
    return addMonthsToDay(day, months);
  }

  /**
   * Moves n working days from a day, not counting the day itself: +1 is the next working day,
   * -1 the previous one, 0 the day unchanged. Works from any day, working or not.
   */
  addWorkingDays(day: EpochDay, n: number): EpochDay {
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(n);
    let d = day;
    while (left > 0) {
      d += step;
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /**
   * Day N of a rapid review. Day 1 is the working day the notification was received, or the
   * next working day if it arrived on a weekend or bank holiday; Day N is the Nth working day
   * counting Day 1 as the first.
   */
  nthWorkingDay(received: EpochDay, n: number): EpochDay {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Day numbers start at 1, not ${n}`);
    let day1 = received;
    while (!this.isWorkingDay(day1)) day1++;
    return this.addWorkingDays(day1, n - 1);
  }

  lastWorkingDayOnOrBefore(day: EpochDay): EpochDay {
    let d = day;
    while (!this.isWorkingDay(d)) d--;
    return d;
  }
}

/**
 * One question about one date, on a calendar of its own year and the years either side, which
 * every step a rapid review takes from it (at most a few weeks of working days) stays within.
 */
function onCalendarAround<T>(
  date: string,
  ask: (calendar: WorkingDayCalendar, day: EpochDay) => T,
): T {
  const year = Number(checked(date).slice(0, 4));
  const calendar = new WorkingDayCalendar(year - 1, year + 1);
  return ask(calendar, calendar.dayOf(date) as EpochDay);
}

export function isWorkingDay(date: string): boolean {
  return onCalendarAround(date, (c, day) => c.isWorkingDay(day));
}

export function lastWorkingDayOnOrBefore(date: string): string {
  return onCalendarAround(date, (c, day) => c.dateOf(c.lastWorkingDayOnOrBefore(day)));
}

/** See WorkingDayCalendar.addWorkingDays. */
export function addWorkingDays(date: string, n: number): string {
  return onCalendarAround(date, (c, day) => c.dateOf(c.addWorkingDays(day, n)));
}

/** See WorkingDayCalendar.nthWorkingDay. */
export function nthWorkingDay(fromReceived: string, n: number): string {
  return onCalendarAround(fromReceived, (c, day) => c.dateOf(c.nthWorkingDay(day, n)));
}

// London dates and times live in one module shared by every feature.
export { londonDate, londonTime } from "../london-time.js";
