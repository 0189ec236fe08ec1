import type { ReviewForReminders } from "./compute-due.js";

/** What the loop knows of one reminder's record. */
export interface LedgerEntry {
  status: "sending" | "sent";
  /** ISO instant the "sending" intent was first written. */
  attemptedAt: string;
}

/**
 * Where reminders are recorded: the register (src/store), a file or PostgreSQL. Defined here,
 * where it is used, so that reminders/ and store/ need not know each other; main wiring passes
 * the register in. Writes resolve once durable and throw an error whose `code` is
 * "STORE_UNUSABLE" (StoreError) when the store cannot be written.
 */
export interface ReminderLedger {
  openReviews(): Promise<readonly ReviewForReminders[]>;
  deliveryEntries(): Promise<ReadonlyMap<string, LedgerEntry>>;
  /**
   * Runs `work` while this process alone handles the reminder (across every instance sharing
   * the store), with the reminder's record as it stands once held; `held: false` when another
   * instance is handling it right now.
   */
  withDelivery<T>(
    key: string,
    work: (entry: LedgerEntry | undefined) => Promise<T>,
  ): Promise<{ held: true; value: T } | { held: false }>;
  recordDelivery(key: string, status: LedgerEntry["status"], at: Date): Promise<void>;
  forgetDelivery(key: string): Promise<void>;
  dropDeliveries(keys: readonly string[]): Promise<number>;
}

/** The store could not be written (StoreError, by its code: the loop does not import store/). */
export function storeFailure(err: unknown): { file: string; message: string } | undefined {
  const e = err as { code?: unknown; file?: unknown; message?: unknown } | null;
  return e?.code === "STORE_UNUSABLE"
    ? { file: String(e.file), message: String(e.message) }
    : undefined;
}
