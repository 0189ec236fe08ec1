/**
 * The part of the date-holidays data set that the England and Wales working-day calendar needs:
 * the GB rules (England and Wales are a state of GB there) and the holiday names. Shared
 * by scripts/make-england-holidays.ts, which writes it out, and the test that checks the
 * written file is up to date.
 */
export interface HolidayRules {
  version: string;
  license: string;
  holidays: { GB: unknown };
  names: Record<string, unknown>;
}

export async function englandHolidayRules(): Promise<HolidayRules> {
  // The package exports its data set as "date-holidays/data", without types.
  const { data } = (await import("date-holidays/data" as string)) as {
    data: { version: string; license: string; holidays: Record<string, unknown>; names: object };
  };
  // Every name is kept (24 KB): the parser reads some by key, not only those the rules name.
  return {
    version: data.version,
    license: data.license,
    holidays: { GB: data.holidays.GB },
    names: data.names as Record<string, unknown>,
  };
}
