import {
  loadMilestoneContent,
  type MilestoneContent,
} from "../core/rapid-review/milestone-content.js";
import {
  loadRegisterMessages,
  type RegisterMessages,
} from "../core/rapid-review/register-messages.js";
import { londonTime } from "../core/rapid-review/working-days.js";
import type { ReviewRegister } from "../store/review-register.js";
import { type Delivery, due } from "./compute-due.js";
import { reminderText } from "./reminder-text.js";

/**
 * What `send` throws when a message did not go out. `retryable` covers 5xx and network errors;
 * `retryAfterMs` is set for a 429 (Slack's Retry-After). Anything else thrown by `send` is
 * treated as a retryable network error.
 */
export class SendError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  /** A short code for the log, e.g. "ratelimited", "http_500", "channel_not_found". */
  readonly code: string;
  constructor(
    message: string,
    options: { retryable: boolean; retryAfterMs?: number; code?: string },
  ) {
    super(message);
    this.name = "SendError";
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.code = options.code ?? (options.retryable ? "retryable" : "permanent");
  }
}

type LogFn = (obj: object, msg?: string) => void;
export interface LoopLog {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface ReminderLoopOptions {
  register: ReviewRegister;
  /** Posts one reminder (the Slack feature: chat.postMessage to the panel channel). */
  send: (delivery: Delivery, text: string) => Promise<void>;
  now: () => Date;
  log: LoopLog;
  /** How often to look for due reminders; 0 = never by itself (call runOnce). */
  intervalMs?: number;
  /** "HH:MM" Europe/London. */
  reminderTime?: string;
  /** Waits between retries; tests pass a fake that records the waits. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Tries per reminder per run for 5xx and network errors (429 waits do not count). */
  maxAttempts?: number;
  /** Most 429 waits per reminder per run before giving up until the next run. */
  maxRateLimitWaits?: number;
  /** Wait before retry n (1-based) after a 5xx or network error. */
  backoffMs?: (retry: number) => number;
  /** A reminder refused for good (e.g. channel_not_found) is not tried again for this long. */
  failureCooldownMs?: number;
  content?: MilestoneContent;
  messages?: RegisterMessages;
}

export interface RunSummary {
  sent: number;
  failed: number;
  /** Stale intents from a crash that a newer notice replaced, or that are no longer needed. */
  dropped: number;
}

export interface ReminderLoop {
  /** Stops the timer and waits for a run in progress (which abandons its retries). */
  stop(): Promise<void>;
  /** One pass: work out what is due and send it. Runs never overlap. */
  runOnce(): Promise<RunSummary>;
}

const defaultSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });

const defaultBackoff = (retry: number) => Math.min(30_000, 1_000 * 2 ** (retry - 1));

/**
 * Sends reminders every minute. Each reminder is written to the register as "sending" BEFORE it
 * goes out and as "sent" after `send` succeeds, so a crash (even SIGKILL) at any point leaves a
 * trace:
 * - killed before "sending" was written: nothing was sent; due() offers it again on restart.
 * - killed after "sent" was written: it is never sent again.
 * - killed between the two: we cannot know whether Slack got it. On restart such a stale
 *   intent is sent again (if it is still the newest notice for a milestone not done) with a
 *   short "may be a repeat" line. We choose a possible double over a possible loss: a missed
 *   statutory deadline costs more than one extra message, and the window is one request long.
 * A send that fails for sure (5xx/network after all retries, or a permanent refusal) removes
 * its intent, so the next run tries again; permanent refusals wait `failureCooldownMs`.
 */
export function startReminderLoop(options: ReminderLoopOptions): ReminderLoop {
  const {
    register,
    send,
    now,
    log,
    intervalMs = 60_000,
    reminderTime = "09:00",
    sleep = defaultSleep,
    maxAttempts = 5,
    maxRateLimitWaits = 10,
    backoffMs = defaultBackoff,
    failureCooldownMs = 15 * 60_000,
  } = options;
  const content = options.content ?? loadMilestoneContent();
  const messages = options.messages ?? loadRegisterMessages();
  const abort = new AbortController();
  const cooldown = new Map<string, number>();
  let chain: Promise<unknown> = Promise.resolve();
  let running = false;

  async function deliver(d: Delivery, maybeRepeat: boolean): Promise<"sent" | "failed"> {
    const text = reminderText(d, content, messages, { maybeRepeat });
    if (!maybeRepeat) await register.recordDelivery(d, "sending", now());
    let failures = 0;
    let rateLimitWaits = 0;
    for (;;) {
      try {
        await send(d, text);
      } catch (err) {
        const e =
          err instanceof SendError
            ? err
            : new SendError((err as Error)?.message ?? String(err), {
                retryable: true,
                code: "network",
              });
        const isRateLimit = e.retryAfterMs !== undefined;
        if (isRateLimit) rateLimitWaits++;
        else failures++;
        const giveUp =
          abort.signal.aborted ||
          !e.retryable ||
          (isRateLimit ? rateLimitWaits > maxRateLimitWaits : failures >= maxAttempts);
        if (giveUp) {
          await register.forgetDelivery(d.key);
          if (!e.retryable) cooldown.set(d.key, now().getTime() + failureCooldownMs);
          log.warn(
            { key: d.key, code: e.code, failures, rateLimitWaits },
            "Reminder not sent this time; it will be tried again",
          );
          return "failed";
        }
        const wait = isRateLimit ? (e.retryAfterMs as number) : backoffMs(failures);
        log.info({ key: d.key, code: e.code, waitMs: wait }, "Reminder send failed; retrying");
        await sleep(wait, abort.signal);
        continue;
      }
      try {
        await register.recordDelivery(d, "sent", now());
      } catch (err) {
        // It went out; the record stays "sending" on disk, so a restart may repeat it (flagged).
        log.error({ key: d.key, err: (err as Error).message }, "Reminder sent but not recorded");
      }
      log.info({ key: d.key, type: d.type, late: d.late, maybeRepeat }, "Reminder sent");
      return "sent";
    }
  }

  async function run(): Promise<RunSummary> {
    const summary: RunSummary = { sent: 0, failed: 0, dropped: 0 };
    const at = now();
    // Any "sending" record seen here is stale: runs never overlap, so no send is in flight.
    const stale = new Set(
      register
        .deliveries()
        .filter((d) => d.status === "sending")
        .map((d) => d.key),
    );
    const known = register.deliveryKeys();
    const seen = stale.size ? new Set([...known].filter((k) => !stale.has(k))) : known;
    const list = due(at, register.list({ open: true }), seen, { reminderTime });
    // Before the reminder hour due() offers nothing, so a stale intent cannot be judged yet.
    if (stale.size && londonTime(at) >= reminderTime) {
      const stillWanted = new Set(list.map((d) => d.key));
      for (const key of stale) {
        if (!stillWanted.has(key)) {
          await register.forgetDelivery(key);
          summary.dropped++;
        }
      }
    }
    for (const d of list) {
      if (abort.signal.aborted) break;
      const until = cooldown.get(d.key);
      if (until !== undefined && until > now().getTime()) continue;
      cooldown.delete(d.key);
      const result = await deliver(d, stale.has(d.key));
      summary[result]++;
    }
    return summary;
  }

  function runOnce(): Promise<RunSummary> {
    const next = chain.then(run, run);
    chain = next.catch(() => undefined);
    return next;
  }

  let timer: NodeJS.Timeout | undefined;
  function tick() {
    if (running) return;
    running = true;
    runOnce()
      .catch((err) => log.error({ err: (err as Error).message }, "Reminder run failed"))
      .finally(() => {
        running = false;
      });
  }
  if (intervalMs > 0) {
    timer = setInterval(tick, intervalMs);
    timer.unref();
    tick();
  }

  return {
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      abort.abort();
      await chain;
    },
  };
}
