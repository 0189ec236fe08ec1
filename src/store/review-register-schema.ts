import { z } from "zod";
import { MILESTONE_KEYS, REVIEW_KINDS } from "../core/rapid-review/types.js";

/**
 * What rapid-reviews.json holds. `version` lets a later release migrate the file instead of
 * misreading it. No names: a review is known by its case reference, people by their chat user id.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const instant = z.iso.datetime({ offset: true });
const stamp = z.object({ at: instant, by: z.string().min(1).max(64) });

export const milestoneKeySchema = z.enum(MILESTONE_KEYS);

export const reviewRecordSchema = z.object({
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

export const deliveryRecordSchema = z.object({
  /** `${reviewId}:${milestone}:${type}:${date}`: one notice, ever. */
  key: z.string().min(1),
  reviewId: z.string(),
  milestone: milestoneKeySchema,
  type: z.enum(["before", "due", "overdue"]),
  /** The working day the notice belongs to (YYYY-MM-DD). */
  date,
  /**
   * "sending" is written before the message goes out and "sent" after Slack accepted it, so a
   * crash between the two is visible on restart (see src/reminders/reminder-loop.ts).
   */
  status: z.enum(["sending", "sent"]),
  attemptedAt: instant,
  sentAt: instant.optional(),
});

export const reviewRegisterFileSchema = z.object({
  version: z.literal(1),
  /** The number of the next review id; never reused, even after a review is closed. */
  nextNumber: z.number().int().min(1),
  reviews: z.array(reviewRecordSchema),
  deliveries: z.array(deliveryRecordSchema),
});

export type ReviewRegisterFile = z.infer<typeof reviewRegisterFileSchema>;
