const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2027-01-04" -> "Monday 4 January 2027": the way people read deadlines. */
export function formatLongDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`)).replace(",", "");
}
