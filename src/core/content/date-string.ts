import { z } from "zod";

/** A calendar date written YYYY-MM-DD. YAML may hand us a Date object for an unquoted date. */
export const dateString = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
);
