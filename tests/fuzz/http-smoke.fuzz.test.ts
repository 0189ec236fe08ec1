import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_FILE_NAME } from "../../src/store/review-register.js";
import { reviewRegisterFileSchema } from "../../src/store/review-register-schema.js";
import { RESPONSE_HOST, SlackTestClient, sign } from "../channels/slack/slack-test-client.js";
import { SERVICE_URL, type SentActivity } from "../support/bot-framework-client.js";
import { checkSlackMessage } from "../support/check-slack-limits.js";
import { httpRequest } from "../support/http-request.js";
import { until } from "../support/until.js";
import { messageText, rapidReviewArgs, submitPayload, wildValue } from "./support/arbitraries.js";
import { allStrings, leaksIn, teamsActivityProblems } from "./support/check-output.js";

/**
 * The smoke layer: the same kinds of random input as the in-process fuzzers, but fewer of them
 * (HTTP costs milliseconds each), through the real server, express, body parsing, botbuilder's
 * CloudAdapter and Bolt's receiver with signature checks.
 */
const RUNS = 150;

describe(`Through real HTTP: ${RUNS * 2} random requests to /api/messages and /slack/events`, () => {
  let slack: SlackTestClient;
  const replies: SentActivity[] = [];
  beforeAll(async () => {
    slack = await SlackTestClient.start({ now: () => new Date("2026-12-18T10:00:00Z") });
    nock(SERVICE_URL)
      .persist()
      .post(/\/v3\/conversations\/.*\/activities.*/)
      .reply(200, async (req: unknown) => {
        replies.push((await (req as Request).json()) as SentActivity);
        return { id: `r${replies.length}` };
      });
  });
  afterAll(async () => {
    await slack.stop();
  });

  const activity = fc.record(
    {
      type: fc.oneof(
        { weight: 6, arbitrary: fc.constant("message") },
        {
          weight: 1,
          arbitrary: fc.constantFrom("invoke", "conversationUpdate", "typing", "event"),
        },
        { weight: 1, arbitrary: wildValue },
      ),
      text: fc.oneof(messageText, wildValue),
      value: submitPayload,
      name: fc.constantFrom("adaptiveCard/action", "composeExtension/query", ""),
      channelId: fc.constantFrom("msteams", "emulator", ""),
      serviceUrl: fc.constant(SERVICE_URL),
      conversation: fc.oneof(
        { weight: 6, arbitrary: fc.constant({ id: "fuzz-conv" }) },
        { weight: 1, arbitrary: wildValue },
      ),
      from: fc.oneof(fc.constant({ id: "u1" }), wildValue),
      recipient: fc.constant({ id: "b1" }),
      membersAdded: fc.array(fc.record({ id: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
    },
    { requiredKeys: ["type", "serviceUrl", "conversation"] },
  );
  const teamsBody = fc.oneof(
    { weight: 8, arbitrary: activity.map((a) => JSON.stringify(a)) },
    { weight: 1, arbitrary: wildValue.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );

  it("/api/messages: 200 or a 4xx, never a 500; every reply a valid activity; nothing leaks", async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(teamsBody, async (body) => {
        const before = replies.length;
        const res = await httpRequest(`${slack.running.url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        // Invokes we do not handle get botbuilder's 501 (Not Implemented), which is the protocol's
        // answer; the card action invoke must always get 200.
        const parsed = (() => {
          try {
            return JSON.parse(body) as { type?: unknown; name?: unknown };
          } catch {
            return undefined;
          }
        })();
        const unknownInvoke = parsed?.type === "invoke" && parsed.name !== "adaptiveCard/action";
        const allowed = unknownInvoke ? [200, 400, 501] : [200, 400, 413];
        expect(allowed, `${res.status} ${res.body.slice(0, 200)}`).toContain(res.status);
        expect(leaksIn(res.body, body)).toEqual([]);
        if (replies.length > before) answered++;
        for (const reply of replies.slice(before)) {
          expect(teamsActivityProblems(reply as unknown as Record<string, unknown>)).toEqual([]);
          expect(leaksIn(allStrings(reply).join("\n"), body)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    // Enough of the random activities were well-formed to reach the bot and be answered.
    expect(answered).toBeGreaterThan(RUNS / 3);
  }, 120_000);

  it("/slack/events: signed commands, presses and DMs are answered with valid messages; nothing leaks", async () => {
    let n = 0;
    const command = fc
      .tuple(
        fc.constantFrom("/rapidreview", "/rapidreview", "/ask", "/levels", "/mash"),
        fc.oneof(rapidReviewArgs, messageText),
        fc.constantFrom("UPANEL1", "UOTHER"),
      )
      .map(([c, text, user]) => ({
        type: FORM,
        body: new URLSearchParams({
          command: c,
          text,
          user_id: user,
          channel_id: "CWORK",
          team_id: "T1",
          response_url: `${RESPONSE_HOST}/smoke/${++n}`,
          trigger_id: `t${n}`,
        }).toString(),
      }));
    const press = fc
      .tuple(
        fc.constantFrom("btn:0:0", "rr-done:0", "choice:q"),
        fc.oneof(
          submitPayload.map((p) => JSON.stringify(p) ?? ""),
          fc.string({ maxLength: 50 }),
        ),
      )
      .map(([actionId, value]) => ({
        type: FORM,
        body: new URLSearchParams({
          payload: JSON.stringify({
            type: "block_actions",
            team: { id: "T1" },
            user: { id: "UPANEL1" },
            channel: { id: "CWORK" },
            container: { type: "message", message_ts: "1.1" },
            message: { type: "message", ts: "1.1", text: "x", blocks: [] },
            response_url: `${RESPONSE_HOST}/smoke/${++n}`,
            // Slack sends one with every press; a press without one is refused as malformed.
            trigger_id: `t${n}`,
            actions: [{ type: "button", action_id: actionId, block_id: "b", value }],
            state: { values: {} },
          }),
        }).toString(),
      }));
    const dm = messageText.map((text) => ({
      type: "application/json",
      body: JSON.stringify({
        type: "event_callback",
        team_id: "T1",
        event_id: `Ev${++n}`,
        event: {
          type: "message",
          channel: "DUSER1",
          channel_type: "im",
          user: "UPANEL1",
          text,
          ts: `${n}.0`,
        },
      }),
    }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(command, press, dm), async ({ type, body }) => {
        const before = { calls: slack.calls.length, responses: slack.responses.length };
        const res = await slack.post(body, type, sign(body));
        expect(res.status, res.body.slice(0, 200)).toBe(200);
        const ack = res.body ? (JSON.parse(res.body) as Record<string, unknown>) : undefined;
        // Settled: the answer that comes after an empty ack has come (see answeredAfterAck).
        const expected = answeredAfterAck(type, body, ack);
        if (expected === "response_url") {
          await until(() => slack.responses.length > before.responses, 5000, "a response_url post");
        } else if (expected === "dm") {
          await until(
            () => slack.calls.slice(before.calls).some((c) => c.method === "chat.postMessage"),
            5000,
            "the DM's answer",
          );
        }
        const sent = [
          ...(ack && (ack.text !== undefined || ack.blocks !== undefined) ? [ack] : []),
          ...slack.responses.slice(before.responses).map((r) => r.body),
          ...slack.calls
            .slice(before.calls)
            .filter((c) => c.method === "chat.postMessage")
            .map((c) => ({ text: c.params.text, blocks: JSON.parse(c.params.blocks ?? "[]") })),
        ];
        for (const m of sent) expect(checkSlackMessage(m)).toEqual([]);
        expect(leaksIn(allStrings(sent).join("\n"), body)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    // A press may bring its card up to date after answering: whatever came after a request's
    // own check is a valid message too.
    for (const r of slack.responses) expect(checkSlackMessage(r.body)).toEqual([]);
  }, 120_000);

  it("afterwards the server is healthy and the rapid review file still parses", async () => {
    const health = await httpRequest(`${slack.running.url}/healthz`);
    expect(health.status).toBe(200);
    const file = path.join(slack.dataDir, REGISTER_FILE_NAME);
    const parsed = reviewRegisterFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed.success).toBe(true);
  });
});

const FORM = "application/x-www-form-urlencoded";

/**
 * Where the answer to a signed Slack request comes when its ack is empty: a DM is answered in
 * the DM; a command or a reply button press through its response_url; ticking a choice is only
 * acknowledged (it is read when the reply's button is pressed).
 */
function answeredAfterAck(
  type: string,
  body: string,
  ack: Record<string, unknown> | undefined,
): "dm" | "response_url" | "nothing" {
  if (type === "application/json") return "dm";
  const payload = new URLSearchParams(body).get("payload");
  if (payload === null) return ack ? "nothing" : "response_url";
  const action = (JSON.parse(payload) as { actions: { action_id: string }[] }).actions[0];
  return action?.action_id.startsWith("choice:") ? "nothing" : "response_url";
}
