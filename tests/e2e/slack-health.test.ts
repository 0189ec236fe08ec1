import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningAssistant, startAssistant } from "../../src/app.js";
import { captureLog } from "../support/capture-log.js";
import { httpRequest } from "../support/http-request.js";
import { SlackStandIn } from "../support/slack-stand-in.js";

// No nock in this file (nor anything that imports it): the Slack client's fetch talks to a stand-in on loopback.
describe("/healthz tells Slack refusing the token from Slack out of reach", () => {
  let running: RunningAssistant | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  const start = async (apiUrl: string, log = captureLog("info")) => {
    running = await startAssistant({
      env: {
        PORT: "0",
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-health-")),
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "secret",
        SLACK_PANEL_CHANNEL: "C123",
        SLACK_API_URL: apiUrl,
      },
      log: log.log,
    });
    return log.records;
  };
  const slackCheck = async () => {
    const res = await httpRequest(`${running?.url}/healthz`);
    const checks = JSON.parse(res.body).checks as { name: string }[];
    return { status: res.status, slack: checks.find((c) => c.name === "slack") };
  };

  it("connected: 200", async () => {
    const slack = await SlackStandIn.start();
    try {
      await start(slack.apiUrl);
      expect(await slackCheck()).toEqual({
        status: 200,
        slack: { name: "slack", ok: true, detail: "connected (http)" },
      });
    } finally {
      await slack.close();
    }
  });

  it("token refused: 503, auth failed, and the log says to check the token", async () => {
    const slack = await SlackStandIn.start();
    slack.auth = "invalid_auth";
    const captured = captureLog("info");
    const { records } = captured;
    try {
      await start(slack.apiUrl, captured);
      expect(await slackCheck()).toEqual({
        status: 503,
        slack: {
          name: "slack",
          ok: false,
          detail: expect.stringMatching(/^auth failed: .*invalid_auth/),
        },
      });
      expect(records.some((l) => l.event === "slack_auth_failed")).toBe(true);
      expect(records.some((l) => l.event === "slack_unreachable")).toBe(false);
    } finally {
      await slack.close();
    }
  });

  it("Slack out of reach: 503, unreachable, and the log does not blame the token", async () => {
    const gone = await SlackStandIn.start();
    const apiUrl = gone.apiUrl;
    await gone.close();
    const captured = captureLog("info");
    const { records } = captured;
    await start(apiUrl, captured);
    expect(await slackCheck()).toEqual({
      status: 503,
      slack: {
        name: "slack",
        ok: false,
        detail: expect.stringMatching(/^unreachable: .*ECONNREFUSED/),
      },
    });
    expect(records.some((l) => l.event === "slack_unreachable")).toBe(true);
    expect(records.some((l) => l.event === "slack_auth_failed")).toBe(false);
  });
});
