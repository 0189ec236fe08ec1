import { describe, expect, it } from "vitest";
import { parseUserDate } from "../../../src/core/rapid-review/parse-date.js";

const winter = new Date("2026-12-18T10:00:00Z");

describe("reading a date someone typed", () => {
  it.each([
    ["2026-12-18", "2026-12-18"],
    ["18/12/2026", "2026-12-18"],
    ["8/1/2027", "2027-01-08"],
    ["08.01.2027", "2027-01-08"],
    [" 29/02/2028 ", "2028-02-29"],
    ["Today", "2026-12-18"],
    ["yesterday", "2026-12-17"],
  ])("%s -> %s", (text, date) => {
    expect(parseUserDate(text, winter)).toEqual({ ok: true, date });
  });

  it("today and yesterday are London dates, not UTC ones", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    const lateNight = new Date("2026-06-30T23:30:00Z");
    expect(parseUserDate("today", lateNight)).toEqual({ ok: true, date: "2026-07-01" });
    expect(parseUserDate("yesterday", lateNight)).toEqual({ ok: true, date: "2026-06-30" });
  });

  it("says kindly that 31 February does not exist", () => {
    const r = parseUserDate("31/02/2026", winter);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/February 2026 has 28 days/);
  });

  it("explains day/month order when the month is impossible (a US-style date)", () => {
    const r = parseUserDate("12/18/2026", winter);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no month 18.*day\/month\/year/s);
  });

  it.each(["tomorrow", "18 Dec", "2026/12/18", "18-12-26", "<!channel>"])(
    "%s is refused with the forms it does accept",
    (text) => {
      const r = parseUserDate(text, winter);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/18\/12\/2026.*2026-12-18/s);
    },
  );

  it("refuses an empty date and an unlikely year", () => {
    expect(parseUserDate("  ", winter).ok).toBe(false);
    const r = parseUserDate("18/12/1926", winter);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/year/);
  });
});
