import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Delivery } from "../../src/reminders/compute-due.js";
import {
  type ReminderLoop,
  SendError,
  startReminderLoop,
} from "../../src/reminders/reminder-loop.js";
import { ReviewRegister } from "../../src/store/review-register.js";

let dir: string;
let clock: Date;
let loops: ReminderLoop[];
const quiet = { info() {}, warn() {}, error() {} };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rr-loop-"));
  clock = new Date("2026-12-18T10:00:00Z");
  loops = [];
});
afterEach(async () => {
  for (const l of loops) await l.stop();
  await rm(dir, { recursive: true, force: true });
});

async function registerWith(...caseRefs: string[]) {
  const register = await ReviewRegister.open(dir);
  for (const caseRef of caseRefs) {
    const r = await register.start({
      caseRef,
      received: "2026-12-18",
      kind: "child",
      by: "U1",
      now: clock,
    });
    if (!r.ok) throw new Error(r.message);
  }
  return register;
}

/** A fake Slack: `outcomes` are thrown (or succeed with "ok") in order; sends are recorded. */
function fakeSend(outcomes: (SendError | Error | "ok")[] = []) {
  const sent: { key: string; text: string }[] = [];
  const attempts: string[] = [];
  return {
    sent,
    attempts,
    send: async (d: Delivery, text: string) => {
      attempts.push(d.key);
      const next = outcomes.shift() ?? "ok";
      if (next !== "ok") throw next;
      sent.push({ key: d.key, text });
    },
  };
}

function loop(
  register: ReviewRegister,
  send: (d: Delivery, t: string) => Promise<void>,
  waits: number[] = [],
) {
  const l = startReminderLoop({
    register,
    send,
    now: () => clock,
    log: quiet,
    intervalMs: 0,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  loops.push(l);
  return l;
}

const http500 = () => new SendError("HTTP 500", { retryable: true, code: "http_500" });

describe("the reminder loop", () => {
  it("sends each due reminder once, with its wording, and records it as sent", async () => {
    const register = await registerWith("CR-1");
    clock = new Date("2026-12-23T09:00:00Z");
    const slack = fakeSend();
    // The loop was not running on the 21st: that day's overdue notice comes as a late catch-up.
    expect(await loop(register, slack.send).runOnce()).toEqual({ sent: 2, failed: 0, dropped: 0 });
    expect(slack.sent.map((s) => s.key)).toEqual([
      "RR-0001:notify-panel:overdue:2026-12-21",
      "RR-0001:notify-national-panel:before:2026-12-23",
    ]);
    const [overdue, before] = slack.sent.map((s) => s.text);
    expect(overdue).toMatch(/^Overdue since Friday 18 December 2026: Tell the panel/);
    expect(overdue).toContain("was due on Monday 21 December 2026 but could not be sent then");
    expect(before).toContain(
      "Due next working day (Thursday 24 December 2026): Notify the national panel for CR-1 (RR-0001).",
    );
    expect(before).toContain("MK City Council Safeguarding and Quality team:");
    expect(before).toContain("done RR-0001 notify-national-panel");
    expect(before).not.toContain("could not be sent");
    expect(register.deliveries().map((d) => [d.key, d.status])).toEqual([
      ["RR-0001:notify-panel:overdue:2026-12-21", "sent"],
      ["RR-0001:notify-national-panel:before:2026-12-23", "sent"],
    ]);
  });

  it("429 then 500s then success: waits Retry-After, backs off, and each reminder goes exactly once", async () => {
    const register = await registerWith("CR-1", "CR-2");
    const waits: number[] = [];
    const slack = fakeSend([
      new SendError("rate limited", { retryable: true, retryAfterMs: 1500, code: "ratelimited" }),
      http500(),
      http500(),
      "ok",
      new TypeError("fetch failed"), // a network error from fetch itself
      "ok",
    ]);
    const l = loop(register, slack.send, waits);
    expect(await l.runOnce()).toEqual({ sent: 2, failed: 0, dropped: 0 });
    expect(waits).toEqual([1500, 1000, 2000, 1000]);
    expect(slack.sent.map((s) => s.key)).toEqual([
      "RR-0001:notify-panel:due:2026-12-18",
      "RR-0002:notify-panel:due:2026-12-18",
    ]);
    expect(slack.attempts).toHaveLength(6);
    expect(await l.runOnce()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    expect(register.deliveries().every((d) => d.status === "sent")).toBe(true);
  });

  it("gives up after five 5xx failures without recording it, and sends it on the next run", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([http500(), http500(), http500(), http500(), http500()]);
    const waits: number[] = [];
    const l = loop(register, slack.send, waits);
    expect(await l.runOnce()).toEqual({ sent: 0, failed: 1, dropped: 0 });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(register.deliveries()).toEqual([]);
    expect(await l.runOnce()).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(slack.sent).toHaveLength(1);
  });

  it("a permanent refusal is not retried at once, but is tried again after the cooldown", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([
      new SendError("channel_not_found", { retryable: false, code: "channel_not_found" }),
    ]);
    const l = loop(register, slack.send);
    expect(await l.runOnce()).toEqual({ sent: 0, failed: 1, dropped: 0 });
    clock = new Date("2026-12-18T10:05:00Z");
    expect(await l.runOnce()).toEqual({ sent: 0, failed: 0, dropped: 0 });
    clock = new Date("2026-12-18T10:16:00Z");
    expect(await l.runOnce()).toEqual({ sent: 1, failed: 0, dropped: 0 });
  });

  it("a restart with the same data file sends no duplicates, and later reminders still come", async () => {
    const first = fakeSend();
    await loop(await registerWith("CR-1"), first.send).runOnce();
    expect(first.sent).toHaveLength(1);

    const second = fakeSend();
    const again = loop(await ReviewRegister.open(dir), second.send);
    await again.runOnce();
    clock = new Date("2026-12-18T17:00:00Z");
    await again.runOnce();
    expect(second.sent).toEqual([]);
    clock = new Date("2026-12-21T09:00:00Z");
    await again.runOnce();
    expect(second.sent.map((s) => s.key)).toEqual(["RR-0001:notify-panel:overdue:2026-12-21"]);
  });

  it("done milestones and closed reviews get nothing", async () => {
    const register = await registerWith("CR-1", "CR-2");
    await register.markDone("RR-0001", "notify-panel", "U1", clock);
    await register.close("RR-0002", "U1", clock);
    const slack = fakeSend();
    const l = loop(register, slack.send);
    for (const t of ["2026-12-18T10:00:00Z", "2026-12-21T09:00:00Z", "2026-12-22T09:00:00Z"]) {
      clock = new Date(t);
      await l.runOnce();
    }
    expect(slack.sent).toEqual([]);
  });

  it("an intent left by a crash is sent again once, flagged as a possible repeat", async () => {
    const register = await registerWith("CR-1");
    const d = {
      key: "RR-0001:notify-panel:due:2026-12-18",
      reviewId: "RR-0001",
      milestone: "notify-panel" as const,
      type: "due" as const,
      date: "2026-12-18",
    };
    await register.recordDelivery(d, "sending", clock);
    const slack = fakeSend();
    const l = loop(await ReviewRegister.open(dir), slack.send);
    expect(await l.runOnce()).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(slack.sent[0]?.key).toBe(d.key);
    expect(slack.sent[0]?.text).toMatch(/restarted while sending/);
    expect(await l.runOnce()).toEqual({ sent: 0, failed: 0, dropped: 0 });
  });

  it("an intent a newer notice has replaced is dropped, and only the newer one goes", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery(
      {
        key: "RR-0001:notify-panel:due:2026-12-18",
        reviewId: "RR-0001",
        milestone: "notify-panel",
        type: "due",
        date: "2026-12-18",
      },
      "sending",
      clock,
    );
    clock = new Date("2026-12-21T09:30:00Z");
    const slack = fakeSend();
    const l = loop(await ReviewRegister.open(dir), slack.send);
    expect(await l.runOnce()).toEqual({ sent: 1, failed: 0, dropped: 1 });
    expect(slack.sent.map((s) => s.key)).toEqual(["RR-0001:notify-panel:overdue:2026-12-21"]);
    expect(slack.sent[0]?.text).not.toMatch(/restarted/);
  });

  it("stop() during a long Retry-After wait returns promptly and loses nothing", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([
      new SendError("rate limited", { retryable: true, retryAfterMs: 3_600_000 }),
    ]);
    const l = startReminderLoop({
      register,
      send: slack.send,
      now: () => clock,
      log: quiet,
      intervalMs: 0,
    });
    const run = l.runOnce();
    await new Promise((r) => setImmediate(r));
    await l.stop();
    expect(await run).toEqual({ sent: 0, failed: 1, dropped: 0 });
    expect(register.deliveries()).toEqual([]);
  });

  it("SIGKILL in the middle of a send: the restarted loop sends it again, once, flagged", async () => {
    await registerWith("CR-1");
    const marker = path.join(dir, "send-started");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(import.meta.dirname, "fixtures", "hang-in-send.ts"),
        dir,
        marker,
        clock.toISOString(),
      ],
      {
        stdio: "ignore",
      },
    );
    const exited = new Promise((r) => child.once("exit", r));
    for (let i = 0; i < 300; i++) {
      if (
        await stat(marker).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await readFile(marker, "utf8")).toBe("RR-0001:notify-panel:due:2026-12-18");
    child.kill("SIGKILL");
    await exited;

    const register = await ReviewRegister.open(dir);
    expect(register.deliveries().map((d) => d.status)).toEqual(["sending"]);
    const slack = fakeSend();
    const l = loop(register, slack.send);
    await l.runOnce();
    await l.runOnce();
    expect(slack.sent.map((s) => s.key)).toEqual(["RR-0001:notify-panel:due:2026-12-18"]);
    expect(slack.sent[0]?.text).toMatch(/restarted while sending/);
    expect(register.deliveries().map((d) => d.status)).toEqual(["sent"]);
  });
});
