import type { BlockAction, types as SlackTypes } from "@slack/bolt";
import { markStepDone } from "../../core/rapid-review/answer-rapid-review-command.js";
import { escapeMrkdwn, truncate } from "./escape-mrkdwn.js";
import type { ActionArgs } from "./handle-failures.js";
import {
  mrkdwnMessage,
  type RapidReviewContext,
  renderRapidReviewAnswer,
} from "./rapid-review-command.js";
import { LIMITS, type SlackMessage } from "./render-blocks.js";
import { type MarkDoneValue, mention, renderTimeline } from "./render-timeline.js";
import { deliver, replyTarget } from "./reply-target.js";
import { fillMrkdwn, type SlackMessages } from "./slack-messages.js";

/**
 * A "Mark done" press on a review's timeline, a reminder or the App Home: the core marks the
 * step done (panel members only), the pressed message stops offering the button, and the person
 * who pressed is told.
 */
export async function answerMarkDone(
  { body, client, respond }: ActionArgs,
  deps: {
    messages: SlackMessages;
    rapid: RapidReviewContext;
    /** The words for a register that could not be written, or undefined for any other error. */
    saveFailed: (name: string, err: unknown) => SlackMessage | undefined;
  },
): Promise<void> {
  const { messages, saveFailed } = deps;
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
    return void (await tell(mrkdwnMessage(escapeMrkdwn(rr.messages.rapidReview.errors.missing))));
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
      blocks: [...kept, { type: "context", elements: [{ type: "mrkdwn", text: `✅ ${doneBy}` }] }],
    });
  }
  await tell(renderRapidReviewAnswer(result.answer, rr));
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
