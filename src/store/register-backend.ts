import type { MilestoneKey, ReminderType, ReviewKind } from "../core/rapid-review/types.js";
import type { Decision } from "./json-store.js";
import type { DeliveryEntry, ReviewRegisterFile } from "./review-register-schema.js";

export interface Stamp {
  /** ISO instant. */
  at: string;
  /** The chat user id of who did it (never a name). */
  by: string;
}

export interface ReviewRecord {
  id: string;
  caseRef: string;
  kind: ReviewKind;
  received: string;
  publication?: string;
  done: Partial<Record<MilestoneKey, Stamp>>;
  closed?: Stamp;
  createdBy: string;
  createdAt: string;
}

export interface DeliveryRecord {
  key: string;
  reviewId: string;
  milestone: MilestoneKey;
  type: ReminderType;
  date: string;
  status: "sending" | "sent";
  attemptedAt: string;
  sentAt?: string;
}

export type { Decision, DeliveryEntry };

/** The number a review id carries ("RR-0042" is 42). */
export function reviewNumber(id: string): number {
  return Number(id.slice(3));
}

export function reviewId(number: number): string {
  return `RR-${String(number).padStart(4, "0")}`;
}

/**
 * Where the register lives: one lowdb file (one process) or PostgreSQL (any number). Every
 * change is one transaction: `decide` is handed the current state, read inside the transaction
 * (the file's write queue, or a row lock), and returns what to write; nothing else can change
 * that state in between. Resolves only once the write is durable. Failures throw StoreError.
 */
export interface RegisterBackend {
  /** For messages: the data file's path, or "PostgreSQL". */
  readonly where: string;
  list(open?: boolean): Promise<ReviewRecord[]>;
  find(id: string): Promise<ReviewRecord | undefined>;
  /** `decide` gets the review with this id (undefined if none) and says what to write. */
  changeReview<R>(
    id: string,
    decide: (current: ReviewRecord | undefined) => Decision<ReviewRecord, R>,
  ): Promise<R>;
  /**
   * `decide` gets the next review number (never used before) and the open review with this case
   * reference, if any, and says what to insert. The number is spent only if something is.
   */
  createReview<R>(
    caseRef: string,
    decide: (slot: { number: number; openClash?: ReviewRecord }) => Decision<ReviewRecord, R>,
  ): Promise<R>;

  /** Every delivery record, by key. */
  deliveryEntries(): Promise<Map<string, DeliveryEntry>>;
  /**
   * Runs `work` while this process alone handles the reminder `key` (across instances too),
   * handing it the key's record as it stands once held. `held: false`: another instance is
   * handling it right now, so this one leaves it.
   */
  withDelivery<T>(
    key: string,
    work: (entry: DeliveryEntry | undefined) => Promise<T>,
  ): Promise<{ held: true; value: T } | { held: false }>;
  /** Writes the key's record: "sending" before a send, "sent" after. */
  recordDelivery(key: string, status: DeliveryEntry["status"], at: Date): Promise<void>;
  /** Removes a "sending" record (the send failed for sure); a "sent" one is left alone. */
  forgetDelivery(key: string): Promise<void>;
  /** Removes these "sent" records (pruning); returns how many went. */
  dropDeliveries(keys: readonly string[]): Promise<number>;

  /** Everything, as the file holds it: for moving a register between stores. */
  exportAll(): Promise<ReviewRegisterFile>;
  /** Loads a whole register into an empty store; refuses if this one holds any review. */
  importAll(data: ReviewRegisterFile): Promise<void>;
  readable(): Promise<boolean>;
}
