import path from "node:path";
import { z } from "zod";
import { dateString } from "../../core/content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../../core/content/load-data-file.js";
import { quoteTyped } from "../../core/content/quote-typed.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

const text = z.string().trim().min(1);

export const slackMessagesSchema = z.object({
  reviewed: dateString,
  rapidReview: z.object({
    heading: text,
    intro: text,
    caseRefRule: text,
    commands: z.array(z.object({ form: text, description: text })).min(1),
    formLabel: text,
    dates: text,
    whoMayChange: text,
    forms: z.object({ start: text, show: text, done: text, publication: text, close: text }),
    errors: z.object({
      unknownSubcommand: text,
      missing: text,
      tooMany: text,
      badKind: text,
      badMilestone: text,
      notPanelMember: text,
      panelCheckFailed: text,
      noPanelChannel: text,
      saveFailed: text,
    }),
    started: text,
    startedPostFailed: text,
    markedDone: text,
    alreadyDone: text,
    publicationSet: text,
    closed: text,
    alreadyClosed: text,
    noneOpen: text,
    listHeading: text,
    timelineHeading: text,
    timelineIntro: text,
    closedNote: text,
    markDone: z.string().trim().min(1).max(75),
    doneLabel: text,
    overdueLabel: text,
    nextLabel: text,
    reminderFooter: text,
  }),
  home: z.object({
    heading: z.string().trim().min(1).max(150),
    intro: text,
    reviewsHeading: z.string().trim().min(1).max(150),
    noneOpen: text,
    overdueHeading: text,
    nothingOverdue: text,
    moreReviews: text,
    privacy: text,
    buttons: z.object({
      mash: z.string().trim().min(1).max(75),
      levels: z.string().trim().min(1).max(75),
      ask: z.string().trim().min(1).max(75),
    }),
  }),
  ask: z.object({ empty: text }),
  error: text,
});

export type SlackMessages = z.infer<typeof slackMessagesSchema>;

export const SLACK_MESSAGES_FILE = path.join(KNOWLEDGE_DIR, "slack", "messages.yaml");

export function loadSlackMessages(file = SLACK_MESSAGES_FILE): SlackMessages {
  return loadDataFile(file, slackMessagesSchema);
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

/**
 * Fills {name} placeholders; an unknown one stays visible so an editor notices it. Values may be
 * what someone typed, so they cannot form a Markdown link (quoteTyped).
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? quoteTyped(String(vars[name])) : whole,
  );
}
