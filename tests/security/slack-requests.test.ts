import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_BODY_LIMIT_BYTES } from "../../src/features/slack.js";
import { BODY_LIMIT } from "../../src/server.js";
import { REGISTER_FILE_NAME } from "../../src/store/review-register.js";
import {
  type Block,
  blocksText,
  PANEL,
  RESPONSE_HOST,
  SIGNING_SECRET,
  SlackTestClient,
  sign,
} from "../channels/slack/slack-test-client.js";
import { httpRequest } from "../support/http-request.js";

const FORM = "application/x-www-form-urlencoded";
const nowSec = () => Math.floor(Date.now() / 1000);

/** A /rapidreview start by a panel member: signed correctly, it creates a review and posts it. */
function startCommand(): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    channel_id: "CWORK",
    user_id: "UPANEL1",
    command: "/rapidreview",
    text: "start CR-2026-777 today child",
    api_app_id: "A1",
    response_url: `${RESPONSE_HOST}/commands/forged/1/x`,
    trigger_id: "trig-forged",
  }).toString();
}

describe("Slack: requests that are not from Slack are refused and run nothing", () => {
  let slack: SlackTestClient;
  beforeAll(async () => {
    slack = await SlackTestClient.start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  const registerFile = () => path.join(slack.dataDir, REGISTER_FILE_NAME);
  const registerText = () =>
    existsSync(registerFile()) ? readFileSync(registerFile(), "utf8") : "";

  it.each([
    [
      "a forged signature",
      () => ({ "x-slack-request-timestamp": String(nowSec()), "x-slack-signature": "v0=deadbeef" }),
    ],
    ["a signature made with the wrong secret", () => sign(startCommand(), `${SIGNING_SECRET}-not`)],
    ["a timestamp six minutes old", () => sign(startCommand(), SIGNING_SECRET, nowSec() - 6 * 60)],
    ["a timestamp an hour old", () => sign(startCommand(), SIGNING_SECRET, nowSec() - 3600)],
    [
      "a timestamp six minutes in the future",
      () => sign(startCommand(), SIGNING_SECRET, nowSec() + 6 * 60),
    ],
    [
      "a timestamp a day in the future",
      () => sign(startCommand(), SIGNING_SECRET, nowSec() + 86_400),
    ],
    [
      "a timestamp that is not a number",
      () => ({ ...sign(startCommand()), "x-slack-request-timestamp": "soon" }),
    ],
    [
      "an unknown signature version",
      () => ({
        ...sign(startCommand()),
        "x-slack-signature": sign(startCommand())["x-slack-signature"].replace("v0=", "v1="),
      }),
    ],
    ["no signature headers at all", () => ({})],
  ])(
    "%s: 401, no Web API call, no response_url post, the register unchanged",
    async (_name, headers) => {
      const before = registerText();
      const callsBefore = slack.calls.length;
      const res = await slack.post(startCommand(), FORM, headers());
      expect(res.status).toBe(401);
      expect(res.body).toBe("");
      // Settled: a genuine message sent after it has been answered in full (its reply posted),
      // so anything the refused request had started would have shown itself by now.
      await slack.event({
        type: "message",
        channel: "DSETTLE",
        channel_type: "im",
        user: "UPANEL2",
        text: "help",
        ts: `${Date.now() / 1000}`,
      });
      await slack.until(() =>
        slack.calls.slice(callsBefore).some((c) => c.params.channel === "DSETTLE"),
      );
      expect(slack.calls.slice(callsBefore).map((c) => [c.method, c.params.channel])).toEqual([
        ["chat.postMessage", "DSETTLE"],
      ]);
      expect(slack.responses).toEqual([]);
      expect(registerText()).toBe(before);
    },
  );

  it("the same command, correctly signed (also four minutes either side), does run: so the refusals above are real", async () => {
    const skewed = await slack.command("/rapidreview", "list");
    expect(skewed.status).toBe(200);
    for (const offset of [-4 * 60, 4 * 60]) {
      const body = new URLSearchParams({
        command: "/mash",
        text: "",
        user_id: "U1",
        channel_id: "C1",
        team_id: "T1",
        response_url: `${RESPONSE_HOST}/x`,
      }).toString();
      const res = await slack.post(body, FORM, sign(body, SIGNING_SECRET, nowSec() + offset));
      expect(res.status, `offset ${offset}`).toBe(200);
      expect(res.body).toContain("01908 253169");
    }
    const res = await slack.post(startCommand(), FORM);
    expect(res.status).toBe(200);
    const [answer] = await slack.responseTo(`${RESPONSE_HOST}/commands/forged/1/x`);
    expect(blocksText(answer?.blocks as Block[])).toMatch(/CR-2026-777 \(RR-0001\) started/);
    expect(registerText()).toContain("CR-2026-777");
    expect(slack.posted(PANEL)).toHaveLength(1);
  });
});

describe("Request bodies over the size limit get 413, and the server keeps serving", () => {
  let slack: SlackTestClient;
  beforeAll(async () => {
    slack = await SlackTestClient.start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  const teamsLimit = Number.parseInt(BODY_LIMIT, 10) * 1024;

  async function teamsMessage(text: string) {
    return httpRequest(`${slack.running.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        text,
        channelId: "msteams",
        serviceUrl: "https://connector.test.invalid",
        conversation: { id: "c-size" },
        from: { id: "u" },
        recipient: { id: "b" },
      }),
    });
  }

  it(`/api/messages: a body over ${BODY_LIMIT} gets 413 with a short JSON reason, then a normal request works`, async () => {
    const huge = await teamsMessage("x".repeat(teamsLimit + 1));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({ error: `Request body is larger than ${BODY_LIMIT}.` });
    const far = await teamsMessage("x".repeat(teamsLimit * 20));
    expect(far.status).toBe(413);
    // The server is still there: a normal-sized message is read and answered (its reply goes to
    // the connector, which this test does not stand in for, so only the status is checked here).
    const normal = await teamsMessage("x".repeat(teamsLimit - 1024));
    expect(normal.status).toBe(200);
    const health = await httpRequest(`${slack.running.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("/slack/events: a body over 1 MB gets 413 even when correctly signed, then Slack's requests work", async () => {
    const pad = "x".repeat(SLACK_BODY_LIMIT_BYTES);
    const body = new URLSearchParams({
      command: "/mash",
      text: pad,
      user_id: "U1",
      channel_id: "C1",
      team_id: "T1",
      response_url: `${RESPONSE_HOST}/x`,
    }).toString();
    const callsBefore = slack.calls.length;
    const signed = await slack.post(body, FORM);
    expect(signed.status).toBe(413);
    const unsigned = await slack.post(`${body}${pad}`, FORM, sign("something else"));
    expect(unsigned.status).toBe(413);
    expect(slack.calls.slice(callsBefore)).toEqual([]);
    const ok = await slack.command("/mash", "");
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.ack)).toContain("01908 253169");
  });

  it("a body just under the Slack limit is still read (the limit leaves room for real payloads)", async () => {
    const text = "x".repeat(SLACK_BODY_LIMIT_BYTES - 2048);
    const res = await slack.command("/ask", text);
    expect(res.status).toBe(200);
    // Over the assistant's 10,000 characters: refused kindly, not crashed.
    expect(blocksText(res.ack?.blocks as Block[])).toMatch(/long/i);
  });
});
