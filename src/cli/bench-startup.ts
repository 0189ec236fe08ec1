/**
 * `npm run bench:startup`: how long the assistant takes from process start to a healthy /healthz,
 * as `npm start` runs it (node on the build in dist/). Several fresh processes, one at a time;
 * the median is the figure.
 * Last line is JSON: {"startupMs", "startupMsMin", "startupMsMax"}.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { findPackageRoot } from "../core/content/load-data-file.js";
import { freePort } from "./bench/free-port.js";
import { round2, summarizeLatencies } from "./bench/summarize-latencies.js";

const ROOT = findPackageRoot();
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const GIVE_UP_MS = 20_000;

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/healthz", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.setTimeout(1000, () => req.destroy());
  });
}

/** Milliseconds from spawning the process to its first 200 from /healthz (polled every 5 ms). */
export async function timeStartup(command: string, args: string[]): Promise<number> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-startup-"));
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  try {
    while (!exited) {
      if (await healthy(port)) return performance.now() - t0;
      if (performance.now() - t0 > GIVE_UP_MS) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`the assistant did not become healthy: ${stderr.slice(0, 500)}`);
  } finally {
    child.kill("SIGTERM");
    await exit;
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function series(label: string, command: string, args: string[]) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeStartup(command, args));
  const s = summarizeLatencies(times);
  const min = Math.min(...times);
  console.log(
    `${label}: median ${s.p50.toFixed(0)} ms (min ${min.toFixed(0)}, max ${s.max.toFixed(0)}) over ${RUNS} starts`,
  );
  return { median: s.p50, min, max: s.max };
}

const built = await series("start-up, node dist/main.js (npm start)", process.execPath, [
  path.join(ROOT, "dist", "main.js"),
]);
const result: Record<string, number> = {
  startupMs: round2(built.median),
  startupMsMin: round2(built.min),
  startupMsMax: round2(built.max),
};
console.log(JSON.stringify(result));
