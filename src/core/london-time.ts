/**
 * Milton Keynes runs on Europe/London time: "today", deadlines and reminder hours are London
 * wall-clock, whatever the server's own time zone. One place, so every feature agrees.
 */
const londonDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const londonTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Europe/London calendar date of an instant, YYYY-MM-DD. */
export function londonDate(now: Date): string {
  return londonDateFormat.format(now);
}

/** The Europe/London wall-clock time of an instant, HH:MM (24-hour). */
export function londonTime(now: Date): string {
  return londonTimeFormat.format(now);
}
