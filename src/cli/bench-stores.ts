/**
 * `npm run bench:stores`: turn latency over HTTP at 50 concurrent conversations with the file
 * store against PostgreSQL (conversation state, feedback counts), in one run. The same turn mix
 * as bench:turns goes through /api/messages of two assistants, one on DATA_DIR and one on
 * PostgreSQL, in alternating rounds so a change in machine load hits both alike. PostgreSQL is
 * DATABASE_URL if set (an empty database), else a throwaway embedded server on loopback.
 * Prints a table, then one JSON line: {"fileP50MsAt50", "fileP99MsAt50", "pgP50MsAt50", ...}.
 */
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { startAssistant } from "../app.js";
import { ConnectorStandIn } from "./bench/connector-stand-in.js";
import { type DriveResult, driveConversations } from "./bench/drive-conversations.js";
import { startEmbeddedPostgres } from "./bench/start-embedded-postgres.js";
import { round2, summarizeLatencies } from "./bench/summarize-latencies.js";
import { TURN_MIX } from "./bench/turn-mix.js";

const ROUNDS = 4;
const PASSES_AT_50 = 2;

/** DATABASE_URL, or a throwaway embedded PostgreSQL on loopback and its stop function. */
async function postgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server = await startEmbeddedPostgres({ password: "bench" });
  return { url: server.url("postgres"), stop: () => server.stop() };
}

let runs = 0;
async function drive(name: string, messagesUrl: string, connector: ConnectorStandIn) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  try {
    return await driveConversations({
      messagesUrl,
      connector,
      conversations: 50,
      turnsPerConversation: PASSES_AT_50 * TURN_MIX.length,
      maxTurns: 50 * PASSES_AT_50 * TURN_MIX.length,
      maxMs: 30_000,
      script: TURN_MIX,
      agent,
      runId: `${name}-${++runs}`,
    });
  } finally {
    agent.destroy();
  }
}

function pool(results: DriveResult[]) {
  const latencies = results.flatMap((r) => r.latencies);
  const elapsed = results.reduce((a, r) => a + r.elapsedMs, 0);
  return {
    ...summarizeLatencies(latencies),
    turnsPerSecond: (latencies.length / elapsed) * 1000,
    errors: results.reduce((a, r) => a + r.errors, 0),
  };
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-stores-"));
  const pg = await postgres();
  const connector = await ConnectorStandIn.start({ keep: () => false });
  const env = { PORT: "0", LOG_LEVEL: "silent" };
  const file = await startAssistant({ env: { ...env, DATA_DIR: dataDir } });
  const db = await startAssistant({
    env: { ...env, DATA_DIR: path.join(dataDir, "unused"), DATABASE_URL: pg.url },
  });
  const bots = [
    { name: "file", url: `${file.url}/api/messages` },
    { name: "postgresql", url: `${db.url}/api/messages` },
  ];
  try {
    for (const bot of bots) await drive(bot.name, bot.url, connector); // warm-up
    const results: Record<string, DriveResult[]> = { file: [], postgresql: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const bot of round % 2 ? [...bots].reverse() : bots) {
        results[bot.name]?.push(await drive(bot.name, bot.url, connector));
      }
    }
    const f = pool(results.file ?? []);
    const p = pool(results.postgresql ?? []);
    const row = (name: string, s: ReturnType<typeof pool>) =>
      `${name.padEnd(26)} ${String(s.count).padStart(6)} ${round2(s.p50).toFixed(2).padStart(8)} ${round2(s.p99).toFixed(2).padStart(8)} ${s.turnsPerSecond.toFixed(0).padStart(8)} ${String(s.errors).padStart(6)}`;
    console.log(
      `${"50 conversations".padEnd(26)} ${"turns".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"turns/s".padStart(8)} ${"errors".padStart(6)}`,
    );
    console.log(row("file store (DATA_DIR)", f));
    console.log(row("PostgreSQL (DATABASE_URL)", p));
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} on ${availableParallelism()} cores; PostgreSQL on this machine too`,
    );
    console.log(
      JSON.stringify({
        fileP50MsAt50: round2(f.p50),
        fileP99MsAt50: round2(f.p99),
        fileTurnsPerSecondAt50: Math.round(f.turnsPerSecond),
        pgP50MsAt50: round2(p.p50),
        pgP99MsAt50: round2(p.p99),
        pgTurnsPerSecondAt50: Math.round(p.turnsPerSecond),
        turnErrors: f.errors + p.errors,
      }),
    );
  } finally {
    await file.close();
    await db.close();
    await connector.close();
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
