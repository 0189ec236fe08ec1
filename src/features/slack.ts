import { setTimeout as sleep } from "node:timers/promises";
import { ExpressReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import { boltLogger } from "../channels/slack/bolt-logger.js";
import { type ClaimOnce, GuardedApp } from "../channels/slack/guard-slack-events.js";
import { slackRapidReview } from "../channels/slack/rapid-review-command.js";
import { refuseSkewedRequests } from "../channels/slack/refuse-skewed-requests.js";
import { createReminderConfirm, createReminderSender } from "../channels/slack/send-reminder.js";
import { registerSlackHandlers } from "../channels/slack/slack-channel.js";
import { loadSlackMessages } from "../channels/slack/slack-messages.js";
import { SlackReachability } from "../channels/slack/slack-reachability.js";
import { loadMilestoneContent } from "../core/rapid-review/milestone-content.js";
import { due } from "../reminders/compute-due.js";
import { startReminderLoop } from "../reminders/reminder-loop.js";
import type { Feature, FeatureContext, FeatureFactory } from "./feature.js";

/** Where Slack sends events, commands and button presses (HTTP mode), on the one server. */
export const SLACK_EVENTS_PATH = "/slack/events";

/**
 * Largest request body read at /slack/events (Bolt's default is 4 MB). The biggest thing Slack
 * sends us is a button press carrying the message or App Home view it came from: at most 100 of
 * our blocks, far below this. Bigger bodies get 413 before their signature is even checked.
 */
export const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Interactive answers are only useful within seconds, so the Web API client retries a little,
 * quickly, rather than the SDK's default of ten tries over half an hour. Reminders use their
 * own client with no retries: the reminder loop retries and records each attempt itself.
 */
const INTERACTIVE_RETRIES = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 };
const API_TIMEOUT_MS = 10_000;
/** How long /healthz waits for Slack's first answer after start-up before saying "checking". */
const FIRST_CHECK_WAIT_MS = 3_000;

export interface SlackFeatureOptions {
  /**
   * Remembers which requests were handled, so a replay or one of Slack's retries runs once. The
   * store's claimOnce shares that across instances; by default it is kept in this process.
   */
  claimOnce?: ClaimOnce;
  /** Delay before the nth background retry while Slack is unreachable (tests make it short). */
  retryDelayMs?: (attempt: number) => number;
}

/**
 * Slack: on when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set (HTTP at /slack/events on the
 * same server) or SLACK_APP_TOKEN (Socket Mode); off otherwise, which the start-up log says.
 * Brings MASH, questions and the Levels of Need to Slack through the shared Assistant, plus the
 * rapid review register and its reminders to the panel channel.
 */
export const slackFeature: FeatureFactory = (ctx) => createSlackFeature(ctx);

export async function createSlackFeature(
  ctx: FeatureContext,
  options: SlackFeatureOptions = {},
): Promise<Feature | undefined> {
  const { config, log } = ctx;
  const slack = config.slack;
  if (slack.mode === "off" || !slack.botToken) return undefined;

  const messages = loadSlackMessages();
  const content = loadMilestoneContent();
  // A corrupt register stops start-up here with a message naming the file (StoreError).
  const register = await ctx.stores.openRegister();
  const logger = boltLogger(log);
  const slackApiUrl = slack.apiUrl;
  const clientOptions = {
    retryConfig: INTERACTIVE_RETRIES,
    timeout: API_TIMEOUT_MS,
    logger,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  };

  let receiver: ExpressReceiver | SocketModeReceiver;
  if (slack.mode === "http") {
    if (!slack.signingSecret) throw new Error("SLACK_SIGNING_SECRET is required for HTTP mode");
    // The receiver verifies every request's signature over the raw body (and refuses ones older
    // than five minutes) before anything runs; its router is mounted on our express app.
    receiver = new ExpressReceiver({
      signingSecret: slack.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      bodyLimit: SLACK_BODY_LIMIT_BYTES,
      logger,
      // The guard acknowledges what it can; anything still thrown is answered 400, never 500.
      processEventErrorHandler: async ({ error, response }) => {
        log.warn(
          { event: "slack_request_failed", err: { message: error.message.slice(0, 200) } },
          "Slack request could not be processed",
        );
        if (response.headersSent) return false;
        response.writeHead(400).end();
        return true;
      },
    });
  } else {
    if (!slack.appToken) throw new Error("SLACK_APP_TOKEN is required for Socket Mode");
    receiver = new SocketModeReceiver({ appToken: slack.appToken, logger });
  }
  const botToken = slack.botToken;
  const api = new webApi.WebClient(botToken, clientOptions);
  // Bolt needs the bot's ids to ignore its own messages. Left to itself it would call auth.test
  // on every event (tokenVerificationEnabled: false) or at construction, where a failure is an
  // unhandled rejection; reachability asks once, remembers a success and asks again after a
  // failure, and tells a refused token from an unreachable Slack.
  const reachability = new SlackReachability({
    authTest: () => api.auth.test(),
    log,
    retryDelayMs: options.retryDelayMs,
  });
  const app = new GuardedApp(
    {
      receiver,
      logger,
      clientOptions,
      authorize: async () => ({ botToken, ...(await reachability.identity()) }),
    },
    { claimOnce: options.claimOnce ?? ((key, ttlMs) => ctx.stores.claimOnce(key, ttlMs)), log },
  );

  const rapid = slackRapidReview({
    register,
    api,
    panelChannel: slack.panelChannel,
    messages,
    content,
    now: ctx.now,
    log,
  });

  registerSlackHandlers(app, {
    assistant: ctx.assistant,
    sessions: ctx.sessions,
    metrics: ctx.metrics,
    log,
    logMessageText: config.logMessageText,
    now: ctx.now,
    mash: ctx.mash,
    messages,
    rapid,
  });

  let loop: ReturnType<typeof startReminderLoop> | undefined;
  if (slack.panelChannel) {
    const sendClient = new webApi.WebClient(slack.botToken, {
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: API_TIMEOUT_MS,
      logger,
      ...(slackApiUrl ? { slackApiUrl } : {}),
    });
    loop = startReminderLoop({
      register,
      send: ctx.metrics.countReminderSends(
        createReminderSender(sendClient, slack.panelChannel, messages),
      ),
      // After a crash or a lost answer, the panel channel's history says whether it arrived.
      confirm: createReminderConfirm(sendClient, slack.panelChannel),
      now: ctx.now,
      log: log.child({ component: "reminders" }),
      reminderTime: config.reminderTime,
    });
    ctx.metrics.countPendingRemindersWith(
      async () =>
        due(ctx.now(), await register.openReviews(), await register.deliveryEntries(), {
          reminderTime: config.reminderTime,
        }).length,
    );
    if (!/^[CG][A-Z0-9]{2,}$/.test(slack.panelChannel)) {
      log.warn(
        { event: "slack_panel_channel_not_an_id" },
        "SLACK_PANEL_CHANNEL should be a channel ID such as C0123ABCD (from the channel's details), not its #name",
      );
    }
  } else {
    log.warn(
      { event: "slack_no_panel_channel" },
      "SLACK_PANEL_CHANNEL is not set: rapid reviews can be listed but not started or changed, and no reminders are sent",
    );
  }

  // Say early if Slack refuses the token or cannot be reached, without stopping Teams starting.
  reachability.start();

  let socketRetry: NodeJS.Timeout | undefined;
  let stopped = false;
  if (receiver instanceof SocketModeReceiver) {
    // Socket Mode connects out to Slack. Once connected the SDK reconnects by itself, but a
    // failed first connection is not retried by it: we retry, backing off, unless the token is
    // refused for good.
    const connect = (attempt: number) => {
      app.start().then(
        () => log.info({ event: "slack_socket_connected" }, "Slack Socket Mode connected"),
        (err: Error & { data?: { error?: string } }) => {
          const code = err.data?.error ?? err.message;
          const permanent =
            /invalid_auth|not_allowed_token_type|token_revoked|account_inactive/.test(code);
          log.error(
            { event: "slack_socket_failed", code, attempt, willRetry: !permanent && !stopped },
            permanent
              ? "Slack refused SLACK_APP_TOKEN for Socket Mode; check it and restart"
              : "Slack Socket Mode could not connect; retrying",
          );
          if (permanent || stopped) return;
          socketRetry = setTimeout(
            () => connect(attempt + 1),
            Math.min(300_000, 5_000 * 2 ** attempt),
          );
          socketRetry.unref();
        },
      );
    };
    connect(0);
  }

  return {
    name: "slack",
    mount:
      receiver instanceof ExpressReceiver
        ? (express) => {
            express.post(SLACK_EVENTS_PATH, refuseSkewedRequests(log));
            express.use(receiver.router);
          }
        : undefined,
    health: async () => {
      // Right after start-up, wait (briefly: a health probe has its own timeout) for Slack's
      // first answer, so the first /healthz already says whether the token was accepted.
      if (reachability.health().state === "checking") {
        await Promise.race([
          reachability.identity().catch(() => undefined),
          sleep(FIRST_CHECK_WAIT_MS, undefined, { ref: false }),
        ]);
      }
      const link = reachability.health();
      const readable = await register.readable();
      return [
        {
          name: "slack",
          ok: link.ok,
          detail: link.state === "connected" ? `connected (${slack.mode})` : link.detail,
        },
        readable
          ? { name: "rapid-review-register", ok: true }
          : { name: "rapid-review-register", ok: false, detail: "not readable" },
      ];
    },
    stop: async () => {
      stopped = true;
      reachability.stop();
      clearTimeout(socketRetry);
      await loop?.stop();
      if (receiver instanceof SocketModeReceiver) await app.stop().catch(() => undefined);
    },
  };
}
