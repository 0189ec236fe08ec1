/**
 * `npm run bench:turn-cost`: where a turn's cost goes, for whoever works on the turn ratios.
 * `bench:turns` measures latency, which moves with machine load; this measures CPU time per turn
 * (`process.cpuUsage()`, the whole process: driver, bot and connector stand-in, as in
 * bench:turns), which moves much less, for the assistant and the echo bot in alternating runs.
 * It also prints, per step of the turn mix, how many activities the assistant sent and how many
 * bytes they were, because every reply is one more connector call.
 *
 * Options: --turns N (per run, default 6000), --runs N (per bot, default 3), --steps (only the
 * per-step table), --only assistant|echo (drive one bot only: for `node --cpu-prof`),
 * --kinds question,mash,levels (only the mix's steps of those kinds, e.g. to cost the Levels of
 * Need check alone: "levels" takes every levels-* step, in order), --by-kind (the echo bot, then
 * the assistant on each kind of step alone, alternating in one process: where the cost is).
 */
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startAssistant } from "../app.js";
import { ConnectorStandIn } from "./bench/connector-stand-in.js";
import { driveConversations, type ScriptStep } from "./bench/drive-conversations.js";
import { startEchoBot } from "./bench/echo-bot.js";
import { TURN_MIX } from "./bench/turn-mix.js";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} takes a whole number above 0`);
  return n;
}
const TURNS = option("--turns", 6000);
const RUNS = option("--runs", 3);
const stepsOnly = process.argv.includes("--steps");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const kindsAt = process.argv.indexOf("--kinds");
const kinds = kindsAt >= 0 ? (process.argv[kindsAt + 1] ?? "").split(",") : undefined;
const MIX = kinds
  ? TURN_MIX.filter((s) => kinds.some((k) => s.kind === k || s.kind.startsWith(`${k}-`)))
  : TURN_MIX;
if (MIX.length === 0) throw new Error("--kinds matched no step of the mix");
if (only !== undefined && only !== "assistant" && only !== "echo")
  throw new Error("--only takes assistant or echo");

/** The middle of the runs (the upper middle of an even number). */
function median(xs: number[]): number {
  return [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
}

let runs = 0;
/** Wall-clock throughput of the last run (turns a second), beside its CPU time. */
let lastTurnsPerSecond = 0;
async function cpuPerTurn(
  name: string,
  messagesUrl: string,
  connector: ConnectorStandIn,
  turns: number,
  script: readonly ScriptStep[] = MIX,
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const before = process.cpuUsage();
  const result = await driveConversations({
    messagesUrl,
    connector,
    conversations: 50,
    maxTurns: turns,
    maxMs: 120_000,
    script,
    agent,
    runId: `${name}-${++runs}`,
  });
  const used = process.cpuUsage(before);
  agent.destroy();
  if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errorKinds)}`);
  lastTurnsPerSecond = result.turnsPerSecond;
  return (used.user + used.system) / 1000 / result.turns;
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-turn-cost-"));
  const connector = await ConnectorStandIn.start({
    keep: (r) => r.conversationId.startsWith("steps-"),
  });
  const assistant = await startAssistant({
    env: {
      PORT: "0",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
    },
  });
  const echo = await startEchoBot();
  const ours = `${assistant.url}/api/messages`;
  const theirs = `${echo.url}/api/messages`;
  try {
    // One conversation through the mix, keeping every reply: activities and bytes per step.
    const agent = new http.Agent({ keepAlive: true });
    await driveConversations({
      messagesUrl: ours,
      connector,
      conversations: 1,
      maxTurns: TURN_MIX.length,
      maxMs: 10_000,
      script: TURN_MIX,
      agent,
      runId: "steps",
    });
    agent.destroy();
    const caught = connector.drainKept();
    let activities = 0;
    let bytes = 0;
    console.log("step  kind              activities  bytes");
    TURN_MIX.forEach((step, n) => {
      const replies = caught.filter((r) => r.replyToId.endsWith(`-a${n}`));
      const size = replies.reduce((a, r) => a + JSON.stringify(r.activity).length, 0);
      activities += replies.length;
      bytes += size;
      console.log(
        `${String(n).padStart(4)}  ${step.kind.padEnd(16)}  ${String(replies.length).padStart(10)}  ${String(size).padStart(5)}`,
      );
    });
    console.log(
      `per turn: ${(activities / TURN_MIX.length).toFixed(2)} activities, ${Math.round(bytes / TURN_MIX.length)} bytes`,
    );
    if (stepsOnly) return;
    if (process.argv.includes("--by-kind")) {
      await byKind(ours, theirs, connector);
      return;
    }

    // Warm-up, then alternating runs so machine load hits both bots alike.
    const a: number[] = [];
    const e: number[] = [];
    if (only !== "echo") await cpuPerTurn("assistant", ours, connector, 3000);
    if (only !== "assistant") await cpuPerTurn("echo", theirs, connector, 3000);
    for (let r = 0; r < RUNS; r++) {
      if (only !== "echo") a.push(await cpuPerTurn("assistant", ours, connector, TURNS));
      if (only !== "assistant") e.push(await cpuPerTurn("echo", theirs, connector, TURNS));
    }
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(" / ");
    console.log(`CPU ms per turn at 50 conversations, ${TURNS} turns a run:`);
    console.log(`  assistant ${fmt(a)} (median ${median(a).toFixed(3)})`);
    console.log(`  echo bot  ${fmt(e)} (median ${median(e).toFixed(3)})`);
    if (a.length && e.length)
      console.log(
        `  ratio ${(median(a) / median(e)).toFixed(2)}; load average ${loadavg()[0]?.toFixed(2)}`,
      );
  } finally {
    await assistant.close();
    await echo.close();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** CPU per turn of the echo bot and of the assistant on each kind of step, alternating. */
async function byKind(ours: string, theirs: string, connector: ConnectorStandIn) {
  const groups: [string, string, readonly ScriptStep[]][] = [
    ["echo bot", theirs, TURN_MIX],
    ["whole mix", ours, TURN_MIX],
    ...["mash", "question", "levels"].map((k): [string, string, readonly ScriptStep[]] => [
      k,
      ours,
      TURN_MIX.filter((s) => s.kind === k || s.kind.startsWith(`${k}-`)),
    ]),
  ];
  for (const [name, url, script] of groups) await cpuPerTurn(name, url, connector, 2000, script);
  const results = new Map<string, number[]>(groups.map(([name]) => [name, []]));
  const rates = new Map<string, number[]>(groups.map(([name]) => [name, []]));
  for (let r = 0; r < RUNS; r++) {
    for (const [name, url, script] of groups) {
      results.get(name)?.push(await cpuPerTurn(name, url, connector, TURNS, script));
      rates.get(name)?.push(lastTurnsPerSecond);
    }
  }
  const echo = median(results.get("echo bot") ?? []);
  console.log(`CPU ms per turn at 50 conversations, ${TURNS} turns a run, ${RUNS} runs each:`);
  for (const [name, xs] of results) {
    const m = median(xs);
    const rate = median(rates.get(name) ?? []);
    console.log(
      `  ${name.padEnd(10)} ${m.toFixed(3)} (x${(m / echo).toFixed(2)} the echo bot), ${rate.toFixed(0)} turns/s  ${xs.map((x) => x.toFixed(3)).join(" / ")}`,
    );
  }
  console.log(`  load average ${loadavg()[0]?.toFixed(2)}`);
}

await main();
