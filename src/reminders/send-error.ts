/**
 * What `send` (or `confirm`) throws when Slack could not be reached or refused. `retryable`
 * covers 5xx and network errors; `retryAfterMs` is set for a 429 (Slack's Retry-After).
 * `mayHaveArrived` is set when the request may have reached Slack although no answer came back
 * (a dropped connection or a timeout): the message may be in the channel. Anything else thrown
 * is treated as such a network error.
 */
export class SendError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly mayHaveArrived: boolean;
  /** A short code for the log, e.g. "ratelimited", "http_500", "channel_not_found". */
  readonly code: string;
  constructor(
    message: string,
    options: { retryable: boolean; retryAfterMs?: number; code?: string; mayHaveArrived?: boolean },
  ) {
    super(message);
    this.name = "SendError";
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.mayHaveArrived = options.mayHaveArrived ?? false;
    this.code = options.code ?? (options.retryable ? "retryable" : "permanent");
  }
}

/** Anything else thrown by a send is taken as a network error after which it may have arrived. */
export function asSendError(err: unknown): SendError {
  return err instanceof SendError
    ? err
    : new SendError((err as Error)?.message ?? String(err), {
        retryable: true,
        code: "network",
        mayHaveArrived: true,
      });
}
