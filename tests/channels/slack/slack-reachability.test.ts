import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Feature } from "../../../src/features/feature.js";
import { createSlackFeature } from "../../../src/features/slack.js";
import { captureLog } from "../../support/capture-log.js";
import { until } from "../../support/until.js";
import { FakeSlack, PANEL } from "./fake-slack.js";
import { slackFeatureContext } from "./slack-feature-context.js";

/**
 * What an operator sees when Slack refuses the bot token, and when Slack cannot be reached: the
 * log says which, and so does the Slack feature's health(), which /healthz reports. The Web API
 * is the Slack fake on loopback (real HTTP, so a closed port is a real connection refused); nock
 * is not loaded in this file, since it would intercept those requests.
 */
describe("Slack refusing the token and Slack unreachable are told apart", () => {
  let feature: Feature | undefined;
  let slack: FakeSlack | undefined;
  afterEach(async () => {
    await feature?.stop?.();
    await slack?.close();
    feature = undefined;
    slack = undefined;
  });

  async function startFeature(apiUrl: string) {
    const logged = captureLog("info");
    const ctx = await slackFeatureContext(
      {
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-assistant-test-")),
        LOG_LEVEL: "info",
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "secret-0123456789",
        SLACK_PANEL_CHANNEL: PANEL,
        SLACK_API_URL: apiUrl,
      },
      logged.log,
    );
    // Background retries come quickly here; the second one waits long enough to be seen.
    feature = await createSlackFeature(ctx, { retryDelayMs: () => 50 });
    if (!feature) throw new Error("Slack did not turn on");
    const lines = (event: string) => logged.records.filter((r) => r.event === event);
    const started = feature;
    /** The feature's "slack" health check, as /healthz reports it. */
    const health = async () => {
      const checks = (await started.health?.()) ?? [];
      const slack = checks.find((c) => c.name === "slack");
      if (!slack) throw new Error("no slack health check");
      return slack;
    };
    return { health, lines };
  }

  it("a refused token: the log and health() say the token was refused, and what to do", async () => {
    slack = new FakeSlack();
    slack.onNext("auth.test", () => [200, { ok: false, error: "invalid_auth" }]);
    const { health, lines } = await startFeature(await slack.listen());
    await until(() => lines("slack_auth_failed").length === 1);
    expect(lines("slack_auth_failed")[0]).toMatchObject({ code: "invalid_auth", level: 40 });
    expect(String(lines("slack_auth_failed")[0]?.msg)).toMatch(/refused SLACK_BOT_TOKEN/);
    expect(lines("slack_unreachable")).toEqual([]);
    const check = await health();
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/^auth failed: Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it("Slack answering 503: logged as unreachable (not as a bad token), retried, and healthy once it answers", async () => {
    slack = new FakeSlack();
    // Two failed checks (the client tries each three times), then Slack answers.
    for (let i = 0; i < 6; i++) slack.onNext("auth.test", () => [503, "Service Unavailable"]);
    const { health, lines } = await startFeature(await slack.listen());
    await until(async () => Boolean((await health()).detail?.startsWith("unreachable")));
    const down = await health();
    expect(down.ok).toBe(false);
    expect(down.detail).toMatch(/could not be reached \(http_503\); retrying/);

    await until(async () => (await health()).ok);
    expect(slack.callsTo("auth.test")).toHaveLength(7);
    // One line for the outage (not one per try), one for the recovery; never "check the token".
    expect(lines("slack_unreachable")).toHaveLength(1);
    expect(lines("slack_unreachable")[0]).toMatchObject({ code: "http_503" });
    expect(String(lines("slack_unreachable")[0]?.msg)).toMatch(/could not be reached/);
    expect(lines("slack_auth_failed")).toEqual([]);
    expect(lines("slack_connected")).toEqual([
      expect.objectContaining({
        after: "unreachable",
        msg: expect.stringMatching(/reachable again/),
      }),
    ]);
  });

  it("no answer at all (connection refused): unreachable, with the network's reason", async () => {
    const closed = new FakeSlack();
    const apiUrl = await closed.listen();
    await closed.close();
    const { health, lines } = await startFeature(apiUrl);
    await until(() => lines("slack_unreachable").length === 1);
    expect(lines("slack_unreachable")[0]).toMatchObject({ code: "ECONNREFUSED" });
    const check = await health();
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/^unreachable: Slack could not be reached \(ECONNREFUSED\)/);
    expect(lines("slack_auth_failed")).toEqual([]);
  });
});
