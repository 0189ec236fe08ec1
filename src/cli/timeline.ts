import { computeTimeline } from "../core/rapid-review/compute-timeline.js";
import { formatLongDate } from "../core/rapid-review/format-date.js";
import { readTimelineArgs, TIMELINE_USAGE } from "./read-timeline-args.js";

function main(argv: string[]): void {
  const read = readTimelineArgs(argv);
  if (!read.ok) {
    process.stderr.write(`${read.problem}\n${TIMELINE_USAGE}\n`);
    process.exit(2);
  }
  const values = read.args;
  if (values.help) {
    process.stdout.write(`${TIMELINE_USAGE}\n`);
    return;
  }

  const milestones = computeTimeline({
    received: values.received,
    kind: values.kind,
    publication: values.publication,
  });
  if (values.json) {
    const out = milestones.map(({ key, day, due, title }) => ({ key, day, due, title }));
    process.stdout.write(`${JSON.stringify({ milestones: out })}\n`);
    return;
  }
  const rows = milestones.map((m) => [
    m.day === null ? "" : `Day ${m.day}`,
    m.due,
    formatLongDate(m.due).split(" ")[0] ?? "",
    m.key,
    m.title,
  ]);
  const head = ["Day", "Due", "Weekday", "Milestone", "What"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  process.stdout.write(
    [
      `Rapid review timeline: ${values.kind}, received ${values.received}` +
        (values.publication ? `, publication ${values.publication}` : ""),
      "",
      line(head),
      line(widths.map((w) => "-".repeat(w))),
      ...rows.map(line),
      "",
    ].join("\n"),
  );
}

main(process.argv.slice(2));
