import type { types as SlackTypes } from "@slack/bolt";
import { formatShortDate as formatDate } from "../../core/rapid-review/format-date.js";
import type { MilestoneContent } from "../../core/rapid-review/milestone-content.js";
import type { ReviewView as ReviewRecord } from "../../core/rapid-review/rapid-review-ports.js";
import { fillTemplate as fill } from "../../core/rapid-review/register-messages.js";
import type { Milestone } from "../../core/rapid-review/types.js";
import { londonDate } from "../../core/rapid-review/working-days.js";
import { escapeMrkdwn, truncate } from "./escape-mrkdwn.js";
import { LIMITS, type SlackBlock, type SlackMessage } from "./render-blocks.js";
import { fillMrkdwn, type SlackMessages } from "./slack-messages.js";

/** action_id of a timeline or reminder "Mark done" button; its value is JSON {id, milestone}. */
export const MARK_DONE_ACTION = "rr-done";

export interface MarkDoneValue {
  id: string;
  milestone: string;
}

/** A Slack user id, shown as a mention. Only ids Slack gave us are ever formatted this way. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,30}$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

export function markDoneButton(
  label: string,
  value: MarkDoneValue,
  index: number,
): SlackTypes.Button {
  return {
    type: "button",
    action_id: `${MARK_DONE_ACTION}:${index}`,
    text: { type: "plain_text", text: truncate(label, LIMITS.buttonText) },
    value: JSON.stringify(value),
    style: "primary",
  };
}

/**
 * A review's timeline as a Slack message: one section per step with its due date, who does it
 * and what happens, and a "Mark done" button until it is done. Posted to the panel channel when
 * a review starts, shown by `show`, and re-rendered in place when a button is pressed.
 */
export function renderTimeline(
  review: ReviewRecord,
  timeline: Milestone[],
  now: Date,
  m: SlackMessages,
  content: MilestoneContent,
): SlackMessage {
  const rr = m.rapidReview;
  const today = londonDate(now);
  const blocks: SlackBlock[] = [
    {
      type: "header",
      text: {
        type: "plain_text",
        text: truncate(fill(rr.timelineHeading, { ref: review.caseRef, id: review.id }), 150),
      },
    },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: escapeMrkdwn(
            fill(rr.timelineIntro, {
              kind: content.kinds[review.kind],
              received: formatDate(review.received),
              day1: formatDate(timeline[0]?.due ?? review.received),
            }),
          ),
        },
      ],
    },
  ];
  timeline.forEach((ms, i) => {
    const done = review.done[ms.key];
    const status = done
      ? `✅ ${rr.doneLabel} (${mention(done.by)})`
      : ms.due < today
        ? `⚠️ *${rr.overdueLabel}*`
        : "";
    const day = ms.day === null ? "" : ` · ${escapeMrkdwn(fill(m.timeline.day, { day: ms.day }))}`;
    const due = fillMrkdwn(m.timeline.due, {}, { date: `*${formatDate(ms.due)}*` });
    const text = truncate(
      `*${escapeMrkdwn(ms.title)}*${day}\n${due}${status ? `  ${status}` : ""}\n_${escapeMrkdwn(ms.who)}_: ${escapeMrkdwn(ms.what)}\n\`${ms.key}\``,
      LIMITS.sectionText,
    );
    const section: SlackTypes.SectionBlock = {
      type: "section",
      block_id: `ms:${ms.key}`,
      text: { type: "mrkdwn", text },
    };
    if (!done && !review.closed) {
      section.accessory = markDoneButton(rr.markDone, { id: review.id, milestone: ms.key }, i);
    }
    blocks.push(section);
  });
  if (review.closed) {
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: escapeMrkdwn(
            fill(rr.closedNote, { date: formatDate(londonDate(new Date(review.closed.at))) }),
          ),
        },
      ],
    });
  }
  const next = timeline.find((t) => !review.done[t.key]);
  const heading = fill(rr.timelineHeading, { ref: review.caseRef, id: review.id });
  return {
    text: escapeMrkdwn(
      next
        ? fill(m.timeline.notification, {
            heading,
            title: next.title,
            date: formatDate(next.due),
          })
        : heading,
    ),
    blocks,
  };
}
