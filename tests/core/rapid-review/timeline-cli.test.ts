import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTimelineArgs } from "../../../src/cli/read-timeline-args.js";

const root = path.resolve(import.meta.dirname, "../../..");

function timeline(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/timeline.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run timeline", () => {
  it("--json prints exactly one JSON line with key, day, due and title", () => {
    const r = timeline(
      "--received",
      "2026-12-18",
      "--kind",
      "child",
      "--publication",
      "2027-09-01",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(r.out.endsWith("\n")).toBe(true);
    expect(r.out.trimEnd().split("\n")).toHaveLength(1);
    const parsed = JSON.parse(r.out) as { milestones: Record<string, unknown>[] };
    expect(parsed.milestones.map((m) => [m.key, m.day, m.due])).toEqual([
      ["notify-panel", 1, "2026-12-18"],
      ["notify-national-panel", 5, "2026-12-24"],
      ["rapid-review-meeting", 10, "2027-01-05"],
      ["recommendations-to-scrutineer", 12, "2027-01-07"],
      ["scrutineer-decision", 14, "2027-01-11"],
      ["outcome-to-review-board", 15, "2027-01-12"],
      ["final-report", null, "2027-07-12"],
      ["final-report-to-national-panel", null, "2027-08-20"],
    ]);
    for (const m of parsed.milestones) {
      expect(Object.keys(m).sort()).toEqual(["day", "due", "key", "title"]);
      expect(typeof m.title).toBe("string");
    }
  });

  it("prints a readable table by default", () => {
    const r = timeline("--received", "2026-12-19", "--kind", "adult");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Day 1\s+2026-12-21\s+Monday\s+notify-panel/);
    expect(r.out).not.toMatch(/national/);
  });

  it("bad arguments -> the problem and the usage on stderr, exit code 2, nothing on stdout", () => {
    const r = timeline("--received", "2026-02-30", "--kind", "child");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/not a real date/);
    expect(r.err).toMatch(/Usage: npm run --silent timeline/);
  });

  // What each mistake is told, read in-process: the process around it is the test above.
  it.each([
    [["--kind", "child"], /--received is missing/],
    [["--received", "2026-02-30", "--kind", "child"], /not a real date/],
    [["--received", "18/12/2026", "--kind", "child"], /YYYY-MM-DD/],
    [["--received", "2026-12-18", "--kind", "children"], /child, adult, domestic-homicide/],
    [["--received", "2026-12-18"], /--kind is missing/],
    [["--received", "2026-12-18", "--kind", "child", "--bogus"], /Unknown option/],
    [["--received", "2026-12-18", "--kind", "child", "--publication", "2026-12-01"], /not after/],
  ])("bad arguments %j are refused with a sentence saying what is wrong", (args, message) => {
    const read = readTimelineArgs(args);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(message);
  });
});
