import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_FILE_NAME } from "../../src/store/review-register.js";
import { SlackTestClient } from "../channels/slack/slack-test-client.js";
import { wildValue } from "../fuzz/support/arbitraries.js";
import { captureLog } from "../support/capture-log.js";

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const form = (payload: unknown) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const event = (e: unknown, id: string) =>
  JSON.stringify({ type: "event_callback", team_id: "T1", event_id: id, event: e });
const press = (fields: Record<string, unknown>) =>
  form({
    type: "block_actions",
    team: { id: "T1" },
    user: { id: "UPANEL1" },
    trigger_id: "tr",
    ...fields,
  });

/**
 * Signed correctly, but not a shape Slack sends. Before the guard in guard-slack-events.ts, the
 * first group answered 500 and the second made Slack wait three seconds for a 404.
 */
const MALFORMED: [string, string, string][] = [
  ["an event that is a string", event("hello", "Ev1"), JSON_TYPE],
  ["an event that is null", event(null, "Ev2"), JSON_TYPE],
  ["an event that is an array", event([1], "Ev3"), JSON_TYPE],
  ["an event with no type", event({}, "Ev4"), JSON_TYPE],
  [
    "an event_callback with no event_id",
    JSON.stringify({ type: "event_callback", event: { type: "message" } }),
    JSON_TYPE,
  ],
  ["a JSON body that is null", "null", JSON_TYPE],
  ["a JSON body that is an array", "[1,2]", JSON_TYPE],
  ["a JSON body that is a string", '"x"', JSON_TYPE],
  ["block_actions whose actions is an object", press({ actions: { a: 1 } }), FORM],
  ["block_actions whose actions is a string", press({ actions: "x" }), FORM],
  ["block_actions whose actions is empty", press({ actions: [] }), FORM],
  ["block_actions whose actions holds null", press({ actions: [null] }), FORM],
  [
    "block_actions with no user",
    press({ user: undefined, actions: [{ action_id: "rr-done:0", value: "{}" }] }),
    FORM,
  ],
  [
    "block_actions whose user is null",
    press({ user: null, actions: [{ action_id: "btn:0:0", value: "{}" }] }),
    FORM,
  ],
  [
    "block_actions whose user is a string",
    press({ user: "U1", actions: [{ action_id: "rr-done:0" }] }),
    FORM,
  ],
  ["a payload that is null", form(null), FORM],
  ["a payload that is an array", form([1]), FORM],
  [
    "a slash command with no text",
    new URLSearchParams({
      command: "/rapidreview",
      team_id: "T1",
      user_id: "UPANEL1",
      channel_id: "C1",
      trigger_id: "tc1",
    }).toString(),
    FORM,
  ],
  [
    "a slash command with no user",
    new URLSearchParams({
      command: "/rapidreview",
      text: "start CR-1 today child",
      team_id: "T1",
      channel_id: "C1",
      trigger_id: "tc2",
    }).toString(),
    FORM,
  ],
];

/** Well formed, but nothing here handles them: acknowledged at once rather than left to time out. */
const UNHANDLED: [string, string, string][] = [
  [
    "interactive_message whose actions is an object",
    form({
      type: "interactive_message",
      team: { id: "T1" },
      user: { id: "U1" },
      actions: {},
      callback_id: "x",
    }),
    FORM,
  ],
  [
    "view_submission with view: null",
    form({ type: "view_submission", team: { id: "T1" }, user: { id: "U1" }, view: null }),
    FORM,
  ],
  [
    "view_submission with view a string",
    form({ type: "view_submission", team: { id: "T1" }, user: { id: "U1" }, view: "x" }),
    FORM,
  ],
  [
    "view_closed with view: null",
    form({ type: "view_closed", team: { id: "T1" }, user: { id: "U1" }, view: null }),
    FORM,
  ],
  [
    "a global shortcut",
    form({ type: "shortcut", team: { id: "T1" }, user: { id: "U1" }, callback_id: "x" }),
    FORM,
  ],
  [
    "a message shortcut with channel: null",
    form({
      type: "message_action",
      team: { id: "T1" },
      user: { id: "U1" },
      callback_id: "x",
      channel: null,
    }),
    FORM,
  ],
  [
    "a block_suggestion",
    form({ type: "block_suggestion", team: { id: "T1" }, user: { id: "U1" }, action_id: "x" }),
    FORM,
  ],
];

describe("Slack: signed but malformed payloads get 200 or 400 and one log line, never a 500", () => {
  let slack: SlackTestClient;
  const logged = captureLog("info");
  beforeAll(async () => {
    slack = await SlackTestClient.start({ log: logged.log });
    // auth.test at start-up is logged once; the lines counted below are the requests' own.
    await slack.until(() => logged.records.some((r) => r.event === "slack_connected"));
  });
  afterAll(async () => {
    await slack.stop();
  });

  const registerFile = () => path.join(slack.dataDir, REGISTER_FILE_NAME);

  it.each([
    ...MALFORMED.map((c) => [...c, "slack_request_malformed"]),
    ...UNHANDLED.map((c) => [...c, "slack_request_unhandled"]),
  ])(
    "%s: answered at once, one log line naming no content, nothing run",
    async (_name, body, type, expected) => {
      const linesBefore = logged.records.length;
      const callsBefore = slack.calls.length;
      const started = Date.now();
      const res = await slack.post(body, type);
      expect([200, 400]).toContain(res.status);
      // Acknowledged, not left for Bolt's three-second timeout.
      expect(Date.now() - started).toBeLessThan(2500);
      expect(res.body).toBe("");
      const lines = logged.records.slice(linesBefore);
      expect(lines.map((l) => l.event)).toEqual([expected]);
      expect(JSON.stringify(lines)).not.toMatch(/hello|CR-1/);
      expect(slack.calls.slice(callsBefore)).toEqual([]);
      expect(slack.responses).toEqual([]);
      expect(existsSync(registerFile()) ? readFileSync(registerFile(), "utf8") : "").not.toContain(
        "CR-1",
      );
    },
  );

  it("a payload that is not JSON at all: Bolt's 400, one log line", async () => {
    const linesBefore = logged.records.length;
    const res = await slack.post("payload=%7Bnot-json", FORM);
    expect(res.status).toBe(400);
    expect(logged.records.slice(linesBefore)).toHaveLength(1);
    expect(JSON.stringify(logged.records.slice(linesBefore))).not.toContain("not-json");
  });

  it("random signed envelopes (the fuzzers' wild values in every field we read): 200 or 400 at once, never a 500", async () => {
    const field = fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: wildValue },
    );
    const envelope = fc.record({
      type: fc.oneof(
        fc.constantFrom(
          "event_callback",
          "block_actions",
          "view_submission",
          "view_closed",
          "shortcut",
        ),
        wildValue,
      ),
      event: field,
      event_id: fc.oneof(fc.string({ maxLength: 20 }), wildValue),
      actions: field,
      user: field,
      team: field,
      view: field,
      channel: field,
      message: field,
      state: field,
      command: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom("/rapidreview", "/ask") },
      ),
      text: field,
      trigger_id: fc.oneof(fc.uuid(), wildValue),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(envelope, fc.boolean(), async (e, asForm) => {
        const value = {
          ...e,
          trigger_id: typeof e.trigger_id === "string" ? `${e.trigger_id}-${++n}` : e.trigger_id,
        };
        const body = asForm ? form(value) : JSON.stringify(value);
        const started = Date.now();
        const res = await slack.post(body, asForm ? FORM : JSON_TYPE);
        expect([200, 400], `${res.status} for ${body.slice(0, 200)}`).toContain(res.status);
        expect(Date.now() - started).toBeLessThan(2500);
      }),
      { numRuns: 200 },
    );
    // No handler failed on any of them: each was refused before it, or handled.
    expect(logged.records.filter((r) => Number(r.level) >= 50).map((r) => r.event)).toEqual([]);
  }, 60_000);

  it("afterwards a well-formed command is answered as usual", async () => {
    const res = await slack.command("/rapidreview", "help");
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.ack)).toMatch(/Rapid review deadlines/);
  });
});
