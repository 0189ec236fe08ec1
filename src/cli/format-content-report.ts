import { londonDate } from "../core/london-time.js";
import {
  type KnowledgeFeedback,
  pruneFeedback,
  QUESTION_TEXT_DAYS,
} from "../store/knowledge-feedback-store.js";

/** The editors' report as text: unhelpful answers first, then unanswered questions. */
export function formatContentReport(
  data: KnowledgeFeedback,
  titles: Map<string, string>,
  now: Date,
  file: string,
): string {
  const lines = [`Knowledge base report for editors (${file}), ${londonDate(now)}`, ""];
  const unhelpful = Object.entries(data.votes)
    .filter(([, v]) => v.unhelpful > 0)
    .sort(([, a], [, b]) => b.unhelpful - a.unhelpful || a.helpful - b.helpful);
  lines.push("Answers voted unhelpful:");
  if (unhelpful.length === 0) lines.push("  none");
  for (const [id, v] of unhelpful) {
    const title = titles.get(id) ?? "(no longer in the knowledge base)";
    lines.push(
      `  ${String(v.unhelpful).padStart(4)} unhelpful, ${String(v.helpful).padStart(4)} helpful  ${id}  ${title}`,
    );
  }
  const helpfulOnly = Object.values(data.votes).filter((v) => v.unhelpful === 0).length;
  if (helpfulOnly)
    lines.push(`  (${helpfulOnly} other answer${helpfulOnly === 1 ? "" : "s"} voted helpful only)`);

  const since = londonDate(new Date(now.getTime() - QUESTION_TEXT_DAYS * 24 * 3600 * 1000));
  const recent = Object.entries(data.unanswered.byDay)
    .filter(([d]) => d > since)
    .reduce((sum, [, n]) => sum + n, 0);
  lines.push(
    "",
    `Unanswered questions: ${data.unanswered.total} in total, ${recent} in the last ${QUESTION_TEXT_DAYS} days.`,
  );
  const days = Object.entries(data.unanswered.byDay)
    .sort(([a], [b]) => b.localeCompare(a))
    .slice(0, 14);
  for (const [d, n] of days) lines.push(`  ${d}  ${n}`);

  const pruned = structuredClone(data);
  pruneFeedback(pruned, now, true);
  lines.push("");
  if (pruned.questions.length === 0) {
    lines.push(
      "Question texts: none recorded (RECORD_QUESTION_TEXT is off by default; texts are kept 30 days).",
    );
  } else {
    lines.push(`Unanswered question texts (last ${QUESTION_TEXT_DAYS} days):`);
    const counts = new Map<string, number>();
    for (const q of pruned.questions) {
      const key = q.text.toLowerCase().replace(/\s+/g, " ").trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      lines.push(`  ${String(n).padStart(4)} x  ${JSON.stringify(text)}`);
    }
  }
  return lines.join("\n");
}
