import { webApi } from "@slack/bolt";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createReminderConfirm,
  createReminderSender,
} from "../../../src/channels/slack/send-reminder.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import { due } from "../../../src/reminders/compute-due.js";
import { type ReminderLoop, startReminderLoop } from "../../../src/reminders/reminder-loop.js";
import { ReviewRegister } from "../../../src/store/review-register.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { FakeSlack, quietSlackLogger } from "./fake-slack.js";
import {
  type Block,
  blockButtons,
  blocksText,
  PANEL,
  SlackTestClient,
} from "./slack-test-client.js";

const silent = pino({ level: "silent" });
const messages = loadSlackMessages();

/** Opens the register in the test's data folder with one review, CR-2026-014, received 18 Dec 2026. */
async function registerWithReview(
  folder: string,
  kind: "child" | "adult",
  now: Date,
): Promise<ReviewRegister> {
  const register = await ReviewRegister.open(folder);
  const started = await register.start({
    caseRef: "CR-2026-014",
    received: "2026-12-18",
    kind,
    by: "UPANEL1",
    now,
  });
  if (!started.ok) throw new Error(started.message);
  return register;
}

describe("rapid review reminders through the Slack send", () => {
  let slack: FakeSlack;
  let clock: Date;
  let dir: string;
  let loops: ReminderLoop[];
  let waits: number[];

  beforeEach(async () => {
    waits = [];
    loops = [];
    dir = tempDataDir();
    // Slack keeps what is posted, stamped by this test's clock, and answers the panel channel's
    // history from it, as the reminder loop reads it after a doubt.
    slack = new FakeSlack(() => clock);
    await slack.interceptWithNock();
  });
  afterEach(async () => {
    for (const l of loops) await l.stop();
    await slack.close();
  });

  /** The reminders posted, with the day each was posted on (the test's clock). */
  function posted() {
    return slack.messages.map((m) => ({
      ...m,
      at: new Date(Number(m.ts.split(".")[0]) * 1000).toISOString(),
      blocks: JSON.parse(m.blocks ?? "[]") as Block[],
    }));
  }
  const historyCalls = () => slack.callsTo("conversations.history").map((c) => c.params);

  /** The loop as the Slack feature wires it: a client that never retries by itself. */
  function loopOn(register: ReviewRegister): ReminderLoop {
    const client = new webApi.WebClient("xoxb-test", {
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logger: quietSlackLogger,
    });
    const loop = startReminderLoop({
      register,
      send: createReminderSender(client, PANEL, messages),
      confirm: createReminderConfirm(client, PANEL),
      now: () => clock,
      log: silent,
      intervalMs: 0,
      reminderTime: "09:00",
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    loops.push(loop);
    return loop;
  }

  /** What each posted reminder was: its day (London; winter, so UTC), step and kind of notice. */
  function sentTable() {
    return posted().map((p) => {
      const value = JSON.parse(blockButtons(p.blocks)[0]?.value ?? "{}") as { milestone?: string };
      const type = /^Due next working day/.test(p.text)
        ? "before"
        : /^Due today/.test(p.text)
          ? "due"
          : /^Overdue/.test(p.text)
            ? "overdue"
            : "?";
      return `${p.at.slice(0, 10)} ${value.milestone} ${type}`;
    });
  }

  it("a review received on 18 Dec 2026 reminds on the right days across Christmas and New Year", async () => {
    clock = new Date("2026-12-18T09:30:00Z");
    const register = await ReviewRegister.open(dir);
    const started = await register.start({
      caseRef: "CR-2026-014",
      received: "2026-12-18",
      kind: "child",
      by: "UPANEL1",
      now: clock,
    });
    expect(started.ok).toBe(true);
    const loop = loopOn(register);

    const day = (d: string, hhmm: string) => new Date(`${d}T${hhmm}:00Z`);
    for (
      let d = new Date("2026-12-18T00:00:00Z");
      d <= new Date("2027-01-14T00:00:00Z");
      d = new Date(d.getTime() + 86_400_000)
    ) {
      const date = d.toISOString().slice(0, 10);
      const before = posted().length;
      clock = day(date, "08:30");
      await loop.runOnce();
      expect(posted().length, `nothing before 09:00 on ${date}`).toBe(before);
      clock = day(date, "09:05");
      await loop.runOnce();
      clock = day(date, "15:00");
      await loop.runOnce(); // a later run the same day sends nothing twice
      if (date === "2026-12-18")
        await register.markDone("RR-0001", "notify-panel", "UPANEL1", clock);
      if (date === "2027-01-04")
        await register.markDone("RR-0001", "rapid-review-meeting", "UPANEL2", clock);
    }

    // Our own reference dates. Bank holidays: Fri 25 Dec, Mon 28 Dec (Boxing Day substitute),
    // Fri 1 Jan. Day 5 = Thu 24 Dec, Day 10 = Tue 5 Jan, Day 12 = Thu 7 Jan, Day 14 = Mon 11 Jan,
    // Day 15 = Tue 12 Jan.
    expect(sentTable()).toEqual([
      "2026-12-18 notify-panel due",
      "2026-12-23 notify-national-panel before",
      "2026-12-24 notify-national-panel due",
      "2026-12-29 notify-national-panel overdue",
      "2027-01-04 rapid-review-meeting before",
      "2027-01-06 recommendations-to-scrutineer before",
      "2027-01-07 recommendations-to-scrutineer due",
      "2027-01-08 recommendations-to-scrutineer overdue",
      "2027-01-08 scrutineer-decision before",
      "2027-01-11 scrutineer-decision due",
      "2027-01-11 outcome-to-review-board before",
      "2027-01-12 scrutineer-decision overdue",
      "2027-01-12 outcome-to-review-board due",
      "2027-01-13 outcome-to-review-board overdue",
    ]);
    for (const call of slack.callsTo("chat.postMessage")) {
      expect(call.authorization).toBe("Bearer xoxb-test");
    }
    for (const p of posted()) {
      expect(p.channel).toBe(PANEL);
      expect(blockButtons(p.blocks)[0]?.text).toBe("Mark done");
      expect(blocksText(p.blocks)).toContain("CR-2026-014");
      expect(p.blocks.length).toBeLessThanOrEqual(50);
    }
    const days = new Set(posted().map((p) => p.at.slice(0, 10)));
    for (const holiday of [
      "2026-12-25",
      "2026-12-26",
      "2026-12-27",
      "2026-12-28",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]) {
      expect(days.has(holiday), holiday).toBe(false);
    }
  });

  it("a restart with the same data file sends what was missed that day and never repeats", async () => {
    clock = new Date("2026-12-23T08:00:00Z");
    const first = await registerWithReview(dir, "adult", new Date("2026-12-18T10:00:00Z"));
    // Down before 09:00 on Wed 23 Dec; back at 11:00: that day's reminders go out late the same day.
    await loopOn(first).runOnce();
    expect(posted()).toHaveLength(0);
    await loops.pop()?.stop();

    clock = new Date("2026-12-23T11:00:00Z");
    const second = await ReviewRegister.open(dir);
    await loopOn(second).runOnce();
    const afterFirstDay = sentTable();
    expect(afterFirstDay.length).toBeGreaterThan(0);
    await loops.pop()?.stop();

    // Restart again the same day: nothing is sent twice.
    const third = await ReviewRegister.open(dir);
    await loopOn(third).runOnce();
    await loopOn(await ReviewRegister.open(dir)).runOnce();
    expect(sentTable()).toEqual(afterFirstDay);
  });

  it("429 waits for Retry-After and 500 is retried: the reminder is delayed, not lost, and sent once", async () => {
    clock = new Date("2026-12-18T09:30:00Z");
    const register = await registerWithReview(dir, "adult", clock);
    slack.posts.push(
      [429, { ok: false, error: "ratelimited" }, { "retry-after": "7" }],
      [500, "upstream trouble"],
      [503, "upstream trouble"],
    );
    const loop = loopOn(register);
    const summary = await loop.runOnce();
    expect(summary.sent).toBe(1);
    expect(waits[0]).toBe(7000);
    expect(waits.slice(1)).toHaveLength(2);
    expect(posted()).toHaveLength(1);
    expect(sentTable()).toEqual(["2026-12-18 notify-panel due"]);
    expect((await register.deliveries()).map((d) => d.status)).toEqual(["sent"]);
    await loop.runOnce();
    expect(posted()).toHaveLength(1);
  });

  it("429 with Retry-After, then 500s, then Slack recovers: with several reminders due at once, every one arrives exactly once", async () => {
    clock = new Date("2026-12-18T09:00:00Z");
    const register = await ReviewRegister.open(dir);
    for (const [caseRef, kind] of [
      ["CR-2026-014", "child"],
      ["CR-2026-015", "adult"],
      ["CR-2026-016", "child"],
    ] as const) {
      await register.start({ caseRef, received: "2026-12-18", kind, by: "UPANEL1", now: clock });
    }
    // Down on the 23rd until 09:30: each review now has two or three reminders due at once.
    clock = new Date("2026-12-23T09:30:00Z");
    const expected = due(clock, await register.list({ open: true }), [], {
      reminderTime: "09:00",
    }).map((d) => d.key);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const ok = "ok" as const;
    slack.posts.push(
      // First reminder: rate limited for 30 s, then two 500s (backing off 1 s, 2 s), then posted.
      [429, { ok: false, error: "ratelimited" }, { "retry-after": "30" }],
      [500, "upstream trouble"],
      [500, "upstream trouble"],
      ok,
      // Second: a 503, then rate limited again, then posted. Third: one more 500.
      [503, "upstream trouble"],
      [429, { ok: false, error: "ratelimited" }, { "retry-after": "2" }],
      ok,
      [500, "upstream trouble"],
    );
    const loop = loopOn(register);
    const first = await loop.runOnce();
    expect(first).toMatchObject({ sent: expected.length, failed: 0, confirmed: 0 });
    expect(waits).toEqual([30_000, 1000, 2000, 1000, 2000, 1000]);
    // Each key arrived once, in the order due() gave them, and all are recorded as sent.
    expect(posted().map((p) => p.key)).toEqual(expected);
    expect(new Set(posted().map((p) => p.key)).size).toBe(posted().length);
    expect((await register.deliveries()).map((d) => [d.key, d.status])).toEqual(
      expected.map((k) => [k, "sent"]),
    );
    // No 500 or 429 could have posted anything: no history lookups were needed.
    expect(historyCalls()).toEqual([]);
    // Later runs that day, and a restart, send none again.
    clock = new Date("2026-12-23T15:00:00Z");
    await loop.runOnce();
    await loopOn(await ReviewRegister.open(dir)).runOnce();
    expect(posted()).toHaveLength(expected.length);
  });

  it("a 502 from Slack's gateway may hide a posted reminder: it is looked up before the retry, and sent once", async () => {
    clock = new Date("2026-12-18T09:30:00Z");
    const register = await registerWithReview(dir, "adult", clock);
    slack.posts.push([502, "bad gateway"]);
    const loop = loopOn(register);
    expect(await loop.runOnce()).toMatchObject({ sent: 1, confirmed: 0 });
    expect(historyCalls()).toHaveLength(1);
    expect(historyCalls()[0]).toMatchObject({
      channel: PANEL,
      include_all_metadata: "true",
      // From an hour before the intent was written (09:30), to allow for a clock that is off.
      oldest: `${new Date("2026-12-18T08:30:00Z").getTime() / 1000}.000000`,
    });
    expect(posted().map((p) => p.key)).toEqual(["RR-0001:notify-panel:due:2026-12-18"]);
  });

  it("when Slack keeps failing, the reminder is kept for the next run rather than dropped", async () => {
    clock = new Date("2026-12-18T09:30:00Z");
    const register = await registerWithReview(dir, "adult", clock);
    for (let i = 0; i < 5; i++) slack.posts.push([500, "down"]);
    const loop = loopOn(register);
    expect((await loop.runOnce()).failed).toBe(1);
    expect(posted()).toHaveLength(0);
    clock = new Date("2026-12-18T09:31:00Z");
    expect((await loop.runOnce()).sent).toBe(1);
    expect(sentTable()).toEqual(["2026-12-18 notify-panel due"]);
  });

  it("escapes a reminder's text, so nothing in it can become a mention", async () => {
    const { renderReminder } = await import("../../../src/channels/slack/send-reminder.js");
    const msg = renderReminder(
      {
        key: "k",
        reviewId: "RR-0001",
        caseRef: "CR-1",
        kind: "adult",
        milestone: "notify-panel",
        type: "due",
        date: "2026-12-18",
        due: "2026-12-18",
        late: false,
      },
      "Due today: <!channel> & <@U123>",
      messages,
    );
    expect(JSON.stringify(msg)).not.toMatch(/<!channel>|<@U123>/);
    expect(msg.text).toBe("Due today: &lt;!channel&gt; &amp; &lt;@U123&gt;");
  });
});

describe("the Slack feature wires the reminder loop", () => {
  it("sends a due reminder to the panel channel when the server starts on the reminder day", async () => {
    const dir = tempDataDir();
    await registerWithReview(dir, "adult", new Date("2026-12-18T08:00:00Z"));
    const slack = await SlackTestClient.start({
      dataDir: dir,
      now: () => new Date("2026-12-18T09:05:00Z"),
    });
    try {
      const reminder = await slack.until(() => slack.posted(PANEL)[0]);
      expect(reminder.text).toMatch(/^Due today/);
      expect(blockButtons(reminder.blocks)[0]?.text).toBe("Mark done");
    } finally {
      await slack.stop();
    }
  });
});
