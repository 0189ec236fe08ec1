// `npm run bench:ic-misses`: V8 inline-cache misses per turn, ours and everyone else's.
//
// Runs `bench:turn-cost --only assistant` (3,000 warm-up turns, then 3,000 more, 13 for the
// per-step table) under `node --log-ic`, then reads V8's log: every IC event after a site's first
// use is a miss (a megamorphic site that missed V8's stub cache, or a store that V8 does on its
// slow path). It maps each to its source through dist/'s source maps and prints the misses per
// turn by site. Unlike CPU time, these counts do not move with machine load, so they show
// whether a change made the turn's objects more or less uniform (BENCHMARKS.md, "Sixth pass").
// A developer's tool: the log format is V8's own and may change with Node's major version.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const TURNS = 3000 + 3000 + 13;
const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");
const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ic-misses-")), "v8.log");

const run = spawnSync(
  process.execPath,
  [
    "--log-ic",
    `--logfile=${log}`,
    "--no-logfile-per-isolate",
    path.join(dist, "cli", "bench-turn-cost.js"),
    "--only",
    "assistant",
    "--runs",
    "1",
    "--turns",
    "3000",
  ],
  { stdio: ["ignore", "ignore", "inherit"] },
);
if (run.status !== 0) throw new Error(`bench-turn-cost failed (${run.status})`);

const maps = new Map();
function mapOf(file) {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8"))));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file);
}

// Code objects in creation order, so an IC's pc finds the function (and script) it is in.
const codes = [];
const bySite = new Map();
const IC = /^(\w*IC),(0x[0-9a-f]+),\d+,(\d+),(\d+),([^,]*),([^,]*),[^,]*,([^,]*)/;
const lines = readline.createInterface({ input: fs.createReadStream(log) });
for await (const line of lines) {
  if (line.startsWith("code-creation,")) {
    const p = line.split(",");
    const start = Number.parseInt(p[4], 16);
    codes.push([start, start + Number(p[5]), p.slice(6).join(",")]);
    continue;
  }
  const m = IC.exec(line);
  if (!m) continue;
  const [, kind, pc, row, col, from, to, key] = m;
  // A site's first use is not a miss, nor is code without feedback yet ("X": start-up code
  // that runs once or twice, such as building the knowledge index).
  if (from === "0" || from === "X") continue;
  const at = Number.parseInt(pc, 16);
  let fn = "";
  for (let i = codes.length - 1; i >= 0; i--) {
    const [start, end, name] = codes[i];
    if (at >= start && at < end) {
      fn = name;
      break;
    }
  }
  const file = /file:\/\/(\S+?):\d+:\d+/.exec(fn)?.[1];
  if (!file?.startsWith(dist)) continue;
  const e = mapOf(file)?.findEntry(Number(row) - 1, Number(col) - 1);
  const source = e?.originalSource ?? "";
  const where = source.includes("node_modules/")
    ? `node_modules/${source.split("node_modules/").at(-1)}`
    : `${source.replace(/^.*?\/(src|dialogs)\//, "$1/")}:${(e?.originalLine ?? 0) + 1}`;
  const site = `${kind} ${key} ${from}->${to} ${where}`;
  bySite.set(site, (bySite.get(site) ?? 0) + 1);
}
fs.rmSync(path.dirname(log), { recursive: true, force: true });

const ours = (site) => / (src|dialogs)\//.test(site) && !site.includes(" src/cli/");
const perTurn = (n) => (n / TURNS).toFixed(2);
let oursTotal = 0;
let theirs = 0;
for (const [site, n] of bySite) {
  if (ours(site)) oursTotal += n;
  else theirs += n;
}
console.log(`IC misses per turn (${TURNS} turns of the mix):`);
console.log(`  the assistant's own code (src/, dialogs/): ${perTurn(oursTotal)}`);
console.log(`  everything else (botbuilder, HTTP, the bench's load): ${perTurn(theirs)}`);
console.log("Our sites, most misses first:");
const top = [...bySite].filter(([site]) => ours(site)).sort((a, b) => b[1] - a[1]);
for (const [site, n] of top.slice(0, 15)) console.log(`  ${perTurn(n).padStart(6)}  ${site}`);
