import { fillTemplate, loadRegisterMessages, type RegisterMessages } from "./register-messages.js";
import { addCalendarDays, isValidDate, londonDate } from "./working-days.js";

export type ParsedDate = { ok: true; date: string } | { ok: false; message: string };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Years outside this range are almost certainly typing mistakes (e.g. 0226 or 2062). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2099;

/**
 * Reads a date as a practitioner types it: 2026-12-18, 18/12/2026 (day first, as in the UK),
 * "today" or "yesterday" (Europe/London, from `now`). Anything else gets a kind message.
 */
export function parseUserDate(
  text: string,
  now: Date,
  messages: RegisterMessages = loadRegisterMessages(),
): ParsedDate {
  const m = messages.dates;
  const t = text.trim().toLowerCase();
  if (!t) return { ok: false, message: m.empty };
  if (t === "today") return { ok: true, date: londonDate(now) };
  if (t === "yesterday") return { ok: true, date: addCalendarDays(londonDate(now), -1) };

  let parts: [number, number, number] | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) parts = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
  const shown = text.trim().slice(0, 40);
  if (!parts) return { ok: false, message: fillTemplate(m.unreadable, { text: shown }) };

  const [year, month, day] = parts;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      message: fillTemplate(m.outOfRange, { text: shown, from: MIN_YEAR, to: MAX_YEAR }),
    };
  }
  if (month < 1 || month > 12) {
    return { ok: false, message: fillTemplate(m.badMonth, { text: shown, month }) };
  }
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (day < 1 || !isValidDate(date)) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return {
      ok: false,
      message: fillTemplate(m.impossible, {
        text: shown,
        month: MONTHS[month - 1] ?? String(month),
        year,
        days,
      }),
    };
  }
  return { ok: true, date };
}
