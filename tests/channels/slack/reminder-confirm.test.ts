import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createReminderConfirm,
  createReminderSender,
  REMINDER_EVENT_TYPE,
} from "../../../src/channels/slack/send-reminder.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import type { Delivery } from "../../../src/reminders/compute-due.js";
import { SendError } from "../../../src/reminders/send-error.js";
import { FakeSlack, quietSlackLogger } from "./fake-slack.js";

const PANEL = "C123";
const delivery: Delivery = {
  key: "RR-0001:notify-panel:due:2026-12-18",
  reviewId: "RR-0001",
  caseRef: "CR-1",
  kind: "adult",
  milestone: "notify-panel",
  type: "due",
  date: "2026-12-18",
  due: "2026-12-18",
  late: false,
};
const since = new Date("2026-12-18T09:00:00Z");

let slack: FakeSlack;
/** The client as the reminder loop has it, talking to the Slack fake. */
const client = () =>
  new webApi.WebClient("xoxb-test", {
    fetch: slack.fetch,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: quietSlackLogger,
  });

const tagged = (key: string, ts: string) => ({
  type: "message",
  ts,
  text: "Due today",
  metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key } },
});

describe("confirm: is a reminder already in the panel channel?", () => {
  beforeEach(() => {
    slack = new FakeSlack();
  });
  afterEach(async () => {
    await slack.close();
  });
  const calls = () => slack.callsTo("conversations.history").map((c) => c.params);

  it("found: a message tagged with the key, on the second page of history", async () => {
    slack.histories.push(
      [
        200,
        {
          ok: true,
          messages: [tagged("RR-0002:notify-panel:due:2026-12-18", "1797584500.000200")],
          has_more: true,
          response_metadata: { next_cursor: "page2" },
        },
      ],
      [
        200,
        {
          ok: true,
          messages: [tagged(delivery.key, "1797584460.000100")],
          has_more: false,
        },
      ],
    );
    expect(await createReminderConfirm(client(), PANEL)(delivery, since)).toBe(true);
    expect(calls()).toHaveLength(2);
    expect(calls()[0]).toMatchObject({
      channel: PANEL,
      include_all_metadata: "true",
      limit: "200",
      // An hour before the intent, to allow for our clock and Slack's differing.
      oldest: "1797580800.000000",
    });
    expect(calls()[0]?.cursor).toBeUndefined();
    expect(calls()[1]).toMatchObject({ cursor: "page2" });
  });

  it("not found: other reminders, other apps' metadata and the key in plain text do not count", async () => {
    slack.histories.push([
      200,
      {
        ok: true,
        messages: [
          tagged("RR-0001:notify-panel:before:2026-12-17", "3.0"),
          {
            type: "message",
            ts: "2.0",
            text: delivery.key,
            metadata: { event_type: "someone_else", event_payload: { key: delivery.key } },
          },
          { type: "message", ts: "1.0", text: `Someone pasted ${delivery.key}` },
        ],
        has_more: false,
      },
    ]);
    expect(await createReminderConfirm(client(), PANEL)(delivery, since)).toBe(false);
    expect(calls()).toHaveLength(1);
  });

  it("lookup failing: throws a SendError the loop understands, never a guess", async () => {
    const confirm = createReminderConfirm(client(), PANEL);
    slack.histories.push([500, "down"]);
    const e1 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(SendError);
    expect(e1).toMatchObject({ retryable: true, code: "http_500" });

    slack.histories.push([200, { ok: false, error: "missing_scope", needed: "channels:history" }]);
    const e2 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e2).toMatchObject({ retryable: false, code: "missing_scope" });

    slack.histories.push([429, { ok: false, error: "ratelimited" }, { "retry-after": "20" }]);
    const e3 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e3).toMatchObject({ retryable: true, retryAfterMs: 20_000 });

    // A failure on a later page is a failure too, not "not found".
    slack.histories.push(
      [200, { ok: true, messages: [], has_more: true, response_metadata: { next_cursor: "p2" } }],
      [503, "down"],
    );
    await expect(confirm(delivery, since)).rejects.toBeInstanceOf(SendError);
  });

  it("the sender tags each reminder with its key, so the lookup can find it", async () => {
    await createReminderSender(client(), PANEL, loadSlackMessages())(delivery, "Due today");
    const params = slack.callsTo("chat.postMessage")[0]?.params ?? {};
    expect(slack.countsByKey().get(delivery.key)).toBe(1);
    expect(JSON.parse(params.metadata ?? "{}")).toEqual({
      event_type: REMINDER_EVENT_TYPE,
      event_payload: { key: delivery.key },
    });
  });
});
