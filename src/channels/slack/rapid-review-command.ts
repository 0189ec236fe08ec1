import type { MilestoneContent } from "../../core/rapid-review/milestone-content.js";
import { parseUserDate } from "../../core/rapid-review/parse-date.js";
import { isReviewKind } from "../../core/rapid-review/types.js";
import { londonDate } from "../../core/rapid-review/working-days.js";
import type { Reply } from "../../core/reply.js";
import type { ReviewRegister } from "../../store/review-register.js";
import type { PanelMembers } from "./panel-members.js";
import { renderMessage, type SlackMessage } from "./render-blocks.js";
import { mention, renderTimeline } from "./render-timeline.js";
import { formatDate, summariseReview } from "./review-summary.js";
import { fill, fillMrkdwn, type SlackMessages } from "./slack-messages.js";

export interface RapidReviewContext {
  register: ReviewRegister;
  /** Undefined when SLACK_PANEL_CHANNEL is not set: reading works, changing does not. */
  panel?: PanelMembers;
  messages: SlackMessages;
  content: MilestoneContent;
  now: () => Date;
  /** Posts to the panel channel; resolves false when Slack refused (e.g. the app is not in it). */
  postToPanel: (message: SlackMessage) => Promise<boolean>;
}

type Form = keyof SlackMessages["rapidReview"]["forms"];
const CHANGES = new Set(["start", "done", "publication", "close"]);

/** `<#C123>` for the configured panel channel: Slack shows its name, and it is a link. */
export function channelLink(channel: string | undefined): string {
  if (!channel) return "the panel channel";
  return /^[CG][A-Z0-9]{2,30}$/.test(channel) ? `<#${channel}>` : "the panel channel";
}

/**
 * `/rapidreview <subcommand> ...`: reads the words, checks who may change the register, and does
 * it. Returns what the person who typed it sees (ephemeral); timelines and changes are also
 * posted to the panel channel so the whole panel sees them. Every mistake says what was wrong and
 * shows the right form; nothing is changed by a command with a mistake in it.
 */
export async function runRapidReviewCommand(
  text: string,
  userId: string,
  ctx: RapidReviewContext,
): Promise<SlackMessage> {
  const m = ctx.messages.rapidReview;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const sub = (words[0] ?? "help").toLowerCase();
  const args = words.slice(1);

  if (sub === "help" || sub === "?") return helpMessage(ctx.messages);
  if (sub === "list") return await listMessage(ctx);
  if (sub === "show") {
    if (args.length !== 1) return formError(ctx, args.length === 0 ? "missing" : "tooMany", "show");
    const found = await ctx.register.get(args[0] ?? "");
    if (!found.ok) return errorWithForm(ctx, found.message, "show");
    return renderTimeline(found.review, found.timeline, ctx.now(), ctx.messages, ctx.content);
  }
  if (!CHANGES.has(sub)) {
    return message([
      { kind: "text", text: fill(m.errors.unknownSubcommand, { given: sub.slice(0, 30) }) },
      ...helpBlocks(ctx.messages),
    ]);
  }

  // Changes: only the panel. Checked before anything else, so a refusal is the same for everyone.
  if (!ctx.panel) return message([{ kind: "text", text: m.errors.noPanelChannel }]);
  const check = await ctx.panel.isMember(userId);
  if (!check.ok) return message([{ kind: "text", text: m.errors.panelCheckFailed }]);
  if (!check.member) {
    return mrkdwnMessage(
      fillMrkdwn(m.errors.notPanelMember, {}, { channel: channelLink(ctx.panel.channel) }),
    );
  }

  const now = ctx.now();
  switch (sub) {
    case "start": {
      if (args.length < 3) return formError(ctx, "missing", "start", true);
      // Extra words belong to the case reference ("Jane Smith 18/12/2026 child"): let its check
      // say that it looks like a name rather than just "too many words".
      const kind = (args.at(-1) ?? "").toLowerCase();
      const dateText = args.at(-2) ?? "";
      const caseRef = args.slice(0, -2).join(" ");
      if (!isReviewKind(kind)) {
        return errorWithForm(ctx, fill(m.errors.badKind, { given: kind.slice(0, 30) }), "start");
      }
      const date = parseUserDate(dateText, now);
      if (!date.ok) return errorWithForm(ctx, date.message, "start");
      const started = await ctx.register.start({
        caseRef,
        received: date.date,
        kind,
        by: userId,
        now,
      });
      if (!started.ok) {
        return errorWithForm(ctx, started.message, "start", started.code === "bad-case-ref");
      }
      const posted = await ctx.postToPanel(
        renderTimeline(started.review, started.timeline, now, ctx.messages, ctx.content),
      );
      return mrkdwnMessage(
        fillMrkdwn(
          posted ? m.started : m.startedPostFailed,
          { ref: started.review.caseRef, id: started.review.id },
          { channel: channelLink(ctx.panel.channel) },
        ),
      );
    }
    case "done": {
      if (args.length !== 2) return formError(ctx, args.length < 2 ? "missing" : "tooMany", "done");
      const result = await ctx.register.markDone(args[0] ?? "", args[1] ?? "", userId, now);
      if (!result.ok) return errorWithForm(ctx, result.message, "done");
      const vars = { milestone: result.milestone.title, ref: result.review.caseRef };
      if (result.alreadyDone) return mrkdwnMessage(fillMrkdwn(m.alreadyDone, vars));
      const done = mrkdwnMessage(fillMrkdwn(m.markedDone, vars, { who: mention(userId) }));
      await ctx.postToPanel(done);
      return done;
    }
    case "publication": {
      if (args.length !== 2) {
        return formError(ctx, args.length < 2 ? "missing" : "tooMany", "publication");
      }
      const date = parseUserDate(args[1] ?? "", now);
      if (!date.ok) return errorWithForm(ctx, date.message, "publication");
      const result = await ctx.register.setPublication(args[0] ?? "", date.date);
      if (!result.ok) return errorWithForm(ctx, result.message, "publication");
      // The national panel step appears now: post the timeline again so it has a button.
      await ctx.postToPanel(
        renderTimeline(result.review, result.timeline, now, ctx.messages, ctx.content),
      );
      return message([
        {
          kind: "text",
          text: fill(m.publicationSet, { ref: result.review.caseRef, date: formatDate(date.date) }),
        },
      ]);
    }
    default: {
      if (args.length !== 1)
        return formError(ctx, args.length < 1 ? "missing" : "tooMany", "close");
      const result = await ctx.register.close(args[0] ?? "", userId, now);
      if (!result.ok) return errorWithForm(ctx, result.message, "close");
      const closed = mrkdwnMessage(
        fillMrkdwn(m.closed, { ref: result.review.caseRef }, { who: mention(userId) }),
      );
      await ctx.postToPanel(closed);
      return closed;
    }
  }
}

function message(blocks: Reply["blocks"]): SlackMessage {
  return renderMessage([{ blocks }]);
}

/** A message from mrkdwn that is already safe (built with fillMrkdwn). */
export function mrkdwnMessage(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [{ type: "section", text: { type: "mrkdwn", text: mrkdwn } }] };
}

function formError(
  ctx: RapidReviewContext,
  what: "missing" | "tooMany",
  form: Form,
  withCaseRefRule = false,
): SlackMessage {
  return errorWithForm(ctx, ctx.messages.rapidReview.errors[what], form, withCaseRefRule);
}

function errorWithForm(
  ctx: RapidReviewContext,
  error: string,
  form: Form,
  withCaseRefRule = false,
): SlackMessage {
  const rr = ctx.messages.rapidReview;
  return message([
    { kind: "text", text: error },
    { kind: "text", text: `${rr.formLabel} \`${rr.forms[form]}\`` },
    ...(form === "start" || form === "publication"
      ? [{ kind: "note" as const, text: rr.dates }]
      : []),
    ...(withCaseRefRule ? [{ kind: "note" as const, text: rr.caseRefRule }] : []),
  ]);
}

function helpBlocks(m: SlackMessages): Reply["blocks"] {
  const rr = m.rapidReview;
  return [
    { kind: "facts", facts: rr.commands.map((c) => ({ title: c.form, value: c.description })) },
    { kind: "text", text: rr.caseRefRule },
    { kind: "note", text: `${rr.dates} ${rr.whoMayChange}` },
  ];
}

export function helpMessage(m: SlackMessages): SlackMessage {
  const rr = m.rapidReview;
  return message([
    { kind: "heading", text: rr.heading },
    { kind: "text", text: rr.intro },
    ...helpBlocks(m),
  ]);
}

async function listMessage(ctx: RapidReviewContext): Promise<SlackMessage> {
  const rr = ctx.messages.rapidReview;
  const today = londonDate(ctx.now());
  const open = await ctx.register.list({ open: true });
  if (open.length === 0) return message([{ kind: "text", text: rr.noneOpen }]);
  const items = open.map((review) => {
    const timeline = ctx.register.timeline(review);
    const { next, overdue } = summariseReview(review, timeline, today);
    const nextText = next ? ` ${rr.nextLabel}: ${next.title}, due ${formatDate(next.due)}.` : "";
    const late = overdue.length
      ? ` ⚠️ ${rr.overdueLabel}: ${overdue.map((o) => o.title).join("; ")}.`
      : "";
    return `**${review.id}** ${review.caseRef} (${review.kind}), received ${formatDate(review.received)}.${nextText}${late}`;
  });
  return message([
    { kind: "heading", text: rr.listHeading },
    { kind: "list", items },
  ]);
}
