/**
 * `npm run bench:turns`: turn latency over HTTP, the assistant against a bare botbuilder echo bot
 * on the same server setup, in the same run. Real Bot Framework activities are POSTed to each
 * bot's /api/messages; the replies go to a connector stand-in on loopback (the activities'
 * serviceUrl). A turn runs from the start of the POST until its response has arrived, by which
 * time the bot has had every reply of the turn accepted by the connector (checked per turn).
 *
 * Both bots get the same turn mix (questions, MASH, a whole Levels of Need check), the same
 * warm-up, and are measured in alternating rounds so a change in machine load hits both alike.
 * Prints a table, then one JSON line: {"turnRatioVsEcho", "throughputRatioVsEcho", "p99MsAt1",
 * "p50MsAt1", "p50MsAt50", "p99MsAt50", "turnsPerSecondAt50", "echoP50MsAt50", ...}.
 */
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startAssistant } from "../app.js";
import { ConnectorStandIn } from "./bench/connector-stand-in.js";
import {
  type DriveResult,
  driveConversations,
  type ScriptStep,
} from "./bench/drive-conversations.js";
import { startEchoBot } from "./bench/echo-bot.js";
import { round2, summarizeLatencies } from "./bench/summarize-latencies.js";
import { TURN_MIX } from "./bench/turn-mix.js";

const quick = process.argv.includes("--quick");
// Four rounds per bot rather than two: on a shared machine the speed available moves from one
// second to the next, and with two rounds a single run's ratio ranged 1.03-1.58 at one load
// (BENCHMARKS.md). Bots alternate (A B, B A, A B, B A) so a slow spell falls on both alike.
const ROUNDS = quick ? 2 : 4;
// Whole passes through the mix for every conversation, so each round measures exactly the mix
// (a round that stopped at a turn count ended most conversations early in it). Two passes at 50,
// not one: in rounds that short, the start (50 conversations at once) and the end (the last few
// finishing alone) weigh enough to pull the p50 ratio away from the throughput ratio.
const PASSES_AT_1 = 8; // the one conversation's passes, per bot per round
const PASSES_AT_50 = 2; // each conversation's passes, per bot per round
const MAX_MS = 20_000; // per round, a safety limit: counts normally end a round first

interface Bot {
  name: "assistant" | "echo";
  messagesUrl: string;
}

let runs = 0;
async function drive(
  bot: Bot,
  connector: ConnectorStandIn,
  conversations: number,
  passes: number,
  script: readonly ScriptStep[] = TURN_MIX,
): Promise<DriveResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conversations });
  try {
    return await driveConversations({
      messagesUrl: bot.messagesUrl,
      connector,
      conversations,
      turnsPerConversation: passes * script.length,
      maxTurns: conversations * passes * script.length,
      maxMs: MAX_MS,
      script,
      agent,
      runId: `${bot.name}-${++runs}`,
    });
  } finally {
    agent.destroy();
  }
}

/** The text a person would read in a reply: its plain text, or every text in the card's body. */
function replyText(activity: Record<string, unknown>): string {
  if (typeof activity.text === "string") return activity.text;
  const card = (activity.attachments as { content?: { body?: unknown[] } }[] | undefined)?.[0]
    ?.content;
  const parts: string[] = [];
  const walk = (el: unknown) => {
    if (typeof el !== "object" || el === null) return;
    const e = el as Record<string, unknown>;
    if (typeof e.text === "string") parts.push(e.text);
    for (const key of ["facts", "choices"]) {
      if (Array.isArray(e[key]))
        for (const f of e[key] as Record<string, unknown>[]) parts.push(`${f.title}: ${f.value}`);
    }
    for (const key of ["items", "columns", "body"]) if (Array.isArray(e[key])) e[key].forEach(walk);
  };
  (card?.body ?? []).forEach(walk);
  return parts.join("\n");
}

/**
 * Runs the mix once through the assistant and checks it does what it claims (the MASH numbers,
 * a suggested level at the end of the check), so a broken mix cannot produce flattering figures.
 * Returns how the questions were answered.
 */
async function verifyMix(bot: Bot, connector: ConnectorStandIn): Promise<string> {
  const result = await drive(bot, connector, 1, 1);
  if (result.errors > 0) throw new Error(`turn mix failed: ${JSON.stringify(result.errorKinds)}`);
  const caught = connector.drainKept().filter((r) => r.conversationId.startsWith(`${bot.name}-`));
  const textOf = (n: number) =>
    caught
      .filter((r) => r.replyToId.endsWith(`-a${n}`))
      .map((r) => replyText(r.activity))
      .join("\n");
  const problems: string[] = [];
  TURN_MIX.forEach((step, n) => {
    const text = textOf(n);
    if (!text) problems.push(`step ${n} (${step.kind}) had no reply`);
    if (step.kind === "mash" && !text.includes("01908")) problems.push("no MASH number");
    if (step.kind === "levels-outcome" && !/Suggested level/i.test(text))
      problems.push(`no suggested level at step ${n}: ${text.slice(0, 120)}`);
  });
  if (problems.length)
    throw new Error(`turn mix is not doing what it should: ${problems.join("; ")}`);
  const questions = TURN_MIX.map((s, n) => ({ s, n })).filter(({ s }) => s.kind === "question");
  const fallbacks = questions.filter(({ n }) => /didn't understand/i.test(textOf(n))).length;
  return fallbacks === questions.length
    ? "questions get the 'not understood' reply (no knowledge base in this build)"
    : `questions answered: ${questions.length - fallbacks} of ${questions.length}`;
}

function pool(results: DriveResult[]) {
  const latencies = results.flatMap((r) => r.latencies);
  const elapsed = results.reduce((a, r) => a + r.elapsedMs, 0);
  const errors = results.reduce((a, r) => a + r.errors, 0);
  return {
    ...summarizeLatencies(latencies),
    turnsPerSecond: (latencies.length / elapsed) * 1000,
    errors,
  };
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-turns-"));
  const connector = await ConnectorStandIn.start({
    keep: (r) => r.conversationId.startsWith("assistant-1-conv-"),
  });
  const assistant = await startAssistant({
    env: {
      PORT: "0",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
    },
  });
  const echo = await startEchoBot();
  const bots: Bot[] = [
    { name: "assistant", messagesUrl: `${assistant.url}/api/messages` },
    { name: "echo", messagesUrl: `${echo.url}/api/messages` },
  ];
  try {
    const mixNote = await verifyMix(bots[0] as Bot, connector);
    // Warm-up: JIT, connection pools and session maps settle before anything is measured.
    for (const bot of bots) {
      await drive(bot, connector, 50, 1);
      await drive(bot, connector, 1, 8);
    }
    const at1: Record<string, DriveResult[]> = { assistant: [], echo: [] };
    const at50: Record<string, DriveResult[]> = { assistant: [], echo: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const bot of round % 2 ? [...bots].reverse() : bots) {
        at1[bot.name]?.push(await drive(bot, connector, 1, PASSES_AT_1));
        at50[bot.name]?.push(await drive(bot, connector, 50, PASSES_AT_50));
      }
    }
    const ours1 = pool(at1.assistant ?? []);
    const echo1 = pool(at1.echo ?? []);
    const ours50 = pool(at50.assistant ?? []);
    const echo50 = pool(at50.echo ?? []);
    if (connector.bad > 0)
      throw new Error(`${connector.bad} malformed requests reached the connector`);

    const row = (name: string, s: ReturnType<typeof pool>) =>
      `${name.padEnd(22)} ${String(s.count).padStart(6)} ${round2(s.p50).toFixed(2).padStart(8)} ${round2(s.p99).toFixed(2).padStart(8)} ${round2(s.max).toFixed(2).padStart(8)} ${s.turnsPerSecond.toFixed(0).padStart(8)} ${String(s.errors).padStart(6)}`;
    console.log(`Turn mix: ${TURN_MIX.length} turns per conversation; ${mixNote}`);
    console.log(
      `${"".padEnd(22)} ${"turns".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)} ${"turns/s".padStart(8)} ${"errors".padStart(6)}`,
    );
    console.log(row("assistant, 1 conv", ours1));
    console.log(row("echo bot, 1 conv", echo1));
    console.log(row("assistant, 50 conv", ours50));
    console.log(row("echo bot, 50 conv", echo50));
    // Each round's own ratio, beside the pooled one above: how much the machine moved meanwhile.
    const byRound = (at50.assistant ?? []).map((r, i) => {
      const theirs = at50.echo?.[i];
      return theirs
        ? (summarizeLatencies(r.latencies).p50 / summarizeLatencies(theirs.latencies).p50).toFixed(
            2,
          )
        : "-";
    });
    console.log(`p50 at 50 conv, assistant / echo bot, round by round: ${byRound.join(" ")}`);
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          " ",
        )} on ${availableParallelism()} cores; bots, load and connector in this one process`,
    );
    console.log(
      JSON.stringify({
        turnRatioVsEcho: round2(ours50.p50 / echo50.p50),
        throughputRatioVsEcho: round2(ours50.turnsPerSecond / echo50.turnsPerSecond),
        p99MsAt1: round2(ours1.p99),
        p50MsAt1: round2(ours1.p50),
        p50MsAt50: round2(ours50.p50),
        p99MsAt50: round2(ours50.p99),
        turnsPerSecondAt50: Math.round(ours50.turnsPerSecond),
        echoP50MsAt1: round2(echo1.p50),
        echoP99MsAt1: round2(echo1.p99),
        echoP50MsAt50: round2(echo50.p50),
        echoP99MsAt50: round2(echo50.p99),
        echoTurnsPerSecondAt50: Math.round(echo50.turnsPerSecond),
        turnErrors: ours1.errors + ours50.errors + echo1.errors + echo50.errors,
      }),
    );
  } finally {
    await assistant.close();
    await echo.close();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
