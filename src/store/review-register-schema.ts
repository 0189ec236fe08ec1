import { z } from "zod";
import { DELIVERY_KEY_PATTERN } from "../core/rapid-review/delivery-key.js";
import { MILESTONE_KEYS, REVIEW_KINDS } from "../core/rapid-review/types.js";

export { DELIVERY_KEY_PATTERN };

/**
 * What rapid-reviews.json holds. `version` lets a release migrate the file instead of
 * misreading it. No names: a review is known by its case reference, people by their chat user id.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const instant = z.iso.datetime({ offset: true });
// Strict objects throughout: the big lists are validated in place, not copied (see arrayOf), so
// a key zod would strip must be refused instead.
const stamp = z.strictObject({ at: instant, by: z.string().min(1).max(64) });

export const milestoneKeySchema = z.enum(MILESTONE_KEYS);
const reminderTypeSchema = z.enum(["before", "due", "overdue"]);
/**
 * "sending" is written before the message goes out and "sent" after Slack accepted it, so a
 * crash between the two is visible on restart (see src/reminders/reminder-loop.ts).
 */
const deliveryStatusSchema = z.enum(["sending", "sent"]);

export const reviewRecordSchema = z.strictObject({
  id: z.string().regex(/^RR-\d{4,}$/),
  caseRef: z.string().regex(/^[A-Z0-9/-]{2,20}$/),
  kind: z.enum(REVIEW_KINDS),
  received: date,
  publication: date.optional(),
  done: z.partialRecord(milestoneKeySchema, stamp),
  closed: stamp.optional(),
  createdBy: z.string().min(1).max(64),
  createdAt: instant,
});

/** A delivery key (see core/rapid-review/delivery-key.ts): version 2 stores nothing beside it. */
export const deliveryKeySchema = z
  .string()
  .regex(DELIVERY_KEY_PATTERN, "must be a delivery key (review:milestone:type:YYYY-MM-DD)");

/** Version 2: what is known of one notice, under its key. */
export const deliveryEntrySchema = z.strictObject({
  status: deliveryStatusSchema,
  attemptedAt: instant,
  sentAt: instant.optional(),
});

type Path = (string | number)[];
function addIssues(ctx: z.RefinementCtx, at: Path, issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues.slice(0, 1)) {
    ctx.addIssue({ code: "custom", message: issue.message, path: [...at, ...issue.path] as Path });
  }
}

/**
 * A list whose every element `item` accepts, passed through AS IT IS. zod's own z.array builds a
 * validated copy, which for 10k reviews and ~50k deliveries was 16 MB more heap than the parsed
 * JSON (and its garbage more RSS again). `item` must be a strict schema with no transforms or
 * defaults, so the input is exactly what zod would have returned.
 */
function arrayOf<T>(item: z.ZodType<T>) {
  return z
    .custom<T[]>((v) => Array.isArray(v), "must be a list")
    .superRefine((list, ctx) => {
      for (let i = 0; i < list.length; i++) {
        const r = item.safeParse(list[i]);
        if (!r.success) return addIssues(ctx, [i], r.error.issues);
      }
    });
}

/** A map (JSON object) whose keys and values are checked one by one and kept as they are. */
function recordOf<V>(key: z.ZodType<string>, value: z.ZodType<V>) {
  return z
    .custom<Record<string, V>>(
      (v) => typeof v === "object" && v !== null && !Array.isArray(v),
      "must be an object",
    )
    .superRefine((map, ctx) => {
      for (const k of Object.keys(map)) {
        const rk = key.safeParse(k);
        if (!rk.success) return addIssues(ctx, [k], rk.error.issues);
        const rv = value.safeParse(map[k]);
        if (!rv.success) return addIssues(ctx, [k], rv.error.issues);
      }
    });
}

/**
 * Version 2 (current). Deliveries are a map from key to entry, and records that due() can never
 * need again are pruned (see src/reminders/prune-deliveries.ts), so the file stays bounded
 * instead of growing by every notice ever sent.
 */
export const reviewRegisterFileSchema = z.strictObject({
  version: z.literal(2),
  /** The number of the next review id; never reused, even after a review is closed. */
  nextNumber: z.number().int().min(1),
  reviews: arrayOf(reviewRecordSchema),
  deliveries: recordOf(deliveryKeySchema, deliveryEntrySchema),
});

export type ReviewRegisterFile = z.infer<typeof reviewRegisterFileSchema>;
export type DeliveryEntry = z.infer<typeof deliveryEntrySchema>;

/** Version 1: every delivery ever made, as an array of records repeating what the key says. */
export const deliveryRecordV1Schema = z.object({
  key: z.string().min(1),
  reviewId: z.string(),
  milestone: milestoneKeySchema,
  type: reminderTypeSchema,
  date,
  status: deliveryStatusSchema,
  attemptedAt: instant,
  sentAt: instant.optional(),
});

export const reviewRegisterFileV1Schema = z.object({
  version: z.literal(1),
  nextNumber: z.number().int().min(1),
  reviews: z.array(reviewRecordSchema),
  deliveries: z.array(deliveryRecordV1Schema),
});

export type ReviewRegisterFileV1 = z.infer<typeof reviewRegisterFileV1Schema>;

/**
 * Version 1 to 2: each record becomes an entry under its key; nothing is dropped here (pruning
 * is a separate step with its own rules). A v1 key that is not in the key format cannot be kept
 * under v2's schema, so it is rebuilt from the record's own fields, which v1 validated.
 */
export function upgradeRegisterV1(old: ReviewRegisterFileV1): ReviewRegisterFile {
  const deliveries: ReviewRegisterFile["deliveries"] = {};
  for (const d of old.deliveries) {
    const key = DELIVERY_KEY_PATTERN.test(d.key)
      ? d.key
      : `${d.reviewId}:${d.milestone}:${d.type}:${d.date}`;
    const previous = deliveries[key];
    // Two records under one key cannot come from this code; if a hand edit made them, the
    // one that says "sent" wins, so a reminder known to be delivered is never sent again.
    if (previous?.status === "sent" && d.status !== "sent") continue;
    deliveries[key] = {
      status: d.status,
      attemptedAt: d.attemptedAt,
      ...(d.sentAt ? { sentAt: d.sentAt } : {}),
    };
  }
  return { version: 2, nextNumber: old.nextNumber, reviews: old.reviews, deliveries };
}
