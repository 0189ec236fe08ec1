import { Writable } from "node:stream";
import nock from "nock";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningAssistant, startAssistant } from "../../../src/app.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { httpRequest } from "../../support/http-request.js";

describe("Slack in Socket Mode", () => {
  let running: RunningAssistant | undefined;
  afterEach(async () => {
    await running?.close();
    nock.cleanAll();
  });

  it("connects out with the app token instead of mounting /slack/events, and a refusal does not stop start-up", async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _e, done) {
        for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const opened: string[] = [];
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    nock("https://slack.com")
      .persist()
      .post(/^\/api\/.+/)
      .reply(async (req: Request) => {
        const method = new URL(req.url).pathname.replace("/api/", "");
        if (method === "apps.connections.open") {
          opened.push(req.headers.get("authorization") ?? "");
          return [200, { ok: false, error: "invalid_auth" }];
        }
        return [200, { ok: true, team_id: "T1", user_id: "UBOT", bot_id: "BBOT" }];
      });
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
    const deadline = Date.now() + 5000;
    while (!lines.some((l) => l.event === "slack_socket_failed") && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(opened[0]).toBe("Bearer xapp-test");
    // invalid_auth is permanent: said plainly, and not retried forever.
    expect(lines.find((l) => l.event === "slack_socket_failed")?.willRetry).toBe(false);
    expect((await httpRequest(`${running.url}/healthz`)).status).toBe(200);
  });
});
