import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningAssistant, startAssistant } from "../../../src/app.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { httpRequest } from "../../support/http-request.js";
import { until } from "../../support/until.js";
import { FakeSlack } from "./fake-slack.js";

describe("Slack in Socket Mode", () => {
  let running: RunningAssistant | undefined;
  const slack = new FakeSlack();
  afterEach(async () => {
    await running?.close();
    await slack.close();
  });

  it("connects out with the app token instead of mounting /slack/events, and a refusal does not stop start-up", async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _e, done) {
        for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    // Slack refuses the app token when the socket is opened.
    slack.onNext("apps.connections.open", () => [200, { ok: false, error: "invalid_auth" }]);
    await slack.interceptWithNock();
    running = await startAssistant({
      env: {
        PORT: "0",
        DATA_DIR: tempDataDir(),
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_APP_TOKEN: "xapp-test",
        SLACK_PANEL_CHANNEL: "C123",
      },
      log: pino({ level: "info" }, stream),
    });
    expect(lines.find((l) => l.event === "started")?.slack).toBe("socket");
    const res = await httpRequest(`${running.url}/slack/events`, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(404);
    await until(
      () => lines.some((l) => l.event === "slack_socket_failed"),
      5000,
      "the refused socket to be logged",
    );
    expect(slack.callsTo("apps.connections.open")[0]?.authorization).toBe("Bearer xapp-test");
    // invalid_auth is permanent: said plainly, and not retried forever.
    expect(lines.find((l) => l.event === "slack_socket_failed")?.willRetry).toBe(false);
    expect((await httpRequest(`${running.url}/healthz`)).status).toBe(200);
  });
});
