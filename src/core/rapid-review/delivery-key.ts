import { MILESTONE_KEYS, type MilestoneKey, type ReminderType } from "./types.js";

/**
 * A reminder's identity: `${reviewId}:${milestone}:${type}:${date}`. The same notice always has
 * the same key, so "was this one sent?" is a lookup, the register can refuse a second record
 * of it, and the key travels in the Slack message's metadata so a crash can be checked against
 * the channel. The one place the format is written or read.
 */
export const DELIVERY_KEY_PATTERN = new RegExp(
  `^(RR-\\d{4,}):(${MILESTONE_KEYS.join("|")}):(before|due|overdue):(\\d{4}-\\d{2}-\\d{2})$`,
);

export interface DeliveryKeyParts {
  reviewId: string;
  milestone: MilestoneKey;
  type: ReminderType;
  /** The working day the notice belongs to, YYYY-MM-DD. */
  date: string;
}

export function deliveryKey(
  reviewId: string,
  milestone: MilestoneKey,
  type: ReminderType,
  date: string,
): string {
  return `${reviewId}:${milestone}:${type}:${date}`;
}

/** The parts of a key, or undefined if it is not a delivery key. */
export function parseDeliveryKey(key: string): DeliveryKeyParts | undefined {
  const m = DELIVERY_KEY_PATTERN.exec(key);
  if (!m) return undefined;
  return {
    reviewId: m[1] as string,
    milestone: m[2] as MilestoneKey,
    type: m[3] as ReminderType,
    date: m[4] as string,
  };
}
