import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Feature, FeatureContext } from "../../../src/features/feature.js";
import { createSlackFeature } from "../../../src/features/slack.js";
import { freshDatabase } from "../../store/support/postgres.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { httpRequest } from "../../support/http-request.js";
import { FakeSlack, PANEL, RESPONSE_HOST } from "./fake-slack.js";
import { slackFeatureContext } from "./slack-feature-context.js";
import { SIGNING_SECRET, sign } from "./slack-test-client.js";

/**
 * Two instances behind a load balancer on one PostgreSQL database (a real server on loopback): a
 * request replayed to the other instance, or retried by Slack to it, is acknowledged there and
 * not run again, because the claim is the database's.
 */
describe("Slack replays across two instances on one PostgreSQL database", () => {
  const servers: Server[] = [];
  const features: Feature[] = [];
  const contexts: FeatureContext[] = [];
  let slack: FakeSlack;
  afterEach(async () => {
    for (const f of features.splice(0)) await f.stop?.();
    for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
    for (const c of contexts.splice(0)) await c.stores.close();
    await slack.close();
  });

  async function instance(databaseUrl: string): Promise<string> {
    const ctx = await slackFeatureContext(
      {
        DATA_DIR: tempDataDir(),
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "silent",
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PANEL_CHANNEL: PANEL,
      },
      pino({ level: "silent" }),
    );
    contexts.push(ctx);
    const feature = await createSlackFeature(ctx);
    if (!feature?.mount) throw new Error("Slack HTTP mode did not start");
    features.push(feature);
    const app = express();
    feature.mount(app);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }

  const post = (url: string, body: string, type: string, headers: Record<string, string> = {}) =>
    httpRequest(url, {
      method: "POST",
      headers: { "content-type": type, ...sign(body), ...headers },
      body,
    });

  it("a start sent to both instances opens one review and posts one timeline; an event is handled once", async () => {
    slack = new FakeSlack();
    await slack.interceptWithNock();
    const database = await freshDatabase();
    const [a, b] = [await instance(database), await instance(database)];

    const start = new URLSearchParams({
      team_id: "T1",
      channel_id: "CWORK",
      user_id: "UPANEL1",
      command: "/rapidreview",
      text: "start CR-2026-014 18/12/2026 child",
      response_url: `${RESPONSE_HOST}/commands/T1/both/x`,
      trigger_id: "trig-both-1",
    }).toString();
    const form = "application/x-www-form-urlencoded";
    expect((await post(a as string, start, form)).status).toBe(200);
    await slack.until(() => slack.responses.length === 1);
    const atB = await post(b as string, start, form, { "x-slack-retry-num": "1" });
    expect(atB.status).toBe(200);
    expect(atB.body).toBe("");

    const home = JSON.stringify({
      type: "event_callback",
      team_id: "T1",
      event_id: "EvHomeBoth",
      event: { type: "app_home_opened", user: "UPANEL1", tab: "home", channel: "DHOME1" },
    });
    await post(b as string, home, "application/json");
    await slack.until(() => slack.callsTo("views.publish").length === 1);
    await post(a as string, home, "application/json");

    // A later, different command to B is answered, so B's handling of the repeat has settled.
    const help = new URLSearchParams({
      team_id: "T1",
      channel_id: "CWORK",
      user_id: "UPANEL1",
      command: "/rapidreview",
      text: "help",
      trigger_id: "trig-help",
    }).toString();
    expect((await post(b as string, help, form)).body).toMatch(/Rapid review deadlines/);
    expect((await post(a as string, help, form)).body).toBe("");

    expect(
      slack.callsTo("chat.postMessage").filter((c) => c.params.channel === PANEL),
    ).toHaveLength(1);
    expect(slack.responses).toHaveLength(1);
    expect(slack.callsTo("views.publish")).toHaveLength(1);
  });
});
