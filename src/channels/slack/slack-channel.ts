import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  types as SlackTypes,
  webApi,
} from "@slack/bolt";
import type { Assistant } from "../../core/assistant/assistant.js";
import type { TurnInput } from "../../core/assistant/turn.js";
import { type MashContacts, mashContactsReply } from "../../core/contacts/mash-contacts.js";
import {
  answerRapidReviewCommand,
  isChangingCommand,
  markStepDone,
} from "../../core/rapid-review/answer-rapid-review-command.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../log.js";
import type { Metrics } from "../../metrics.js";
import { StoreError } from "../../store/json-store.js";
import type { SessionStore } from "../../store/session-store.js";
import { createTurnRunner } from "../run-turn.js";
import { escapeMrkdwn, truncate } from "./escape-mrkdwn.js";
import {
  mrkdwnMessage,
  type RapidReviewContext,
  renderRapidReviewAnswer,
} from "./rapid-review-command.js";
import { type BlockActionBody, readBlockAction } from "./read-block-action.js";
import {
  BUTTON_ACTION_PREFIX,
  CHOICE_ACTION_PREFIX,
  LIMITS,
  renderMessage,
  type SlackMessage,
} from "./render-blocks.js";
import { renderHome } from "./render-home.js";
import {
  MARK_DONE_ACTION,
  type MarkDoneValue,
  mention,
  renderTimeline,
} from "./render-timeline.js";
import { fillMrkdwn, type SlackMessages } from "./slack-messages.js";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

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
  const errorMessage = (): SlackMessage => mrkdwnMessage(escapeMrkdwn(messages.error));

  // The one way a turn runs in every channel: session, assistant, logging once, metrics.
  const turns = createTurnRunner(deps);
  async function runTurn(key: string, input: TurnInput): Promise<Reply[]> {
    return (await turns({ channel: "slack", key, input })).replies;
  }

  const sessionKey = (channel: string, user: string) => `slack:${channel}:${user}`;

  function logFailure(name: string, err: unknown) {
    log.error(
      {
        event: "slack_handler_failed",
        handler: name,
        err: { message: (err as Error)?.message, code: (err as { code?: string })?.code },
      },
      "Slack handler failed",
    );
  }

  /**
   * The register could not be written (disk full, data folder gone): nothing was changed, and
   * the person is told so in words they can act on, rather than "something went wrong".
   */
  function saveFailed(name: string, err: unknown): SlackMessage | undefined {
    if (!(err instanceof StoreError)) return undefined;
    log.error(
      { event: "slack_store_failed", handler: name, file: err.file, err: { message: err.message } },
      "Could not save a rapid review change",
    );
    return mrkdwnMessage(escapeMrkdwn(messages.rapidReview.errors.saveFailed));
  }

  /**
   * Wraps a slash command so a failure is logged (without text) and the person is told kindly:
   * in the ack if it has not been sent, else through the response_url.
   */
  function safeCommand(
    name: string,
    handler: (args: CommandArgs, state: { acked: boolean }) => Promise<void>,
  ) {
    return async (args: CommandArgs) => {
      const state = { acked: false };
      try {
        await handler(args, state);
      } catch (err) {
        logFailure(name, err);
        try {
          if (!state.acked) await args.ack({ response_type: "ephemeral", ...errorMessage() });
          else await args.respond({ response_type: "ephemeral", ...errorMessage() });
        } catch {
          // Nothing more we can do; the failure is logged above.
        }
      }
    };
  }

  /** The same for button presses: ack first, and tell only the person who pressed. */
  function safeAction(name: string, handler: (args: ActionArgs) => Promise<void>) {
    return async (args: ActionArgs) => {
      try {
        await args.ack();
        await handler(args);
      } catch (err) {
        logFailure(name, err);
        try {
          await args.respond({
            response_type: "ephemeral",
            replace_original: false,
            ...errorMessage(),
          });
        } catch {
          // No response_url (e.g. App Home): logged above.
        }
      }
    };
  }

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
    safeAction("mark-done", async ({ body, client, respond }) => {
      // A press from a view (the App Home) has no response_url, so Bolt gives no respond():
      // answer in the person's DM instead, as reply buttons do.
      const dm = body.response_url ? undefined : await replyTarget(client, body);
      const tell = (m: SlackMessage) =>
        dm
          ? deliver(client, respond, dm, m)
          : respond({ response_type: "ephemeral", replace_original: false, ...m });
      const value = readMarkDone(body);
      const rr = deps.rapid;
      if (!value)
        return void (await tell(
          mrkdwnMessage(escapeMrkdwn(rr.messages.rapidReview.errors.missing)),
        ));
      let result: Awaited<ReturnType<typeof markStepDone>>;
      try {
        result = await markStepDone({ ...value, userId: body.user.id }, rr.core);
      } catch (err) {
        const failed = saveFailed("mark-done", err);
        if (!failed) throw err;
        return void (await tell(failed));
      }
      if (!result.done) return void (await tell(renderRapidReviewAnswer(result.answer, rr)));
      const now = rr.core.now();
      const vars = { milestone: result.milestone.title, ref: result.review.caseRef };
      const done = result.review.done[result.milestone.key];
      // Bring the message up to date, so the button cannot be pressed twice (a view has none).
      const message = dm ? undefined : body.message;
      const original = (Array.isArray(message?.blocks) ? message.blocks : []) as {
        type?: string;
        block_id?: unknown;
      }[];
      const isTimeline = original.some(
        (b) => typeof b?.block_id === "string" && b.block_id.startsWith("ms:"),
      );
      if (isTimeline) {
        await respond({
          replace_original: true,
          ...renderTimeline(
            result.review,
            rr.core.register.timeline(result.review),
            now,
            messages,
            rr.content,
          ),
        });
      } else if (message) {
        // Room for the "done by" line within Slack's 50 blocks.
        const kept = (original as SlackTypes.KnownBlock[])
          .filter((b) => b?.type !== "actions")
          .slice(0, LIMITS.messageBlocks - 1);
        const doneBy = fillMrkdwn(messages.rapidReview.markedDone, vars, {
          who: mention(done?.by ?? body.user.id),
        });
        await respond({
          replace_original: true,
          text:
            typeof message.text === "string" && message.text.trim()
              ? truncate(message.text, LIMITS.fallbackText)
              : doneBy,
          blocks: [
            ...kept,
            { type: "context", elements: [{ type: "mrkdwn", text: `✅ ${doneBy}` }] },
          ],
        });
      }
      await tell(renderRapidReviewAnswer(result.answer, rr));
    }),
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

interface ReplyTarget {
  /** Where the conversation is: the session key and, for DMs, where to post. */
  channel: string;
  /** Post a new message (DM, App Home) rather than answer through the response_url. */
  post: boolean;
}

/**
 * Where a press is answered. In a DM the answer is posted, so it stays in the history; in a
 * channel it goes only to the person who pressed (a conversation about a child is theirs alone);
 * from the App Home, which has no conversation, it goes to the person's DM with the app.
 */
async function replyTarget(client: webApi.WebClient, body: BlockAction): Promise<ReplyTarget> {
  const channel = body.channel?.id;
  if (channel?.startsWith("D")) return { channel, post: true };
  if (channel && body.response_url) return { channel, post: false };
  const opened = await client.conversations.open({ users: body.user.id });
  const dm = opened.channel?.id;
  if (!dm) throw new Error("conversations.open returned no channel");
  return { channel: dm, post: true };
}

async function deliver(
  client: webApi.WebClient,
  respond: RespondFn,
  target: ReplyTarget,
  message: SlackMessage,
): Promise<void> {
  if (target.post) await client.chat.postMessage({ channel: target.channel, ...message });
  else await respond({ response_type: "ephemeral", replace_original: false, ...message });
}

function readMarkDone(body: BlockAction): MarkDoneValue | undefined {
  const action = body.actions?.[0] as { value?: string } | undefined;
  try {
    const v = JSON.parse(action?.value ?? "") as Partial<MarkDoneValue>;
    if (typeof v.id === "string" && typeof v.milestone === "string") {
      return { id: v.id.slice(0, 30), milestone: v.milestone.slice(0, 60) };
    }
  } catch {
    // Not ours, or mangled: treated as a stale button below.
  }
  return undefined;
}
