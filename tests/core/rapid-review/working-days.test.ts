import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  londonDate,
  londonTime,
  nthWorkingDay,
} from "../../../src/core/rapid-review/working-days.js";

describe("England and Wales bank holidays", () => {
  // The published lists for 2026 and 2027 (gov.uk), as in STACK-NOTES.
  it("match the official 2026 list, substitute days included", () => {
    expect([...bankHolidays(2026)]).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
  });

  it("match the official 2027 list, with both Christmas substitute days", () => {
    expect([...bankHolidays(2027)]).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-27",
      "2027-12-28",
    ]);
  });

  it("treats weekends and bank holidays as non-working, ordinary weekdays as working", () => {
    expect(isWorkingDay("2026-12-24")).toBe(true); // Thursday
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas Day
    expect(isWorkingDay("2026-12-26")).toBe(false); // Saturday (Boxing Day)
    expect(isWorkingDay("2026-12-28")).toBe(false); // Boxing Day substitute
    expect(isWorkingDay("2026-12-29")).toBe(true);
    expect(isWorkingDay("2027-01-01")).toBe(false);
    expect(isWorkingDay("2026-04-02")).toBe(true); // the day before Good Friday (BST)
    expect(isWorkingDay("2026-04-03")).toBe(false); // Good Friday
  });
});

describe("counting working days", () => {
  it("Day 1 is the day received when that is a working day", () => {
    expect(nthWorkingDay("2026-12-18", 1)).toBe("2026-12-18");
  });

  it("a Saturday notification counts from the Monday", () => {
    expect(nthWorkingDay("2026-12-19", 1)).toBe("2026-12-21");
    expect(nthWorkingDay("2026-12-19", 5)).toBe("2026-12-29");
  });

  it("counts across Christmas and New Year", () => {
    expect(nthWorkingDay("2026-12-18", 5)).toBe("2026-12-24");
    expect(nthWorkingDay("2026-12-18", 6)).toBe("2026-12-29");
    expect(nthWorkingDay("2026-12-18", 9)).toBe("2027-01-04");
    expect(nthWorkingDay("2026-12-18", 15)).toBe("2027-01-12");
  });

  it("moves back over weekends and holidays", () => {
    expect(addWorkingDays("2027-01-04", -1)).toBe("2026-12-31");
    expect(addWorkingDays("2026-12-29", -1)).toBe("2026-12-24");
    expect(addWorkingDays("2027-09-01", -7)).toBe("2027-08-20"); // over 30 Aug bank holiday
    expect(lastWorkingDayOnOrBefore("2027-01-01")).toBe("2026-12-31");
    expect(lastWorkingDayOnOrBefore("2026-12-28")).toBe("2026-12-24");
    expect(lastWorkingDayOnOrBefore("2026-12-24")).toBe("2026-12-24");
  });

  it("Day N+1 is always the next working day after Day N (any date 2025-2029)", () => {
    const day = fc.integer({ min: 0, max: 365 * 5 }).map((n) => addCalendarDays("2025-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (received, n) => {
        const a = nthWorkingDay(received, n);
        const b = nthWorkingDay(received, n + 1);
        expect(isWorkingDay(a)).toBe(true);
        expect(b > a).toBe(true);
        expect(addWorkingDays(a, 1)).toBe(b);
        for (let d = addCalendarDays(a, 1); d < b; d = addCalendarDays(d, 1)) {
          expect(isWorkingDay(d)).toBe(false);
        }
      }),
    );
  });

  it("refuses Day 0", () => {
    expect(() => nthWorkingDay("2026-12-18", 0)).toThrow(RangeError);
  });
});

describe("calendar months", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addCalendarMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addCalendarMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addCalendarMonths("2026-12-31", 6)).toBe("2027-06-30");
    expect(addCalendarMonths("2026-07-15", 6)).toBe("2027-01-15");
  });
});

describe("Europe/London dates and times", () => {
  it("uses British Summer Time in summer", () => {
    expect(londonDate(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
    expect(londonTime(new Date("2026-07-01T23:30:00Z"))).toBe("00:30");
    expect(londonTime(new Date("2026-07-01T08:00:00Z"))).toBe("09:00");
  });

  it("uses GMT in winter", () => {
    expect(londonDate(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(londonTime(new Date("2026-12-18T09:00:00Z"))).toBe("09:00");
  });
});
