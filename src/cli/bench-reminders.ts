import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { computeMilestoneDates } from "../core/rapid-review/compute-timeline.js";
import { REVIEW_KINDS } from "../core/rapid-review/types.js";
import { addCalendarDays, addWorkingDays, londonDate } from "../core/rapid-review/working-days.js";
import { deliveryKey, due } from "../reminders/compute-due.js";
import { prunableDeliveries } from "../reminders/prune-deliveries.js";
import { REGISTER_FILE_NAME, ReviewRegister } from "../store/review-register.js";
import type { ReviewRegisterFileV1 } from "../store/review-register-schema.js";

/**
 * How long due() takes over 10,000 open reviews, and the memory they take once loaded through
 * the real register (zod-validated lowdb file). The data is made here as the full history of
 * 400 days of reminders (a version 1 file, every delivery ever made); the real register then
 * upgrades it to version 2 and prunes it, as it would on the first start of this release, and
 * that file (what a register that has been running holds) is measured in a fresh process, so
 * the figures are not inflated by building it. The upgrade of the version 1 file is timed in a
 * fresh process too. Prints figures, then one JSON line: {"dueMsAt10k", "dueMsAt10kFirstCall",
 * "dueCpuMsAt10k", "rssMbAt10k", "rssMbBaseline", ...}.
 */
const COUNT = 10_000;
const now = new Date("2027-01-06T09:30:00Z");
const today = londonDate(now);
const opts = { reminderTime: "09:00" };

async function makeDataFile(dir: string): Promise<void> {
  // A repeatable pseudo-random sequence, so runs compare like with like.
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const data: ReviewRegisterFileV1 = {
    version: 1,
    nextNumber: COUNT + 1,
    reviews: [],
    deliveries: [],
  };
  for (let i = 1; i <= COUNT; i++) {
    const received = addCalendarDays(today, -Math.floor(rand() * 400));
    const kind = REVIEW_KINDS[i % 3] ?? "child";
    data.reviews.push({
      id: `RR-${String(i).padStart(5, "0")}`,
      caseRef: `CR-${i}`,
      kind,
      received,
      ...(kind === "child" && rand() < 0.3
        ? { publication: addCalendarDays(today, 30 + Math.floor(rand() * 200)) }
        : {}),
      done: rand() < 0.5 ? { "notify-panel": { at: now.toISOString(), by: "U1" } } : {},
      createdBy: "U1",
      createdAt: new Date(`${received}T12:00:00Z`).toISOString(),
    });
  }
  // Steady state: every notice whose day came before today was delivered, as a loop running
  // every day would have done (on a notice's own day it is the newest one of its milestone, so
  // that day's run sends it). Worked out per review rather than by running due() for each of
  // 420 days, which took half a minute; the real due() then checks the result below.
  const lastRunDay = addCalendarDays(today, -1);
  for (const r of data.reviews) {
    const startedOn = londonDate(new Date(r.createdAt));
    for (const m of computeMilestoneDates(r)) {
      if (r.done[m.key]) continue;
      const notices = [
        { type: "before" as const, date: addWorkingDays(m.due, -1) },
        { type: "due" as const, date: m.due },
        { type: "overdue" as const, date: addWorkingDays(m.due, 1) },
      ];
      for (const n of notices) {
        if (n.date < startedOn || n.date > lastRunDay) continue;
        const at = new Date(`${n.date}T12:00:00Z`).toISOString();
        data.deliveries.push({
          key: deliveryKey(r.id, m.key, n.type, n.date),
          reviewId: r.id,
          milestone: m.key,
          type: n.type,
          date: n.date,
          status: "sent",
          attemptedAt: at,
          sentAt: at,
        });
      }
    }
  }
  const yesterdayEvening = new Date(`${lastRunDay}T23:00:00Z`);
  const left = due(
    yesterdayEvening,
    data.reviews,
    new Set(data.deliveries.map((d) => d.key)),
    opts,
  );
  if (left.length > 0) throw new Error(`generated register is not steady: ${left.length} due`);
  const v1 = path.join(dir, "v1");
  const v2 = path.join(dir, "v2");
  await mkdir(v1);
  await mkdir(v2);
  await writeFile(path.join(v1, REGISTER_FILE_NAME), JSON.stringify(data));
  // The real upgrade and pruning, on a copy (the v1 file is measured separately).
  await copyFile(path.join(v1, REGISTER_FILE_NAME), path.join(v2, REGISTER_FILE_NAME));
  await openPruned(v2);
  console.log(
    `history made: ${data.reviews.length} reviews, ${data.deliveries.length} deliveries in the version 1 file`,
  );
}

/** Opens the register and prunes it as the reminder loop's first run of the day does. */
async function openPruned(dir: string): Promise<ReviewRegister> {
  const register = await ReviewRegister.open(dir);
  const open = await register.openReviews();
  await register.dropDeliveries(prunableDeliveries(today, open, await register.deliveryEntries()));
  return register;
}

/** Opening a version 1 file: the upgrade (with its backup) and pruning, once per install. */
async function measureUpgrade(dir: string): Promise<void> {
  const mb = (b: number) => Number((b / 2 ** 20).toFixed(1));
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const t0 = performance.now();
  const register = await openPruned(dir);
  const ms = performance.now() - t0;
  const peak = process.memoryUsage().rss;
  gc();
  console.log(
    `upgrade of the version 1 file (backup, v2, prune, write): ${ms.toFixed(0)} ms, ${(await register.deliveries()).length} deliveries kept; RSS peak ${mb(peak)} MB, ${mb(process.memoryUsage().rss)} MB after`,
  );
  console.log(JSON.stringify({ upgradeMs: Math.round(ms), upgradeRssMbPeak: mb(peak) }));
}

async function measure(dir: string): Promise<void> {
  const mb = (b: number) => Number((b / 2 ** 20).toFixed(1));
  const ms = (x: number) => Number(x.toFixed(2));
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const baseline = process.memoryUsage().rss;
  const t0 = performance.now();
  const register = await ReviewRegister.open(dir);
  const openMs = performance.now() - t0;
  const peakRss = process.memoryUsage().rss;
  const open = await register.list({ open: true });
  const recorded = await register.deliveryEntries();

  const c0 = performance.now();
  const first = due(now, open, recorded, opts);
  const coldMs = performance.now() - c0;

  // A few unmeasured runs first, so the figures are for the JIT-compiled steady state that a
  // loop running every minute is in. CPU time is shown too: on a busy machine wall time also
  // counts time spent waiting for a core.
  for (let i = 0; i < 5; i++) due(now, open, recorded, opts);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 1; i <= 50; i++) {
    const at = new Date(now.getTime() + i * 60_000);
    const s = performance.now();
    const u = process.cpuUsage();
    due(at, open, recorded, opts);
    const used = process.cpuUsage(u);
    times.push(performance.now() - s);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? 0;
  // Collect what parsing and validating the file left behind, so the figure is what holding
  // the reviews costs; the peak while loading is reported beside it.
  gc();
  const { rss, heapUsed } = process.memoryUsage();

  // One reminder's two writes ("sending", then "sent"), after the memory figure was taken.
  const writes: number[] = [];
  for (const d of first.slice(0, 5)) {
    const s = performance.now();
    await register.recordDelivery(d.key, "sending", now);
    await register.recordDelivery(d.key, "sent", now);
    writes.push((performance.now() - s) / 2);
  }
  writes.sort((a, b) => a - b);
  const writeMs = writes[Math.floor(writes.length / 2)] ?? 0;

  console.log(
    `reviews: ${open.length} open; deliveries on file: ${(await register.deliveries()).length}`,
  );
  console.log(`register open (read + zod validate + prune check): ${ms(openMs)} ms`);
  console.log(
    `due() first call in the process (code not yet compiled, each year's calendar made): ${ms(coldMs)} ms, ${first.length} due`,
  );
  console.log(
    `due() each later minute, 50 runs: median ${ms(median)} ms, p95 ${ms(p95)} ms (CPU median ${ms(cpuMedian)} ms)`,
  );
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${availableParallelism()} cores`,
  );
  console.log(
    `one register write (a delivery record), median of ${writes.length * 2}: ${ms(writeMs)} ms`,
  );
  console.log(
    `RSS holding them: ${mb(rss)} MB, heap used ${mb(heapUsed)} MB (peak while loading ${mb(peakRss)} MB; process before opening ${mb(baseline)} MB)`,
  );
  console.log(
    JSON.stringify({
      dueMsAt10k: ms(median),
      dueMsAt10kFirstCall: ms(coldMs),
      dueCpuMsAt10k: ms(cpuMedian),
      rssMbAt10k: mb(rss),
      heapMbAt10k: mb(heapUsed),
      rssMbBaseline: mb(baseline),
      rssMbPeakLoading: mb(peakRss),
      writeMsAt10k: ms(writeMs),
    }),
  );
}

if (process.argv[2] === "--measure" && process.argv[3]) {
  await measure(process.argv[3]);
} else if (process.argv[2] === "--measure-upgrade" && process.argv[3]) {
  await measureUpgrade(process.argv[3]);
} else {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-reminders-"));
  try {
    await makeDataFile(dir);
    if (process.env.BENCH_KEEP_DATA) console.log(`data kept in ${dir}`);
    // Measured in a fresh process, as the assistant runs: plain node on the build (npm run
    // bench builds first), or through tsx when this file is run as TypeScript. The upgrade
    // first; the main figures (and the JSON line bench.ts reads) last.
    const self = fileURLToPath(import.meta.url);
    const loader = self.endsWith(".ts") ? ["--import", "tsx"] : [];
    const run = (mode: string, sub: string) =>
      spawnSync(process.execPath, ["--expose-gc", ...loader, self, mode, path.join(dir, sub)], {
        stdio: "inherit",
      }).status;
    const upgraded = run("--measure-upgrade", "v1");
    const measured = run("--measure", "v2");
    process.exitCode = upgraded === 0 && measured === 0 ? 0 : 1;
  } finally {
    if (!process.env.BENCH_KEEP_DATA) await rm(dir, { recursive: true, force: true });
  }
}
