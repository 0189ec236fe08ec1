import { webApi } from "@slack/bolt";
import type { Delivery } from "../../reminders/compute-due.js";
import { SendError } from "../../reminders/reminder-loop.js";
import { escapeMrkdwn, truncate } from "./escape-mrkdwn.js";
import { LIMITS, type SlackMessage } from "./render-blocks.js";
import { markDoneButton } from "./render-timeline.js";
import type { SlackMessages } from "./slack-messages.js";

type PostMessage = Pick<webApi.WebClient, "chat">;

/** Slack's own error codes that mean "try again later" rather than "this will never work". */
const RETRYABLE_PLATFORM_ERRORS = new Set([
  "ratelimited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/** A reminder as a Slack message: its text (escaped: it holds a case reference) and a button. */
export function renderReminder(d: Delivery, text: string, m: SlackMessages): SlackMessage {
  const mrkdwn = truncate(escapeMrkdwn(text), LIMITS.sectionText);
  return {
    text: mrkdwn,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: mrkdwn } },
      {
        type: "actions",
        block_id: "reminder",
        elements: [
          markDoneButton(m.rapidReview.markDone, { id: d.reviewId, milestone: d.milestone }, 0),
        ],
      },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: escapeMrkdwn(m.rapidReview.reminderFooter) }],
      },
    ],
  };
}

/**
 * The reminder loop's `send`: chat.postMessage to the panel channel. The client must not retry
 * by itself (retries: 0, rejectRateLimitedCalls): the loop owns retries and records them, so
 * Slack's answers are turned into SendErrors it understands: 429 waits for Retry-After, 5xx and
 * network errors are retried with backoff, and a refusal such as channel_not_found is not.
 */
export function createReminderSender(client: PostMessage, channel: string, m: SlackMessages) {
  return async (delivery: Delivery, text: string): Promise<void> => {
    const message = renderReminder(delivery, text, m);
    try {
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    } catch (err) {
      throw toSendError(err);
    }
  };
}

export function toSendError(err: unknown): SendError {
  if (err instanceof webApi.WebAPIRateLimitedError) {
    return new SendError("Slack rate limited the reminder", {
      retryable: true,
      retryAfterMs: Math.max(1, err.retryAfter) * 1000,
      code: "ratelimited",
    });
  }
  if (err instanceof webApi.WebAPIHTTPError) {
    return new SendError(`Slack answered HTTP ${err.statusCode}`, {
      retryable: err.statusCode >= 500 || err.statusCode === 408,
      code: `http_${err.statusCode}`,
    });
  }
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = String(err.data?.error ?? "platform_error");
    return new SendError(`Slack refused the reminder: ${code}`, {
      retryable: RETRYABLE_PLATFORM_ERRORS.has(code),
      code,
    });
  }
  return new SendError(`Could not reach Slack: ${(err as Error)?.message ?? String(err)}`, {
    retryable: true,
    code: "network",
  });
}
