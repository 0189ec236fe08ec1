import { webApi } from "@slack/bolt";
import type { Delivery } from "../../reminders/compute-due.js";
import { SendError } from "../../reminders/send-error.js";
import { escapeMrkdwn, truncate } from "./escape-mrkdwn.js";
import { LIMITS, type SlackMessage } from "./render-blocks.js";
import { markDoneButton } from "./render-timeline.js";
import type { SlackMessages } from "./slack-messages.js";

type PostMessage = Pick<webApi.WebClient, "chat">;
type ReadHistory = Pick<webApi.WebClient, "conversations">;

/** The Slack message metadata event type that tags each reminder with its delivery key. */
export const REMINDER_EVENT_TYPE = "mk_reminder";

/**
 * How far before the intent's time the history is read. The intent's time is our clock and the
 * message's ts is Slack's: the margin covers a clock that is off, at the cost of reading a little
 * more of a quiet channel.
 */
export const HISTORY_MARGIN_MS = 60 * 60_000;
/** Pages of 200 messages; a panel channel's history since a crash is normally one page. */
const HISTORY_PAGE = 200;
/** A backstop against a cursor that never ends; far more than a panel channel holds. */
const MAX_HISTORY_PAGES = 50;

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
 * The reminder loop's `send`: chat.postMessage to the panel channel, with the delivery key in
 * the message's metadata so `createReminderConfirm` can find it after a crash. The client must
 * not retry by itself (retries: 0, rejectRateLimitedCalls): the loop owns retries and records
 * them, so Slack's answers are turned into SendErrors it understands: 429 waits for Retry-After,
 * 5xx and network errors are retried with backoff, and a refusal such as channel_not_found is
 * not. The key names no one: it is the review id, step, kind of notice and day.
 */
export function createReminderSender(client: PostMessage, channel: string, m: SlackMessages) {
  return async (delivery: Delivery, text: string): Promise<void> => {
    const message = renderReminder(delivery, text, m);
    try {
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key: delivery.key } },
      });
    } catch (err) {
      throw toSendError(err);
    }
  };
}

interface HistoryMessage {
  metadata?: { event_type?: string; event_payload?: { key?: unknown } };
}

/**
 * The reminder loop's `confirm`: is a message tagged with this delivery's key in the panel
 * channel since `since` (less a margin)? Reads conversations.history with include_all_metadata,
 * page by page. Needs channels:history (public panel channel) or groups:history (private).
 * Any failure throws a SendError: the loop then waits rather than sending unchecked.
 */
export function createReminderConfirm(client: ReadHistory, channel: string) {
  return async (delivery: Delivery, since: Date): Promise<boolean> => {
    const oldest = ((since.getTime() - HISTORY_MARGIN_MS) / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
      let result: Awaited<ReturnType<ReadHistory["conversations"]["history"]>>;
      try {
        result = await client.conversations.history({
          channel,
          oldest,
          limit: HISTORY_PAGE,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
        });
      } catch (err) {
        throw toSendError(err);
      }
      const messages = (result.messages ?? []) as HistoryMessage[];
      if (
        messages.some(
          (msg) =>
            msg.metadata?.event_type === REMINDER_EVENT_TYPE &&
            msg.metadata.event_payload?.key === delivery.key,
        )
      ) {
        return true;
      }
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!result.has_more || !cursor) return false;
    }
    throw new SendError("The panel channel's history did not end", {
      retryable: true,
      code: "history_too_long",
    });
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
      // A gateway that gave up waiting cannot say whether Slack behind it posted the message.
      mayHaveArrived: err.statusCode === 502 || err.statusCode === 504,
    });
  }
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = String(err.data?.error ?? "platform_error");
    return new SendError(`Slack refused the reminder: ${code}`, {
      retryable: RETRYABLE_PLATFORM_ERRORS.has(code),
      code,
      // Slack documents that part of a call that ended in fatal_error may have succeeded.
      mayHaveArrived: code === "fatal_error",
    });
  }
  // No answer at all (a dropped connection, a timeout): Slack may have acted on the request.
  return new SendError(`Could not reach Slack: ${(err as Error)?.message ?? String(err)}`, {
    retryable: true,
    code: "network",
    mayHaveArrived: true,
  });
}
