import {
  loadMilestoneContent,
  type MilestoneContent,
} from "../core/rapid-review/milestone-content.js";
import {
  loadRegisterMessages,
  type RegisterMessages,
} from "../core/rapid-review/register-messages.js";
import { londonDate, londonTime } from "../core/rapid-review/working-days.js";
import { type Delivery, due } from "./compute-due.js";
import { prunableDeliveries } from "./prune-deliveries.js";
import { type ReminderLedger, storeFailure } from "./reminder-ledger.js";
import { reminderText } from "./reminder-text.js";
import { asSendError } from "./send-error.js";

type LogFn = (obj: object, msg?: string) => void;
export interface LoopLog {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface ReminderLoopOptions {
  register: ReminderLedger;
  /**
   * Posts one reminder (the Slack feature: chat.postMessage to the panel channel), tagged with
   * `delivery.key` so that `confirm` can find it later.
   */
  send: (delivery: Delivery, text: string) => Promise<void>;
  /**
   * Is this reminder already in the channel? Asked, instead of sending blind, whenever a send may
   * have reached Slack without our knowing: a "sending" record left by a crash, or a send whose
   * answer was lost. `since` is when the intent was written; nothing older needs reading. Throws
   * if it cannot tell (the reminder then waits for the next run; it is never sent unchecked).
   */
  confirm: (delivery: Delivery, since: Date) => Promise<boolean>;
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
  /** Found already in the channel (a crash or lost answer hid it): recorded, not sent again. */
  confirmed: number;
  failed: number;
  /** Stale intents from a crash that a newer notice replaced, or that are no longer needed. */
  dropped: number;
  /** Being handled by another instance at that moment: left to it. */
  elsewhere: number;
  /** The register could not be written: the run stopped and nothing more was sent. */
  storeFailed: boolean;
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

type Outcome = "sent" | "confirmed" | "failed";

/**
 * Sends reminders every minute, each exactly once, even across a crash (SIGKILL included).
 *
 * Each reminder is written to the register as "sending" BEFORE it goes out and as "sent" after
 * Slack accepted it, and the message carries the reminder's key (Slack message metadata). So:
 * - killed before "sending" was written: nothing was sent; due() offers it again on restart.
 * - killed after "sent" was written: it is never sent again.
 * - killed between the two (or a send whose answer was lost): we cannot know from our side
 *   whether Slack got it, so we ask Slack (`confirm`: the channel's history since the intent,
 *   looking for the key). Found: recorded as sent, not sent again. Not found: sent. Slack could
 *   not be asked: nothing is sent, and the next run asks again. Never a guess either way.
 * A send that failed for sure (a 429, a 5xx answer, a refusal) removes its intent after the
 * retries, so the next run tries again; permanent refusals wait `failureCooldownMs`.
 * If the register cannot be written (disk full, data folder gone) nothing is sent, since an
 * unrecorded send could be repeated after a restart: the run stops with one clear error in the
 * log and the next run (a minute later) tries again. Reminders wait; none is lost.
 */
export function startReminderLoop(options: ReminderLoopOptions): ReminderLoop {
  const {
    register,
    send,
    confirm,
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

  /** Asks Slack whether the reminder is there; undefined when it could not tell. */
  async function lookUp(d: Delivery, since: Date): Promise<boolean | undefined> {
    try {
      return await confirm(d, since);
    } catch (err) {
      const e = asSendError(err);
      // A refusal (missing_scope, not_in_channel) will not mend in a minute: wait longer.
      if (!e.retryable) cooldown.set(d.key, now().getTime() + failureCooldownMs);
      log.error(
        { event: "reminder_confirm_failed", key: d.key, code: e.code },
        "Could not check the panel channel for a reminder that may already have been sent; it is not sent until that check works, and will be tried again",
      );
      return undefined;
    }
  }

  async function markSent(d: Delivery): Promise<void> {
    await register.recordDelivery(d.key, "sent", now());
  }

  /** A "sending" record from before: ask Slack, then send only if it is not there. */
  async function recover(d: Delivery, since: Date): Promise<Outcome> {
    const found = await lookUp(d, since);
    if (found === undefined) return "failed";
    if (found) {
      await markSent(d);
      log.info(
        { event: "reminder_confirmed", key: d.key },
        "Reminder was already in the panel channel; recorded without sending it again",
      );
      return "confirmed";
    }
    return attempt(d, since);
  }

  async function deliver(d: Delivery): Promise<Outcome> {
    const at = now();
    // Written first: without it on disk, a crash after the send would lead to a repeat.
    await register.recordDelivery(d.key, "sending", at);
    return attempt(d, at);
  }

  /** Sends with retries; the "sending" intent is already on disk, written at `since`. */
  async function attempt(d: Delivery, since: Date): Promise<Outcome> {
    const text = reminderText(d, content, messages);
    let failures = 0;
    let rateLimitWaits = 0;
    let uncertain = false;
    for (;;) {
      if (uncertain) {
        // The last try may have reached Slack: look before trying again.
        const found = await lookUp(d, since);
        if (found === undefined) return "failed"; // intent kept: the next run asks again
        if (found) {
          await markSent(d);
          log.info({ event: "reminder_confirmed", key: d.key }, "Reminder had arrived after all");
          return "confirmed";
        }
        uncertain = false;
      }
      try {
        await send(d, text);
      } catch (err) {
        const e = asSendError(err);
        const isRateLimit = e.retryAfterMs !== undefined;
        if (isRateLimit) rateLimitWaits++;
        else failures++;
        uncertain = e.mayHaveArrived;
        const giveUp =
          abort.signal.aborted ||
          !e.retryable ||
          (isRateLimit ? rateLimitWaits > maxRateLimitWaits : failures >= maxAttempts);
        if (giveUp) {
          // Keep the intent if Slack may have the message: the next run asks before sending.
          if (!uncertain) await register.forgetDelivery(d.key);
          if (!e.retryable) cooldown.set(d.key, now().getTime() + failureCooldownMs);
          log.warn(
            { event: "reminder_not_sent", key: d.key, code: e.code, failures, rateLimitWaits },
            "Reminder not sent this time; it will be tried again",
          );
          return "failed";
        }
        const wait = isRateLimit ? (e.retryAfterMs as number) : backoffMs(failures);
        log.info(
          { event: "reminder_retry", key: d.key, code: e.code, waitMs: wait },
          "Reminder send failed; retrying",
        );
        await sleep(wait, abort.signal);
        continue;
      }
      await markSent(d);
      log.info({ event: "reminder_sent", key: d.key, type: d.type, late: d.late }, "Reminder sent");
      return "sent";
    }
  }

  /** The London day delivery records were last pruned for. */
  let prunedFor = "";

  async function run(): Promise<RunSummary> {
    const summary: RunSummary = {
      sent: 0,
      confirmed: 0,
      failed: 0,
      dropped: 0,
      elsewhere: 0,
      storeFailed: false,
    };
    const at = now();
    try {
      const open = await register.openReviews();
      let entries = await register.deliveryEntries();
      const today = londonDate(at);
      if (prunedFor !== today) {
        // Once a day: records due() can never need again go, so the register stays bounded.
        const drop = prunableDeliveries(today, open, entries);
        if (drop.length > 0) {
          await register.dropDeliveries(drop);
          entries = await register.deliveryEntries();
        }
        prunedFor = today;
      }
      // A "sending" record is a send whose outcome is unknown (a crash, a lost answer), unless
      // another instance is sending it right now: withDelivery() below tells which.
      const stale = new Map<string, Date>();
      for (const [key, e] of entries) {
        if (e.status === "sending") stale.set(key, new Date(e.attemptedAt));
      }
      // due() offers stale intents again, so each is either looked up in Slack or dropped below.
      const seen = { has: (k: string) => entries.has(k) && !stale.has(k) };
      const list = due(at, open, seen, { reminderTime });
      // Before the reminder hour due() offers nothing, so a stale intent cannot be judged yet.
      if (stale.size && londonTime(at) >= reminderTime) {
        const stillWanted = new Set(list.map((d) => d.key));
        for (const key of stale.keys()) {
          if (stillWanted.has(key)) continue;
          const outcome = await register.withDelivery(key, async (entry) => {
            if (entry?.status !== "sending") return false;
            await register.forgetDelivery(key);
            return true;
          });
          if (outcome.held && outcome.value) summary.dropped++;
        }
      }
      for (const d of list) {
        if (abort.signal.aborted) break;
        const until = cooldown.get(d.key);
        if (until !== undefined && until > now().getTime()) continue;
        cooldown.delete(d.key);
        // Decided from the record as it stands once held: another instance may have sent it
        // since the list was made, or died half-way through.
        const outcome = await register.withDelivery(d.key, async (entry) => {
          if (entry?.status === "sent") return undefined;
          if (entry?.status === "sending") return recover(d, new Date(entry.attemptedAt));
          return deliver(d);
        });
        if (!outcome.held) summary.elsewhere++;
        else if (outcome.value) summary[outcome.value]++;
      }
    } catch (err) {
      const failure = storeFailure(err);
      if (!failure) throw err;
      summary.storeFailed = true;
      log.error(
        { event: "reminders_store_failed", file: failure.file },
        `Reminders are paused: ${failure.message} They will be tried again at the next check, and none is lost.`,
      );
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
      .catch((err) =>
        log.error(
          { event: "reminder_run_failed", err: (err as Error).message },
          "Reminder run failed",
        ),
      )
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
