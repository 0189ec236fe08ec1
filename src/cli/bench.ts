/**
 * `npm run bench`: every benchmark, one after another (each in its own process, so one does not
 * warm up or weigh down another), a table of the figures against their targets, and one JSON
 * line at the end. The knowledge benchmark runs if this checkout has `npm run bench:knowledge`;
 * otherwise its figures are null. Run after `npm run build` (npm run bench does that).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, freemem, loadavg, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { findPackageRoot } from "../core/content/load-data-file.js";
import { readLastJsonLine } from "./bench/read-last-json-line.js";

const ROOT = findPackageRoot();
const DIST = path.join(ROOT, "dist", "cli");

interface Step {
  name: string;
  command: string;
  args: string[];
}

/** Runs one benchmark, passing its output through indented, and returns its JSON figures. */
function run(step: Step): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, step.args, {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const pass = (d: Buffer) => {
      out += d;
      process.stdout.write(
        d
          .toString()
          .split("\n")
          .map((l) => (l ? `  ${l}` : l))
          .join("\n"),
      );
    };
    child.stdout.on("data", pass);
    child.stderr.on("data", (d: Buffer) => {
      const text = d.toString();
      if (!/Unknown user config/.test(text)) process.stderr.write(text);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const figures = readLastJsonLine(out);
      if (code !== 0 || !figures) reject(new Error(`${step.name} failed (exit code ${code})`));
      else resolve(figures);
    });
  });
}

const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  }
).scripts;
const hasKnowledge = Boolean(scripts?.["bench:knowledge"]);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const steps: Step[] = [
  { name: "turns", command: process.execPath, args: [path.join(DIST, "bench-turns.js")] },
  ...(hasKnowledge
    ? [{ name: "knowledge", command: npm, args: ["run", "--silent", "bench:knowledge"] }]
    : []),
  { name: "reminders", command: process.execPath, args: [path.join(DIST, "bench-reminders.js")] },
  { name: "startup", command: process.execPath, args: [path.join(DIST, "bench-startup.js")] },
];

const began = performance.now();
const load = loadavg();
const figures: Record<string, unknown> = {};
for (const step of steps) {
  console.log(`\n== ${step.name}`);
  Object.assign(figures, await run(step));
}
if (!hasKnowledge) {
  console.log("\n== knowledge\n  (no bench:knowledge in this checkout: figures are null)");
}

type Row = [label: string, key: string, unit: string, target: string, ok: (v: number) => boolean];
// Targets for the service people need (issue 20), not records: a council's practitioners at
// their busiest send a few turns a second. Rows without a target are shown for information.
const rows: Row[] = [
  ["Turn p50 at 50 conv / echo bot", "turnRatioVsEcho", "x", "<= 1.5", (v) => v <= 1.5],
  ["Turns/s / echo bot's", "throughputRatioVsEcho", "x", ">= 0.67", (v) => v >= 0.67],
  ["Turn p99 at 1 conversation", "p99MsAt1", "ms", "< 10", (v) => v < 10],
  ["Turn p50 at 50 conversations", "p50MsAt50", "ms", "", () => true],
  ["Turn p99 at 50 conversations", "p99MsAt50", "ms", "", () => true],
  ["Knowledge index build", "indexBuildMs", "ms", "< 1000", (v) => v < 1000],
  ["Knowledge answer p99", "kbP99Ms", "ms", "< 20", (v) => v < 20],
  ["Reminders due() over 10k", "dueMsAt10k", "ms", "< 50", (v) => v < 50],
  ["RSS holding 10k reviews", "rssMbAt10k", "MB", "", () => true],
  ["Start-up to healthy /healthz", "startupMs", "ms", "< 1500", (v) => v < 1500],
];
const summary: Record<string, number | null> = {};
console.log(`\n${"figure".padEnd(32)} ${"value".padStart(10)}  ${"target".padEnd(8)} met`);
for (const [label, key, unit, target, ok] of rows) {
  const v = figures[key];
  const value = typeof v === "number" ? v : null;
  summary[key] = value;
  const shown = value === null ? "n/a" : `${value} ${unit}`;
  const met = value === null ? "-" : target ? (ok(value) ? "yes" : "NO") : "";
  console.log(`${label.padEnd(32)} ${shown.padStart(10)}  ${target.padEnd(8)} ${met}`);
}
const seconds = (performance.now() - began) / 1000;
console.log(
  `\n${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB (${(freemem() / 2 ** 30).toFixed(1)} free), node ${process.version}, load average at start ${load.map((l) => l.toFixed(2)).join(" ")}; benchmarks took ${seconds.toFixed(1)} s`,
);
console.log(
  JSON.stringify({
    ...figures,
    ...summary,
    benchSeconds: Math.round(seconds * 10) / 10,
    loadAverage1m: Math.round((load[0] ?? 0) * 100) / 100,
  }),
);
