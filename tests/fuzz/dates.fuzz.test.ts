import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUserDate } from "../../src/core/rapid-review/parse-date.js";
import { isValidDate, londonDate } from "../../src/core/rapid-review/working-days.js";
import { ReviewRegister } from "../../src/store/review-register.js";
import { reviewRegisterFileSchema } from "../../src/store/review-register-schema.js";
import { tempDataDir } from "../support/bot-framework-client.js";
import { dateText } from "./support/arbitraries.js";
import { leaksIn } from "./support/check-output.js";

/** Inputs per entry point (see tests/fuzz/README.md). */
const INPUTS = 10_000;

const instant = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});

describe(`Dates as typed: ${INPUTS.toLocaleString("en-GB")} random strings into parseUserDate`, () => {
  it("never throws; a date read is a real date in range, as typed; anything else is a short kind message", () => {
    fc.assert(
      fc.property(dateText, instant, (text, now) => {
        const result = parseUserDate(text, now);
        if (result.ok) {
          expect(isValidDate(result.date)).toBe(true);
          // The date read is the one typed: the same day, month and year appear in the input
          // (a year from 2000 to 2099), or it was "today" or "yesterday" in London.
          const [y, m, d] = result.date.split("-").map(Number) as [number, number, number];
          const t = text.trim().toLowerCase();
          if (t === "today") expect(result.date).toBe(londonDate(now));
          else if (t !== "yesterday") {
            expect(y).toBeGreaterThanOrEqual(2000);
            expect(y).toBeLessThanOrEqual(2099);
            const numbers = t
              .split(/[^0-9]+/)
              .filter(Boolean)
              .map(Number);
            expect(numbers.sort()).toEqual([y, m, d].sort());
          }
        } else {
          expect(result.message.trim()).not.toBe("");
          // Whatever was typed, the message quotes at most 40 characters of it.
          expect(result.message.length).toBeLessThan(400);
          expect(leaksIn(result.message, text)).toEqual([]);
          expect(result.message).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      { numRuns: INPUTS },
    );
  });

  it("the register refuses every date it cannot use without writing, and its file stays valid", async () => {
    const register = await ReviewRegister.open(tempDataDir());
    let n = 0;
    await fc.assert(
      fc.asyncProperty(dateText, fc.constantFrom("child", "adult"), async (text, kind) => {
        n++;
        const now = new Date("2026-12-18T10:00:00Z");
        const parsed = parseUserDate(text, now);
        const received = parsed.ok ? parsed.date : text;
        const before = (await register.list()).length;
        const started = await register.start({ caseRef: `CR-${n}`, received, kind, by: "U1", now });
        expect((await register.list()).length).toBe(before + (started.ok ? 1 : 0));
        if (!started.ok) expect(leaksIn(started.message, text)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
    const file = JSON.parse(readFileSync(register.file, "utf8")) as unknown;
    expect(reviewRegisterFileSchema.safeParse(file).success).toBe(true);
  });
});
