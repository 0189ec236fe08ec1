import { parseArgs } from "node:util";
import { computeTimeline } from "../core/rapid-review/compute-timeline.js";
import { formatLongDate } from "../core/rapid-review/format-date.js";
import { isReviewKind, REVIEW_KINDS } from "../core/rapid-review/types.js";
import { isValidDate } from "../core/rapid-review/working-days.js";

const USAGE =
  "Usage: npm run --silent timeline -- --received YYYY-MM-DD --kind child|adult|domestic-homicide [--publication YYYY-MM-DD] [--json]";

function fail(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let values: {
    received?: string;
    kind?: string;
    publication?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        received: { type: "string" },
        kind: { type: "string" },
        publication: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.received)
    fail("--received is missing: the date MK Together received the notification.");
  if (!isValidDate(values.received))
    fail(`--received ${values.received} is not a real date written YYYY-MM-DD.`);
  if (!values.kind) fail(`--kind is missing: one of ${REVIEW_KINDS.join(", ")}.`);
  if (!isReviewKind(values.kind))
    fail(`--kind ${values.kind} is not one of ${REVIEW_KINDS.join(", ")}.`);
  if (values.publication !== undefined && !isValidDate(values.publication)) {
    fail(`--publication ${values.publication} is not a real date written YYYY-MM-DD.`);
  }
  if (values.publication !== undefined && values.publication <= values.received) {
    fail(`--publication ${values.publication} is not after --received ${values.received}.`);
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
