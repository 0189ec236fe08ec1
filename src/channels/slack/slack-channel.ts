import type { App, BlockAction } from "@slack/bolt";
import type { Assistant } from "../../core/assistant/assistant.js";
import type { TurnInput } from "../../core/assistant/turn.js";
import { type MashContacts, mashContactsReply } from "../../core/contacts/mash-contacts.js";
import {
  answerRapidReviewCommand,
  isChangingCommand,
} from "../../core/rapid-review/answer-rapid-review-command.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../log.js";
import type { Metrics } from "../../metrics.js";
import type { SessionStore } from "../../store/session-store.js";
import { createTurnRunner } from "../run-turn.js";
import { answerMarkDone } from "./answer-mark-done.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { handleFailures } from "./handle-failures.js";
import {
  mrkdwnMessage,
  type RapidReviewContext,
  renderRapidReviewAnswer,
} from "./rapid-review-command.js";
import { type BlockActionBody, readBlockAction } from "./read-block-action.js";
import { BUTTON_ACTION_PREFIX, CHOICE_ACTION_PREFIX, renderMessage } from "./render-blocks.js";
import { renderHome } from "./render-home.js";
import { MARK_DONE_ACTION } from "./render-timeline.js";
import { deliver, replyTarget } from "./reply-target.js";
import type { SlackMessages } from "./slack-messages.js";

/** The slash commands this app registers; the manifest test checks they are all declared. */
export const SLASH_COMMANDS = ["/rapidreview", "/mash", "/ask", "/levels"] as const;

export interface SlackChannelDeps {
  /** Called per event: the assistant exists once every feature has been built. */
  assistant: () => Assistant;
  sessions: SessionStore;
  /** Turns counted at /metrics (the app passes its own; tests may leave it out). */
  metrics?: Metrics;
  log: Logger;
  logMessageText: boolean;
  now: () => Date;
  mash: MashContacts;
  messages: SlackMessages;
  /** The rapid review register and panel; the App Home lists its reviews. */
  rapid: RapidReviewContext;
}

/**
 * The Slack edge: slash commands, button presses, direct messages and the App Home become calls
 * on the channel-free Assistant (or the rapid review register), and what comes back is rendered
 * as Block Kit. No feature logic lives here. Every handler acks first or answers in the ack, so
 * Slack's 3-second limit is met, and no error ever reaches the person as a stack trace.
 */
export function registerSlackHandlers(app: App, deps: SlackChannelDeps): void {
  const { log, messages } = deps;

  // The one way a turn runs in every channel: session, assistant, logging once, metrics.
  const turns = createTurnRunner(deps);
  async function runTurn(key: string, input: TurnInput): Promise<Reply[]> {
    return (await turns({ channel: "slack", key, input })).replies;
  }

  const sessionKey = (channel: string, user: string) => `slack:${channel}:${user}`;

  const { logFailure, saveFailed, safeCommand, safeAction } = handleFailures(log, messages);

  // ---- Slash commands -------------------------------------------------------------------------

  app.command(
    "/mash",
    safeCommand("mash", async ({ ack }, state) => {
      state.acked = true;
      // Public contact details: posted in the channel so colleagues see them too.
      await ack({
        response_type: "in_channel",
        ...renderMessage([mashContactsReply(deps.mash)], messages.render),
      });
    }),
  );

  app.command(
    "/ask",
    safeCommand("ask", async ({ ack, command }, state) => {
      const text = command.text.trim();
      if (text === "") {
        state.acked = true;
        await ack({
          response_type: "ephemeral",
          ...mrkdwnMessage(escapeMrkdwn(messages.ask.empty)),
        });
        return;
      }
      const replies = await runTurn(sessionKey(command.channel_id, command.user_id), {
        text,
        data: {},
      });
      state.acked = true;
      // Questions may be about a child: answered to the asker only.
      await ack({ response_type: "ephemeral", ...renderMessage(replies, messages.render) });
    }),
  );

  app.command(
    "/levels",
    safeCommand("levels", async ({ ack, command }, state) => {
      const replies = await runTurn(sessionKey(command.channel_id, command.user_id), {
        text: "",
        action: "levels",
        data: {},
      });
      state.acked = true;
      await ack({ response_type: "ephemeral", ...renderMessage(replies, messages.render) });
    }),
  );

  app.command(
    "/rapidreview",
    safeCommand("rapidreview", async ({ ack, respond, command }, state) => {
      const rr = deps.rapid;
      const answer = async () =>
        renderRapidReviewAnswer(
          await answerRapidReviewCommand(command.text, command.user_id, rr.core),
          rr,
        );
      if (isChangingCommand(command.text)) {
        // Changes ask Slack who is on the panel and post to it: ack now, answer when done.
        state.acked = true;
        await ack();
        const result = await answer().catch((err: unknown) => {
          const failed = saveFailed("rapidreview", err);
          if (!failed) throw err;
          return failed;
        });
        await respond({ response_type: "ephemeral", ...result });
        return;
      }
      const result = await answer();
      state.acked = true;
      await ack({ response_type: "ephemeral", ...result });
    }),
  );

  // ---- Buttons --------------------------------------------------------------------------------

  // Ticking a checkbox or picking a radio button sends an action too: the selection is read
  // from state.values when the reply's button is pressed, so here there is nothing to do.
  app.action(new RegExp(`^${CHOICE_ACTION_PREFIX}`), async ({ ack }) => {
    await ack();
  });

  app.action<BlockAction>(
    new RegExp(`^${BUTTON_ACTION_PREFIX}`),
    safeAction("button", async ({ body, client, respond }) => {
      const input = readBlockAction(body as unknown as BlockActionBody);
      if (!input) return;
      const userId = body.user.id;
      const target = await replyTarget(client, body);
      const result = await turns({
        channel: "slack",
        key: sessionKey(target.channel, userId),
        input,
      });
      await deliver(client, respond, target, renderMessage(result.replies, messages.render));
      // Bring the pressed message up to date (a vote given: its Yes and No go). A message in
      // the DM is changed by its ts; one shown only to this person, through its response_url.
      if (result.updateCard && body.message) {
        // If Slack refuses, the reply above still stands: log it and carry on.
        const updated = renderMessage([result.updateCard], messages.render);
        const update =
          target.post && body.message.ts
            ? client.chat.update({ channel: target.channel, ts: body.message.ts, ...updated })
            : target.post
              ? undefined
              : respond({ replace_original: true, ...updated });
        await update?.catch((err: unknown) => logFailure("update-card", err));
      }
    }),
  );

  app.action<BlockAction>(
    new RegExp(`^${MARK_DONE_ACTION}:`),
    safeAction("mark-done", (args) =>
      answerMarkDone(args, { messages, rapid: deps.rapid, saveFailed }),
    ),
  );

  // ---- Direct messages and the App Home -------------------------------------------------------

  // Slack's retries of an event that was already handled never get here (guard-slack-events.ts):
  // a retry whose first try never arrived is the only copy, and is answered.
  app.message(async ({ message, client }) => {
    try {
      // Only people typing to the app in its DM: not edits, joins, or other bots.
      if (message.subtype !== undefined || message.channel_type !== "im") return;
      if ("bot_id" in message && message.bot_id) return;
      const text = (message.text ?? "").trim();
      const replies = await runTurn(sessionKey(message.channel, message.user), { text, data: {} });
      await client.chat.postMessage({
        channel: message.channel,
        ...renderMessage(replies, messages.render),
      });
    } catch (err) {
      log.error(
        {
          event: "slack_handler_failed",
          handler: "message",
          err: { message: (err as Error)?.message },
        },
        "Slack handler failed",
      );
    }
  });

  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      const blocks = await renderHome({
        messages,
        content: deps.rapid.content,
        register: deps.rapid.core.register,
        now: deps.now(),
      });
      await client.views.publish({
        user_id: event.user,
        view: {
          type: "home",
          blocks,
        },
      });
    } catch (err) {
      log.error(
        {
          event: "slack_handler_failed",
          handler: "app_home_opened",
          err: { message: (err as Error)?.message },
        },
        "Slack handler failed",
      );
    }
  });

  app.error(async (err) => {
    log.error(
      {
        event: "slack_error",
        err: { message: err.message, code: (err as { code?: string }).code },
      },
      "Slack error",
    );
  });
}
