import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Delivery } from "../../src/reminders/compute-due.js";
import {
  type ReminderLoop,
  type RunSummary,
  startReminderLoop,
} from "../../src/reminders/reminder-loop.js";
import { SendError } from "../../src/reminders/send-error.js";
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

/**
 * A fake Slack channel. `outcomes` are played in order for sends ("ok" posts; "lost" posts but
 * the answer never comes back, as when a connection drops; an error is thrown without posting).
 * `sent` is what the channel holds; `confirm` looks there, as conversations.history would.
 */
function fakeSend(outcomes: (SendError | Error | "ok" | "lost")[] = []) {
  const sent: { key: string; text: string }[] = [];
  const attempts: string[] = [];
  const lookups: { key: string; since: string }[] = [];
  const lookupFailures: Error[] = [];
  return {
    sent,
    attempts,
    lookups,
    lookupFailures,
    send: async (d: Delivery, text: string) => {
      attempts.push(d.key);
      const next = outcomes.shift() ?? "ok";
      if (typeof next !== "string") throw next;
      sent.push({ key: d.key, text });
      if (next === "lost") {
        throw new SendError("socket hang up", {
          retryable: true,
          code: "network",
          mayHaveArrived: true,
        });
      }
    },
    confirm: async (d: Delivery, since: Date) => {
      lookups.push({ key: d.key, since: since.toISOString() });
      const failure = lookupFailures.shift();
      if (failure) throw failure;
      return sent.some((m) => m.key === d.key);
    },
  };
}

type FakeSlack = ReturnType<typeof fakeSend>;

function loop(register: ReviewRegister, slack: FakeSlack, waits: number[] = []) {
  const l = startReminderLoop({
    register,
    send: slack.send,
    confirm: slack.confirm,
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

/** A run's summary, with zeros for what is not given. */
function summary(counts: Partial<RunSummary>): RunSummary {
  return {
    sent: 0,
    confirmed: 0,
    failed: 0,
    dropped: 0,
    elsewhere: 0,
    storeFailed: false,
    ...counts,
  };
}

const http500 = () => new SendError("HTTP 500", { retryable: true, code: "http_500" });

describe("the reminder loop", () => {
  it("sends each due reminder once, with its wording, and records it as sent", async () => {
    const register = await registerWith("CR-1");
    clock = new Date("2026-12-23T09:00:00Z");
    const slack = fakeSend();
    // The loop was not running on the 21st: that day's overdue notice comes as a late catch-up.
    expect(await loop(register, slack).runOnce()).toEqual(summary({ sent: 2 }));
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
    expect((await register.deliveries()).map((d) => [d.key, d.status])).toEqual([
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
    const l = loop(register, slack, waits);
    expect(await l.runOnce()).toEqual(summary({ sent: 2 }));
    expect(waits).toEqual([1500, 1000, 2000, 1000]);
    expect(slack.sent.map((s) => s.key)).toEqual([
      "RR-0001:notify-panel:due:2026-12-18",
      "RR-0002:notify-panel:due:2026-12-18",
    ]);
    expect(slack.attempts).toHaveLength(6);
    // Only the network error could have reached Slack unseen: it alone was looked up first.
    expect(slack.lookups.map((x) => x.key)).toEqual(["RR-0002:notify-panel:due:2026-12-18"]);
    expect(await l.runOnce()).toEqual(summary({}));
    expect((await register.deliveries()).every((d) => d.status === "sent")).toBe(true);
  });

  it("gives up after five 5xx failures without recording it, and sends it on the next run", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([http500(), http500(), http500(), http500(), http500()]);
    const waits: number[] = [];
    const l = loop(register, slack, waits);
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(await register.deliveries()).toEqual([]);
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
    expect(slack.sent).toHaveLength(1);
  });

  it("a permanent refusal is not retried at once, but is tried again after the cooldown", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([
      new SendError("channel_not_found", { retryable: false, code: "channel_not_found" }),
    ]);
    const l = loop(register, slack);
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    clock = new Date("2026-12-18T10:05:00Z");
    expect(await l.runOnce()).toEqual(summary({}));
    clock = new Date("2026-12-18T10:16:00Z");
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
  });

  it("a restart with the same data file sends no duplicates, and later reminders still come", async () => {
    const first = fakeSend();
    await loop(await registerWith("CR-1"), first).runOnce();
    expect(first.sent).toHaveLength(1);

    const second = fakeSend();
    const again = loop(await ReviewRegister.open(dir), second);
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
    const l = loop(register, slack);
    for (const t of ["2026-12-18T10:00:00Z", "2026-12-21T09:00:00Z", "2026-12-22T09:00:00Z"]) {
      clock = new Date(t);
      await l.runOnce();
    }
    expect(slack.sent).toEqual([]);
  });

  const intent = {
    key: "RR-0001:notify-panel:due:2026-12-18",
    reviewId: "RR-0001",
    milestone: "notify-panel" as const,
    type: "due" as const,
    date: "2026-12-18",
  };

  it("confirm: an intent left by a crash that Slack never got is sent, once, after looking", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery(intent.key, "sending", new Date("2026-12-18T09:59:30Z"));
    const slack = fakeSend();
    const restarted = await ReviewRegister.open(dir);
    const l = loop(restarted, slack);
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
    // It looked first, from when the intent was written.
    expect(slack.lookups).toEqual([{ key: intent.key, since: "2026-12-18T09:59:30.000Z" }]);
    expect(slack.sent.map((m) => m.key)).toEqual([intent.key]);
    expect(slack.sent[0]?.text).toMatch(/^Due today/);
    expect(await l.runOnce()).toEqual(summary({}));
    expect(slack.sent).toHaveLength(1);
    expect((await restarted.deliveries()).map((d) => d.status)).toEqual(["sent"]);
  });

  it("confirm: an intent left by a crash that Slack already has is recorded as sent, not sent again", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery(intent.key, "sending", clock);
    const slack = fakeSend();
    slack.sent.push({ key: intent.key, text: "posted before the crash" });
    const restarted = await ReviewRegister.open(dir);
    const l = loop(restarted, slack);
    expect(await l.runOnce()).toEqual(summary({ confirmed: 1 }));
    expect(slack.attempts).toEqual([]);
    expect((await restarted.deliveries()).map((d) => [d.key, d.status])).toEqual([
      [intent.key, "sent"],
    ]);
    // Recorded on disk: a second restart neither looks nor sends.
    const again = fakeSend();
    expect(await loop(await ReviewRegister.open(dir), again).runOnce()).toEqual(summary({}));
    expect(again.lookups).toEqual([]);
    expect(again.attempts).toEqual([]);
  });

  it("confirm: when Slack cannot be asked, nothing is sent blind; the next run asks again", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery(intent.key, "sending", clock);
    const slack = fakeSend();
    slack.lookupFailures.push(
      new SendError("HTTP 500", { retryable: true, code: "http_500" }),
      new TypeError("fetch failed"),
    );
    const l = loop(await ReviewRegister.open(dir), slack);
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    expect(slack.attempts).toEqual([]);
    // The intent stays on disk, so even a crash now cannot lose or repeat it.
    expect((await (await ReviewRegister.open(dir)).deliveries()).map((d) => d.status)).toEqual([
      "sending",
    ]);
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
    expect(slack.lookups).toHaveLength(3);
    expect(slack.sent.map((m) => m.key)).toEqual([intent.key]);
  });

  it("confirm: a refusal to read the history (missing_scope) waits the cooldown, then asks again", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery(intent.key, "sending", clock);
    const slack = fakeSend();
    slack.lookupFailures.push(
      new SendError("missing_scope", { retryable: false, code: "missing_scope" }),
    );
    const l = loop(await ReviewRegister.open(dir), slack);
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    clock = new Date("2026-12-18T10:05:00Z");
    expect(await l.runOnce()).toEqual(summary({}));
    expect(slack.lookups).toHaveLength(1);
    clock = new Date("2026-12-18T10:16:00Z");
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
    expect(slack.sent).toHaveLength(1);
  });

  it("a send whose answer was lost is looked up before any retry: it had arrived, so it is not repeated", async () => {
    const register = await registerWith("CR-1", "CR-2");
    const slack = fakeSend(["lost", "ok"]);
    const waits: number[] = [];
    const l = loop(register, slack, waits);
    expect(await l.runOnce()).toEqual(summary({ confirmed: 1, sent: 1 }));
    expect(slack.sent.map((m) => m.key)).toEqual([
      "RR-0001:notify-panel:due:2026-12-18",
      "RR-0002:notify-panel:due:2026-12-18",
    ]);
    expect(slack.lookups.map((x) => x.key)).toEqual(["RR-0001:notify-panel:due:2026-12-18"]);
    expect(waits).toEqual([1000]);
    expect((await register.deliveries()).every((d) => d.status === "sent")).toBe(true);
  });

  it("a send that may have arrived keeps its intent when the run gives up, so the next run asks first", async () => {
    const register = await registerWith("CR-1");
    const network = () =>
      new SendError("timeout", { retryable: true, code: "network", mayHaveArrived: true });
    const slack = fakeSend([network(), network(), network(), network(), network()]);
    const l = loop(register, slack);
    expect(await l.runOnce()).toEqual(summary({ failed: 1 }));
    expect(slack.attempts).toHaveLength(5);
    expect(slack.lookups).toHaveLength(4); // before each retry
    expect((await register.deliveries()).map((d) => d.status)).toEqual(["sending"]);
    expect(await l.runOnce()).toEqual(summary({ sent: 1 }));
    expect(slack.lookups).toHaveLength(5);
    expect(slack.sent).toHaveLength(1);
  });

  it("when the register cannot be written, nothing is sent; once it can, every reminder goes once", async () => {
    const register = await registerWith("CR-1", "CR-2");
    const errors: unknown[] = [];
    const slack = fakeSend();
    const l = startReminderLoop({
      register,
      send: slack.send,
      confirm: slack.confirm,
      now: () => clock,
      log: { info() {}, warn() {}, error: (o, m) => errors.push({ ...o, msg: m }) },
      intervalMs: 0,
    });
    loops.push(l);
    // The data folder is swapped for a file: every write fails with ENOTDIR, even as root.
    const moved = `${dir}.moved`;
    await rename(dir, moved);
    await writeFile(dir, "not a folder");
    expect(await l.runOnce()).toEqual(summary({ storeFailed: true }));
    expect(await l.runOnce()).toEqual(summary({ storeFailed: true }));
    expect(slack.attempts).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ event: "reminders_store_failed" });
    expect(String((errors[0] as { msg: string }).msg)).toMatch(
      /Reminders are paused: Could not write .*rapid-reviews\.json \(ENOTDIR\).*tried again/,
    );
    // What the process holds is still what is on disk: no half-recorded intent.
    expect(await register.deliveries()).toEqual([]);

    await rm(dir);
    await rename(moved, dir);
    expect(await l.runOnce()).toEqual(summary({ sent: 2 }));
    expect(slack.sent).toHaveLength(2);
    const reopened = await ReviewRegister.open(dir);
    expect((await reopened.list()).map((r) => r.caseRef)).toEqual(["CR-1", "CR-2"]);
    expect((await reopened.deliveries()).map((d) => d.status)).toEqual(["sent", "sent"]);
  });

  it("an intent a newer notice has replaced is dropped, and only the newer one goes", async () => {
    const register = await registerWith("CR-1");
    await register.recordDelivery("RR-0001:notify-panel:due:2026-12-18", "sending", clock);
    clock = new Date("2026-12-21T09:30:00Z");
    const slack = fakeSend();
    const l = loop(await ReviewRegister.open(dir), slack);
    expect(await l.runOnce()).toEqual(summary({ sent: 1, dropped: 1 }));
    expect(slack.sent.map((s) => s.key)).toEqual(["RR-0001:notify-panel:overdue:2026-12-21"]);
    expect(slack.sent[0]?.text).toMatch(/^Overdue/);
    expect(slack.lookups).toEqual([]);
  });

  it("stop() during a long Retry-After wait returns promptly and loses nothing", async () => {
    const register = await registerWith("CR-1");
    const slack = fakeSend([
      new SendError("rate limited", { retryable: true, retryAfterMs: 3_600_000 }),
    ]);
    const l = startReminderLoop({
      register,
      send: slack.send,
      confirm: slack.confirm,
      now: () => clock,
      log: quiet,
      intervalMs: 0,
    });
    const run = l.runOnce();
    await new Promise((r) => setImmediate(r));
    await l.stop();
    expect(await run).toEqual(summary({ failed: 1 }));
    expect(await register.deliveries()).toEqual([]);
  });
});
