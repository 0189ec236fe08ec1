/**
 * `npm run load`: 200 practitioners talking to a RUNNING assistant at once for 60 seconds, over
 * the real Bot Framework protocol, with replies caught by a connector stand-in in this process.
 * Prints errors (target 0), latency, and the assistant's memory (RSS) before and after (target:
 * flat). Loopback only; it stops by itself after the time or the turn limit, whichever is first.
 * Not part of npm test.
 */
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { isLoopback } from "../config.js";
import { ConnectorStandIn } from "./bench/connector-stand-in.js";
import { driveConversations } from "./bench/drive-conversations.js";
import { round2, summarizeLatencies } from "./bench/summarize-latencies.js";
import { TURN_MIX } from "./bench/turn-mix.js";

const USAGE = `Usage: npm run load -- [--url http://127.0.0.1:3978] [--pid N] [--conversations 200]
                     [--seconds 60] [--max-turns 200000]

Start the assistant first (npm start). Its address comes from --url, else ASSISTANT_URL, else
http://127.0.0.1:$PORT (PORT from the environment or .env, default 3978); loopback only. The
assistant's memory is read from its /healthz (rssMb), or from /proc/<pid> with --pid.`;

export interface LoadArgs {
  url: string;
  pid?: number;
  conversations: number;
  seconds: number;
  maxTurns: number;
}

/** Reads the command line; throws an Error with a message for the person at the terminal. */
export function parseLoadArgs(argv: string[], env: NodeJS.ProcessEnv): LoadArgs {
  const args: LoadArgs = {
    url: env.ASSISTANT_URL ?? `http://127.0.0.1:${env.PORT || "3978"}`,
    conversations: 200,
    seconds: 60,
    maxTurns: 200_000,
  };
  const limits = {
    conversations: [1, 1000],
    seconds: [1, 600],
    maxTurns: [1, 2_000_000],
    pid: [1, 2 ** 31],
  } as const;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    const whole = (key: keyof typeof limits) => {
      const v = value();
      const n = Number(v);
      const [min, max] = limits[key];
      if (!/^\d+$/.test(v) || n < min || n > max)
        throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${v}".`);
      return n;
    };
    if (name === "--url") args.url = value();
    else if (name === "--pid") args.pid = whole("pid");
    else if (name === "--conversations") args.conversations = whole("conversations");
    else if (name === "--seconds") args.seconds = whole("seconds");
    else if (name === "--max-turns") args.maxTurns = whole("maxTurns");
    else throw new Error(`Unknown option "${arg}".`);
  }
  let url: URL;
  try {
    url = new URL(args.url);
  } catch {
    throw new Error(`"${args.url}" is not a URL.`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (url.protocol !== "http:" || !isLoopback(host)) {
    throw new Error(
      `Load is only sent to an assistant on this machine (http://127.0.0.1:...), not ${args.url}.`,
    );
  }
  args.url = url.origin;
  return args;
}

function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
        } catch {
          reject(new Error(`${url} did not answer with JSON`));
        }
      });
    });
    req.on("error", reject);
    req.setTimeout(5000, () => req.destroy(new Error(`${url} did not answer within 5 s`)));
  });
}

/** The assistant's resident memory in MB: from /proc with a pid, else from its /healthz. */
async function assistantRssMb(args: LoadArgs): Promise<number | undefined> {
  if (args.pid !== undefined) {
    const status = readFileSync(`/proc/${args.pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? round2(Number(kb) / 1024) : undefined;
  }
  const { body } = await getJson(`${args.url}/healthz`);
  return typeof body.rssMb === "number" ? body.rssMb : undefined;
}

async function main(): Promise<number> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (!process.env.ASSISTANT_URL && !process.env.PORT && existsSync(".env")) {
    process.loadEnvFile(".env");
  }
  let args: LoadArgs;
  try {
    args = parseLoadArgs(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const health = await getJson(`${args.url}/healthz`);
    if (health.status !== 200) throw new Error(`its /healthz says ${health.body.status}`);
  } catch (err) {
    console.error(
      `No healthy assistant at ${args.url} (${(err as Error).message}). Start it with npm start.`,
    );
    return 1;
  }

  const rssBefore = await assistantRssMb(args);
  const connector = await ConnectorStandIn.start();
  const agent = new http.Agent({ keepAlive: true, maxSockets: args.conversations });
  console.log(
    `${args.conversations} conversations for up to ${args.seconds} s (at most ${args.maxTurns} turns) against ${args.url} ...`,
  );
  // Memory every 10 s while the load runs: V8 grows its heap to what 200 turns in flight need
  // in the first seconds, so "before" against "after" alone cannot tell that growth from a leak;
  // the series shows whether it levels off.
  const rssSeries: number[] = [];
  const sampler = setInterval(() => {
    // A failed reading is a gap in the series; the run's errors say why.
    void assistantRssMb(args)
      .then((mb) => {
        if (mb !== undefined) rssSeries.push(mb);
      })
      .catch(() => undefined);
  }, 10_000);
  const result = await driveConversations({
    messagesUrl: `${args.url}/api/messages`,
    connector,
    conversations: args.conversations,
    maxTurns: args.maxTurns,
    maxMs: args.seconds * 1000,
    script: TURN_MIX,
    agent,
    runId: `load-${Date.now().toString(36)}`,
  });
  clearInterval(sampler);
  agent.destroy();
  await connector.close();
  const rssAfter = await assistantRssMb(args);
  // Memory a moment later too: what is left once the last turns' garbage can be collected.
  await new Promise((r) => setTimeout(r, 3000));
  const rssSettled = await assistantRssMb(args);

  const s = summarizeLatencies(result.latencies);
  const errors = result.errors + connector.bad;
  console.log(
    `turns: ${result.turns} in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.turnsPerSecond.toFixed(0)}/s)`,
  );
  console.log(
    `errors: ${errors}${errors ? ` ${JSON.stringify({ ...result.errorKinds, ...(connector.bad ? { badConnectorCalls: connector.bad } : {}) })}` : ""}`,
  );
  console.log(
    `latency: p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`,
  );
  if (result.slowest) {
    const { ms, kind, startedAtMs } = result.slowest;
    console.log(
      `slowest turn: ${ms.toFixed(1)} ms, a ${kind} step, started ${(startedAtMs / 1000).toFixed(1)} s into the run`,
    );
  }
  console.log(
    `assistant RSS: before ${rssBefore ?? "?"} MB, after ${rssAfter ?? "?"} MB, 3 s later ${rssSettled ?? "?"} MB`,
  );
  const first = rssSeries[0];
  const last = rssSeries.at(-1);
  if (first !== undefined && last !== undefined && rssSeries.length > 1) {
    console.log(
      `assistant RSS every 10 s during the run: ${rssSeries.join(", ")} MB (${last >= first ? "+" : ""}${((100 * (last - first)) / first).toFixed(1)}% from the first sample to the last)`,
    );
  }
  const p99Met = s.p99 < 1000;
  console.log(
    `targets: 0 errors (${errors === 0 ? "met" : "NOT met"}), p99 under 1000 ms (${p99Met ? "met" : "NOT met"})`,
  );
  console.log(
    JSON.stringify({
      loadConversations: args.conversations,
      loadTurns: result.turns,
      loadErrors: errors,
      loadTurnsPerSecond: Math.round(result.turnsPerSecond),
      loadP50Ms: round2(s.p50),
      loadP99Ms: round2(s.p99),
      loadRssMbBefore: rssBefore ?? null,
      loadRssMbAfter: rssAfter ?? null,
      loadRssMbSettled: rssSettled ?? null,
      loadRssMbEvery10s: rssSeries,
    }),
  );
  return errors > 0 || !p99Met ? 1 : 0;
}

// Only run when started as a program, so tests can import parseLoadArgs.
if (/[/\\]load\.(ts|js)$/.test(process.argv[1] ?? "")) process.exitCode = await main();
