import type { webApi } from "@slack/bolt";
import type {
  RapidReviewAnswer,
  RapidReviewDeps,
} from "../../core/rapid-review/answer-rapid-review-command.js";
import type { MilestoneContent } from "../../core/rapid-review/milestone-content.js";
import type { Announcement, PanelPort, Said } from "../../core/rapid-review/rapid-review-ports.js";
import type { Logger } from "../../log.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { PanelMembers } from "./panel-members.js";
import { renderMessage, type SlackMessage } from "./render-blocks.js";
import { mention, renderTimeline } from "./render-timeline.js";
import { fillMrkdwn, type SlackMessages } from "./slack-messages.js";

/** The rapid review commands as Slack drives them: the core's ports filled, and how to render. */
export interface RapidReviewContext {
  /** What the core needs: the register, the panel (as a Slack channel), the words, the clock. */
  core: RapidReviewDeps;
  messages: SlackMessages;
  content: MilestoneContent;
  /** The panel channel's id, when SLACK_PANEL_CHANNEL is set. */
  panelChannel?: string;
}

/**
 * `<#C123>` for the configured panel channel: Slack shows its name, and it is a link. Without a
 * usable id, the words for it (`unnamed`, from knowledge/slack/messages.yaml).
 */
export function channelLink(channel: string | undefined, unnamed: string): string {
  return channel && /^[CG][A-Z0-9]{2,30}$/.test(channel) ? `<#${channel}>` : escapeMrkdwn(unnamed);
}

/** A message from mrkdwn that is already safe (built with fillMrkdwn). */
export function mrkdwnMessage(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [{ type: "section", text: { type: "mrkdwn", text: mrkdwn } }] };
}

/** A core sentence in Slack's words: typed values escaped, the person and the panel as links. */
export function renderSaid(
  said: Said,
  panelChannel: string | undefined,
  words: SlackMessages["render"],
): SlackMessage {
  return mrkdwnMessage(
    fillMrkdwn(said.template, said.vars, {
      who: said.who ? mention(said.who) : "",
      channel: channelLink(panelChannel, words.panelChannel),
    }),
  );
}

/** What the core answered, as a Slack message. */
export function renderRapidReviewAnswer(
  answer: RapidReviewAnswer | Announcement,
  ctx: Pick<RapidReviewContext, "core" | "messages" | "content" | "panelChannel">,
): SlackMessage {
  switch (answer.kind) {
    case "reply":
      return renderMessage([answer.reply], ctx.messages.render);
    case "said":
      return renderSaid(answer.said, ctx.panelChannel, ctx.messages.render);
    case "timeline":
      return renderTimeline(
        answer.review,
        answer.timeline,
        ctx.core.now(),
        ctx.messages,
        ctx.content,
      );
  }
}

/**
 * The Case Review Panel as the core sees it: membership of the panel channel, and posting there.
 * `post` resolves false when Slack refused (e.g. the app is not in the channel).
 */
export function slackPanel(
  members: PanelMembers,
  post: (message: SlackMessage) => Promise<boolean>,
  render: (what: Announcement) => SlackMessage,
  log: Logger,
): PanelPort {
  return {
    isMember: async (userId) => {
      const check = await members.isMember(userId);
      if (!check.ok) {
        // The person is told nothing changed; the operator needs Slack's reason (not_in_channel...).
        log.warn(
          { event: "slack_panel_check_failed", code: check.error.slice(0, 60) },
          "Could not read who is in the panel channel",
        );
      }
      return check;
    },
    announce: (what) => post(render(what)),
  };
}

/**
 * Wires the rapid review commands to Slack: the panel is the members of `panelChannel` (read with
 * conversations.members, cached briefly) and is told things by posting there.
 */
export function slackRapidReview(options: {
  register: RapidReviewDeps["register"];
  api: Pick<webApi.WebClient, "conversations" | "chat">;
  panelChannel: string | undefined;
  messages: SlackMessages;
  content: MilestoneContent;
  now: () => Date;
  log: Logger;
}): RapidReviewContext {
  const { api, panelChannel, log } = options;
  const ctx: RapidReviewContext = {
    core: { register: options.register, messages: options.messages.rapidReview, now: options.now },
    messages: options.messages,
    content: options.content,
    panelChannel,
  };
  if (panelChannel) {
    const post = async (message: SlackMessage) => {
      try {
        await api.chat.postMessage({ channel: panelChannel, ...message });
        return true;
      } catch (err) {
        log.warn(
          { event: "slack_post_failed", code: (err as { data?: { error?: string } }).data?.error },
          "Could not post to the panel channel",
        );
        return false;
      }
    };
    ctx.core.panel = slackPanel(
      new PanelMembers(api, panelChannel, options.now),
      post,
      (what) => renderRapidReviewAnswer(what, ctx),
      log,
    );
  }
  return ctx;
}
