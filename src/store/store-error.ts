/**
 * The store cannot be used: a broken or clashing file, a full disk, a lost database. The message
 * names what (`file` is the data file, or "PostgreSQL") and what the operator can do about it.
 * Callers treat it as "nothing was stored": a user is never told "done" after one.
 */
export class StoreError extends Error {
  readonly code = "STORE_UNUSABLE";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

/** True for a StoreError, also one from another copy of this module (duck-typed on its code). */
export function isStoreError(err: unknown): err is StoreError {
  return (err as { code?: unknown } | null)?.code === "STORE_UNUSABLE";
}
