import path from "node:path";
import { z } from "zod";
import { dateString } from "../../core/content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../../core/content/load-data-file.js";
import {
  type CommandMessages,
  loadCommandMessages,
} from "../../core/rapid-review/command-messages.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

const text = z.string().trim().min(1);

export const slackMessagesSchema = z.object({
  reviewed: dateString,
  home: z.object({
    heading: z.string().trim().min(1).max(150),
    intro: text,
    reviewsHeading: z.string().trim().min(1).max(150),
    noneOpen: text,
    overdueHeading: text,
    nothingOverdue: text,
    moreReviews: text,
    privacy: text,
    next: text.includes("{title}").includes("{date}"),
    overdueCount: text.includes("{count}"),
    overdueStep: text.includes("{title}").includes("{date}"),
    buttons: z.object({
      mash: z.string().trim().min(1).max(75),
      levels: z.string().trim().min(1).max(75),
      ask: z.string().trim().min(1).max(75),
    }),
  }),
  ask: z.object({ empty: text }),
  error: text,
  timeline: z.object({
    day: text.includes("{day}"),
    due: text.includes("{date}"),
    notification: text.includes("{heading}").includes("{title}").includes("{date}"),
  }),
  render: z.object({
    cutShort: text,
    choose: z.string().trim().min(1).max(150),
    panelChannel: text,
  }),
});

/** Slack's own words, and the rapid review commands' (which every chat shares). */
export type SlackMessages = z.infer<typeof slackMessagesSchema> & { rapidReview: CommandMessages };

export const SLACK_MESSAGES_FILE = path.join(KNOWLEDGE_DIR, "slack", "messages.yaml");

export function loadSlackMessages(file = SLACK_MESSAGES_FILE): SlackMessages {
  return { ...loadDataFile(file, slackMessagesSchema), rapidReview: loadCommandMessages() };
}

/**
 * Fills a template as mrkdwn: the template and `vars` are escaped (they may hold anyone's text),
 * while `trusted` values (mentions and channel links we build from Slack's own ids) are not.
 */
export function fillMrkdwn(
  template: string,
  vars: Record<string, string | number>,
  trusted: Record<string, string> = {},
): string {
  return template.replace(/\{(\w+)\}|[^{]+|\{/g, (part, name: string | undefined) => {
    if (name === undefined) return escapeMrkdwn(part);
    if (name in trusted) return trusted[name] ?? "";
    if (name in vars) return escapeMrkdwn(String(vars[name]));
    return escapeMrkdwn(part);
  });
}
