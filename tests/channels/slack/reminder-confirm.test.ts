import { webApi } from "@slack/bolt";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createReminderConfirm,
  createReminderSender,
  REMINDER_EVENT_TYPE,
} from "../../../src/channels/slack/send-reminder.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import type { Delivery } from "../../../src/reminders/compute-due.js";
import { SendError } from "../../../src/reminders/reminder-loop.js";

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

const silentLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => "error" as never,
  setName() {},
};
const client = () =>
  new webApi.WebClient("xoxb-test", {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: silentLogger,
  });

const tagged = (key: string, ts: string) => ({
  type: "message",
  ts,
  text: "Due today",
  metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key } },
});

type Page = [number, unknown, Record<string, string>?];

describe("confirm: is a reminder already in the panel channel?", () => {
  let calls: Record<string, string>[];
  let pages: Page[];

  beforeEach(() => {
    calls = [];
    pages = [];
    nock.disableNetConnect();
    nock("https://slack.com")
      .persist()
      .post("/api/conversations.history")
      .reply(async (req: Request) => {
        calls.push(Object.fromEntries(new URLSearchParams(await req.text())));
        return pages.shift() ?? [200, { ok: true, messages: [], has_more: false }];
      });
  });
  afterEach(() => {
    nock.cleanAll();
  });

  it("found: a message tagged with the key, on the second page of history", async () => {
    pages.push(
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
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      channel: PANEL,
      include_all_metadata: "true",
      limit: "200",
      // An hour before the intent, to allow for our clock and Slack's differing.
      oldest: "1797580800.000000",
    });
    expect(calls[0]?.cursor).toBeUndefined();
    expect(calls[1]).toMatchObject({ cursor: "page2" });
  });

  it("not found: other reminders, other apps' metadata and the key in plain text do not count", async () => {
    pages.push([
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
    expect(calls).toHaveLength(1);
  });

  it("lookup failing: throws a SendError the loop understands, never a guess", async () => {
    const confirm = createReminderConfirm(client(), PANEL);
    pages.push([500, "down"]);
    const e1 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(SendError);
    expect(e1).toMatchObject({ retryable: true, code: "http_500" });

    pages.push([200, { ok: false, error: "missing_scope", needed: "channels:history" }]);
    const e2 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e2).toMatchObject({ retryable: false, code: "missing_scope" });

    pages.push([429, { ok: false, error: "ratelimited" }, { "retry-after": "20" }]);
    const e3 = await confirm(delivery, since).catch((e: unknown) => e);
    expect(e3).toMatchObject({ retryable: true, retryAfterMs: 20_000 });

    // A failure on a later page is a failure too, not "not found".
    pages.push(
      [200, { ok: true, messages: [], has_more: true, response_metadata: { next_cursor: "p2" } }],
      [503, "down"],
    );
    await expect(confirm(delivery, since)).rejects.toBeInstanceOf(SendError);
  });

  it("the sender tags each reminder with its key, so the lookup can find it", async () => {
    let params: Record<string, string> = {};
    nock("https://slack.com")
      .post("/api/chat.postMessage")
      .reply(async (req: Request) => {
        params = Object.fromEntries(new URLSearchParams(await req.text()));
        return [200, { ok: true, ts: "1.1" }];
      });
    await createReminderSender(client(), PANEL, loadSlackMessages())(delivery, "Due today");
    expect(JSON.parse(params.metadata ?? "{}")).toEqual({
      event_type: REMINDER_EVENT_TYPE,
      event_payload: { key: delivery.key },
    });
  });
});
