import { readFileSync } from "node:fs";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { englandHolidayRules } from "../../../scripts/england-holiday-rules.js";
import { bankHolidays } from "../../../src/core/rapid-review/working-days.js";

const RULES = new URL("../../../src/core/rapid-review/england-holidays.json", import.meta.url);

describe("the England and Wales rules taken out of date-holidays", () => {
  it("are what the installed date-holidays has (else run `npm run make:holidays`)", async () => {
    expect(JSON.parse(readFileSync(RULES, "utf8"))).toEqual(await englandHolidayRules());
  });

  it("give the same bank holidays as the whole date-holidays package, 1990-2080", () => {
    const whole = new Holidays("GB", "ENG");
    for (let year = 1990; year <= 2080; year++) {
      const expected = whole
        .getHolidays(year)
        .filter((h) => h.type === "public")
        .map((h) => h.date.slice(0, 10))
        .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
      expect([...bankHolidays(year)], String(year)).toEqual(expected);
    }
    // The one-off days are in (the 2022 state funeral, the 2023 coronation).
    expect(bankHolidays(2022).has("2022-09-19")).toBe(true);
    expect(bankHolidays(2023).has("2023-05-08")).toBe(true);
  });
});
