import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type RunningAssistant, startAssistant } from "../../../src/app.js";
import { SLASH_COMMANDS } from "../../../src/channels/slack/slack-channel.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { captureLog } from "../../support/capture-log.js";
import { httpRequest } from "../../support/http-request.js";
import { FakeSlack } from "./fake-slack.js";

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}

describe("the Slack app manifest", () => {
  const manifest = parse(
    readFileSync(
      path.join(import.meta.dirname, "../../../manifest/slack-app-manifest.yaml"),
      "utf8",
    ),
  ) as Manifest;

  it("declares exactly the slash commands the code registers, all at /slack/events", () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual([...SLASH_COMMANDS].sort());
    for (const c of manifest.features.slash_commands) {
      expect(c.url).toBe("https://YOUR-HOST/slack/events");
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("asks for the scopes and events the code uses, with interactivity and App Home on", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "commands",
        "chat:write",
        "channels:read",
        "groups:read",
        // The reminder loop reads the panel channel's history after a crash (exactly once).
        "channels:history",
        "groups:history",
        "im:write",
        "im:history",
      ]),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_home_opened", "message.im"]),
    );
    expect(manifest.settings.event_subscriptions.request_url).toBe(
      "https://YOUR-HOST/slack/events",
    );
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: "https://YOUR-HOST/slack/events",
    });
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});

describe("Slack modes at start-up", () => {
  let running: RunningAssistant | undefined;
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await slack?.close();
    slack = undefined;
  });

  it("off without Slack variables: the log says so and /slack/events does not exist", async () => {
    const { log, records: lines } = captureLog();
    running = await startAssistant({ env: { PORT: "0", DATA_DIR: tempDataDir() }, log });
    const started = lines.find((l) => l.event === "started");
    expect(String(started?.slack)).toMatch(/^off \(set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
    expect(started?.features).not.toContain("slack");
    const res = await httpRequest(`${running.url}/slack/events`, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(404);
  });

  it("HTTP mode: the log says http, the feature is listed, and a missing panel channel is warned about", async () => {
    slack = new FakeSlack();
    await slack.interceptWithNock();
    const { log, records: lines } = captureLog();
    running = await startAssistant({
      env: {
        PORT: "0",
        DATA_DIR: tempDataDir(),
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "s3cret",
      },
      log,
    });
    const started = lines.find((l) => l.event === "started");
    expect(started?.slack).toBe("http");
    expect(started?.features).toContain("slack");
    expect(lines.some((l) => l.event === "slack_no_panel_channel")).toBe(true);
    // No message text in any log line.
    expect(JSON.stringify(lines)).not.toMatch(/messageText/);
  });

  it("a corrupt rapid review file stops start-up with a message naming it, and is left alone", async () => {
    const dir = tempDataDir();
    const file = path.join(dir, "rapid-reviews.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, '{"version":1,"reviews":[{"id":');
    await expect(
      startAssistant({
        env: {
          PORT: "0",
          DATA_DIR: dir,
          LOG_LEVEL: "silent",
          SLACK_BOT_TOKEN: "xoxb-test",
          SLACK_SIGNING_SECRET: "s3cret",
        },
      }),
    ).rejects.toThrow(/rapid-reviews\.json is corrupt/);
    expect(readFileSync(file, "utf8")).toBe('{"version":1,"reviews":[{"id":');
  });
});
