import { App, type AppOptions, type ReceiverEvent } from "@slack/bolt";
import type { Logger } from "../../log.js";
import { readSlackRequest } from "./read-slack-request.js";

/**
 * How long a handled request is remembered. Slack's last retry of an event comes about five
 * minutes after the first try, and a signed request is refused after five minutes; ten is the
 * margin other Slack apps learned to keep (vercel/chat#667), and a little more costs nothing.
 */
/**
 * Claims a key once: true the first time, false while the claim lasts. The store's claimOnce
 * (in this process for the file store, across instances with PostgreSQL) fills it in.
 */
export type ClaimOnce = (key: string, ttlMs: number) => Promise<boolean>;

export const REPLAY_WINDOW_MS = 15 * 60_000;

export interface SlackGuardDeps {
  claimOnce: ClaimOnce;
  log: Logger;
}

/**
 * Runs before Bolt for every request, whichever receiver delivered it (after the HTTP receiver
 * has checked the signature, so forged requests never reach the claim store):
 * - a body of a shape Slack never sends is acknowledged and logged, never run;
 * - a request already handled (same event_id; same trigger_id for commands and presses), be it a
 *   replay or one of Slack's own retries, is acknowledged and not run again, across instances
 *   when the claim store is shared;
 * - a request nothing answered, or whose handling failed before answering, is acknowledged, so
 *   Slack never waits three seconds for a 404 or sees a 500.
 */
export async function guardSlackEvent(
  event: ReceiverEvent,
  run: (event: ReceiverEvent) => Promise<void>,
  deps: SlackGuardDeps,
): Promise<void> {
  const { log } = deps;
  let acked = false;
  const ack: ReceiverEvent["ack"] = async (response) => {
    if (acked) return;
    acked = true;
    await event.ack(response);
  };
  const request = readSlackRequest(event.body);
  if (request.kind === "malformed") {
    log.warn(
      { event: "slack_request_malformed", problem: request.problem },
      "Slack request ignored: signed, but not a shape Slack sends",
    );
    await ack();
    return;
  }
  if (request.kind === "unhandled") {
    log.info(
      { event: "slack_request_unhandled", type: request.type },
      "Slack request acknowledged: nothing here handles it",
    );
    await ack();
    return;
  }
  let first = true;
  try {
    if (request.key) first = await deps.claimOnce(request.key, REPLAY_WINDOW_MS);
  } catch (err) {
    // Without the claim store a repeat cannot be told apart; running it risks a repeat, which the
    // register's own checks (one open review per case, done stays done) keep harmless.
    log.warn(
      {
        event: "slack_claim_failed",
        kind: request.kind,
        err: { message: (err as Error)?.message },
      },
      "Could not record a Slack request as handled; handling it anyway",
    );
  }
  if (!first) {
    log.info(
      { event: "slack_replay_skipped", kind: request.kind, retryNum: event.retryNum ?? 0 },
      "Slack request already handled; acknowledged and not run again",
    );
    await ack();
    return;
  }
  try {
    await run({ ...event, ack });
  } catch (err) {
    log.error(
      {
        event: "slack_event_failed",
        kind: request.kind,
        err: { message: (err as Error)?.message },
      },
      "Slack request could not be handled",
    );
  }
  if (!acked) {
    log.info(
      { event: "slack_request_unanswered", kind: request.kind },
      "Slack request acknowledged: no handler answered it",
    );
    await ack();
  }
}

/** Bolt's App with guardSlackEvent in front of every event its receiver delivers. */
export class GuardedApp extends App {
  private readonly guard: SlackGuardDeps;

  constructor(options: AppOptions, guard: SlackGuardDeps) {
    super(options);
    this.guard = guard;
  }

  override async processEvent(event: ReceiverEvent): Promise<void> {
    await guardSlackEvent(event, (e) => super.processEvent(e), this.guard);
  }
}
