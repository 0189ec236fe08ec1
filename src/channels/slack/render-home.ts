import { formatShortDate as formatDate } from "../../core/rapid-review/format-date.js";
import type { MilestoneContent } from "../../core/rapid-review/milestone-content.js";
import type { ReviewView as ReviewRecord } from "../../core/rapid-review/rapid-review-ports.js";
import { fillTemplate as fill } from "../../core/rapid-review/register-messages.js";
import { summariseReview } from "../../core/rapid-review/summarise-review.js";
import type { Milestone } from "../../core/rapid-review/types.js";
import { londonDate } from "../../core/rapid-review/working-days.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { LIMITS, renderReplyBlocks, type SlackBlock } from "./render-blocks.js";
import type { SlackMessages } from "./slack-messages.js";

/**
 * The App Home tab: buttons for MASH contacts, the Levels of Need and questions, then the open
 * rapid reviews with each one's next deadline, and everything overdue. Presses go through the
 * same assistant as every other channel (their values are `{action}` like any reply button).
 */
export async function renderHome(options: {
  messages: SlackMessages;
  content: MilestoneContent;
  /** The register as read for this view (the channel reads it first: a store may be remote). */
  register?: {
    list(filter: { open: true }): Promise<readonly ReviewRecord[]>;
    timeline(review: ReviewRecord): Milestone[];
  };
  now: Date;
}): Promise<SlackBlock[]> {
  const h = options.messages.home;
  const top = renderReplyBlocks(
    {
      blocks: [
        { kind: "heading", text: h.heading },
        { kind: "text", text: h.intro },
      ],
      buttons: [
        { label: h.buttons.mash, action: "mash" },
        { label: h.buttons.levels, action: "levels" },
        { label: h.buttons.ask, action: "ask" },
      ],
    },
    options.messages.render,
  );
  const blocks: SlackBlock[] = [
    ...top.content,
    ...top.actions,
    { type: "context", elements: [{ type: "mrkdwn", text: escapeMrkdwn(h.privacy) }] },
  ];
  if (!options.register) return blocks;

  const today = londonDate(options.now);
  const open = await options.register.list({ open: true });
  const rows: { review: ReviewRecord; next?: string; overdue: string[] }[] = open.map((review) => {
    const { next, overdue } = summariseReview(
      review,
      options.register?.timeline(review) ?? [],
      today,
    );
    return {
      review,
      next: next
        ? fill(h.next, { title: next.title, date: `*${formatDate(next.due)}*` })
        : undefined,
      overdue: overdue.map((o) =>
        escapeMrkdwn(fill(h.overdueStep, { title: o.title, date: formatDate(o.due) })),
      ),
    };
  });

  blocks.push({ type: "divider" });
  blocks.push({ type: "header", text: { type: "plain_text", text: h.reviewsHeading } });
  // Room for the overdue section and a "more" note within Home's 100 blocks.
  const room = LIMITS.homeBlocks - blocks.length - 6;
  if (rows.length === 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(h.noneOpen) } });
  }
  for (const row of rows.slice(0, room)) {
    const r = row.review;
    const kind = options.content.kinds[r.kind];
    const next = row.next
      ? `\n${escapeMrkdwn(options.messages.rapidReview.nextLabel)}: ${escapeMrkdwn(row.next)}`
      : "";
    const overdue = row.overdue.length
      ? `\n⚠️ ${escapeMrkdwn(fill(h.overdueCount, { count: row.overdue.length }))}`
      : "";
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*${escapeMrkdwn(r.caseRef)}* (${r.id}) · ${escapeMrkdwn(kind)}${next}${overdue}`.slice(
          0,
          LIMITS.sectionText,
        ),
      },
    });
  }
  if (rows.length > room) {
    blocks.push({
      type: "context",
      elements: [
        { type: "mrkdwn", text: escapeMrkdwn(fill(h.moreReviews, { count: rows.length - room })) },
      ],
    });
  }

  blocks.push({ type: "header", text: { type: "plain_text", text: h.overdueHeading } });
  const late = rows.flatMap((row) =>
    row.overdue.map((o) => `• *${escapeMrkdwn(row.review.caseRef)}* (${row.review.id}): ${o}`),
  );
  const overdueText = late.length ? late.join("\n") : escapeMrkdwn(h.nothingOverdue);
  blocks.push({
    type: "section",
    text: {
      type: "mrkdwn",
      text:
        overdueText.length > LIMITS.sectionText
          ? `${overdueText.slice(0, LIMITS.sectionText - 1)}…`
          : overdueText,
    },
  });
  return blocks;
}
