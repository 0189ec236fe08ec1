import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from "@slack/bolt";
import type { Logger } from "../../log.js";
import { StoreError } from "../../store/json-store.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { mrkdwnMessage } from "./rapid-review-command.js";
import type { SlackMessage } from "./render-blocks.js";
import type { SlackMessages } from "./slack-messages.js";

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * How the Slack handlers fail: logged without message text, and the person told kindly, never
 * with a stack trace.
 */
export function handleFailures(log: Logger, messages: SlackMessages) {
  const errorMessage = (): SlackMessage => mrkdwnMessage(escapeMrkdwn(messages.error));

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

  return { logFailure, saveFailed, safeCommand, safeAction };
}
