import { formatLongDate } from "../core/rapid-review/format-date.js";
import {
  type MilestoneContent,
  milestoneWordingFor,
} from "../core/rapid-review/milestone-content.js";
import { fillTemplate, type RegisterMessages } from "../core/rapid-review/register-messages.js";
import type { Delivery } from "./compute-due.js";

/**
 * The plain text of a reminder, from knowledge/rapid-review/messages.yaml. Nothing is escaped
 * here: the channel escapes for its own markup (Slack: & < >).
 */
export function reminderText(
  d: Delivery,
  content: MilestoneContent,
  messages: RegisterMessages,
): string {
  const wording = milestoneWordingFor(content, d.milestone, d.kind);
  const vars = {
    due: formatLongDate(d.due),
    date: formatLongDate(d.date),
    title: wording.title,
    who: wording.who,
    what: wording.what,
    caseRef: d.caseRef,
    id: d.reviewId,
    milestone: d.milestone,
  };
  const r = messages.reminders;
  const lines = [fillTemplate(r[d.type], vars), fillTemplate(r.markDone, vars)];
  if (d.late) lines.push(fillTemplate(r.late, vars));
  return lines.join("\n");
}
