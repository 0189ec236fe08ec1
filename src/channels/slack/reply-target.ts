import type { BlockAction, RespondFn, webApi } from "@slack/bolt";
import type { SlackMessage } from "./render-blocks.js";

export interface ReplyTarget {
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
export async function replyTarget(
  client: webApi.WebClient,
  body: BlockAction,
): Promise<ReplyTarget> {
  const channel = body.channel?.id;
  if (channel?.startsWith("D")) return { channel, post: true };
  if (channel && body.response_url) return { channel, post: false };
  const opened = await client.conversations.open({ users: body.user.id });
  const dm = opened.channel?.id;
  if (!dm) throw new Error("conversations.open returned no channel");
  return { channel: dm, post: true };
}

/** Sends a message where `replyTarget` said: posted, or through the response_url. */
export async function deliver(
  client: webApi.WebClient,
  respond: RespondFn,
  target: ReplyTarget,
  message: SlackMessage,
): Promise<void> {
  if (target.post) await client.chat.postMessage({ channel: target.channel, ...message });
  else await respond({ response_type: "ephemeral", replace_original: false, ...message });
}
