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

const shortDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2027-01-08" -> "Fri 8 Jan 2027": unambiguous for a UK reader, and short enough for a list. */
export function formatShortDate(date: string): string {
  return shortDate.format(new Date(`${date}T12:00:00Z`)).replace(",", "");
}
