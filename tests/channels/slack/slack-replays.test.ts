import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { captureLog } from "../../support/capture-log.js";
import {
  type Block,
  blocksText,
  PANEL,
  RESPONSE_HOST,
  SlackTestClient,
  sign,
} from "./slack-test-client.js";

const FORM = "application/x-www-form-urlencoded";
const NOW = new Date("2026-12-18T10:00:00Z");

/** A /rapidreview command body exactly as Slack signs it, so it can be sent again byte for byte. */
function commandBody(text: string, trigger: string): { body: string; responseUrl: string } {
  const responseUrl = `${RESPONSE_HOST}/commands/T1/${trigger}/x`;
  const body = new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    channel_id: "CWORK",
    user_id: "UPANEL1",
    command: "/rapidreview",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: trigger,
  }).toString();
  return { body, responseUrl };
}

function dmEvent(eventId: string, text: string): string {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: "message",
      channel: "DUSER1",
      channel_type: "im",
      user: "UPANEL1",
      text,
      ts: "1700000000.000100",
    },
  });
}

describe("Slack: a signed request that was already handled is acknowledged and not run again", () => {
  let slack: SlackTestClient;
  let logged: ReturnType<typeof captureLog>;
  beforeEach(async () => {
    logged = captureLog("info");
    slack = await SlackTestClient.start({ now: () => NOW, log: logged.log });
  });
  afterEach(async () => {
    await slack.stop();
  });

  /** The guard's log line for a skipped repeat is the signal that the repeat has settled. */
  const skipped = () => logged.records.filter((r) => r.event === "slack_replay_skipped");
  async function untilSkipped(count: number) {
    await slack.until(() => skipped().length >= count);
  }

  it("a replayed start after its review was closed creates no second review and posts no timeline", async () => {
    const start = commandBody("start CR-2026-014 18/12/2026 child", "trig-start-1");
    expect((await slack.post(start.body, FORM)).status).toBe(200);
    const [started] = await slack.responseTo(start.responseUrl);
    expect(blocksText(started?.blocks as Block[])).toMatch(/\(RR-0001\) started/);
    const close = await slack.command("/rapidreview", "close RR-0001");
    await slack.responseTo(close.responseUrl);
    const postsBefore = slack.posted(PANEL).length;

    // Replayed as it was signed, and again as Slack's own retry of it.
    const replay = await slack.post(start.body, FORM);
    expect(replay.status).toBe(200);
    expect(replay.body).toBe("");
    const retry = await slack.post(start.body, FORM, {
      ...sign(start.body),
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    });
    expect(retry.status).toBe(200);
    await untilSkipped(2);

    const list = await slack.command("/rapidreview", "list");
    expect(blocksText(list.ack?.blocks as Block[])).toMatch(/no open rapid reviews/i);
    expect(slack.posted(PANEL)).toHaveLength(postsBefore);
    // The person was answered once, by the first request.
    expect(await slack.responseTo(start.responseUrl)).toHaveLength(1);
    expect(skipped().map((r) => r.kind)).toEqual(["command", "command"]);
  });

  it("a replayed publication date does not post the timeline to the panel again", async () => {
    await slack.command("/rapidreview", "start CR-2026-014 18/12/2026 child");
    await slack.until(() => slack.posted(PANEL).length === 1);
    const publication = commandBody("publication RR-0001 2027-09-01", "trig-pub-1");
    await slack.post(publication.body, FORM);
    await slack.responseTo(publication.responseUrl);
    expect(slack.posted(PANEL)).toHaveLength(2);

    await slack.post(publication.body, FORM);
    await untilSkipped(1);
    expect(slack.posted(PANEL)).toHaveLength(2);
  });

  it("a direct message event delivered again, or retried by Slack, is answered once", async () => {
    const body = dmEvent("EvReplay1", "mash");
    expect((await slack.post(body, "application/json")).status).toBe(200);
    await slack.until(() => slack.posted("DUSER1").length === 1);

    expect((await slack.post(body, "application/json")).status).toBe(200);
    const retried = await slack.post(body, "application/json", {
      ...sign(body),
      "x-slack-retry-num": "2",
      "x-slack-retry-reason": "http_error",
    });
    expect(retried.status).toBe(200);
    await untilSkipped(2);
    expect(slack.posted("DUSER1")).toHaveLength(1);
    expect(skipped().map((r) => r.retryNum)).toEqual([0, 2]);
  });

  it("a retry whose first delivery never arrived is the only copy, and is answered", async () => {
    const body = dmEvent("EvFirstLost", "mash");
    const res = await slack.post(body, "application/json", {
      ...sign(body),
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    });
    expect(res.status).toBe(200);
    await slack.until(() => slack.posted("DUSER1").length === 1);
    expect(skipped()).toEqual([]);
  });

  it("a replayed Mark done press gets no second answer", async () => {
    await slack.command("/rapidreview", "start CR-2026-014 18/12/2026 adult");
    const [timeline] = await slack.until(
      () => slack.posted(PANEL).length === 1 && slack.posted(PANEL),
    );
    const button = {
      action_id: "rr-done:0",
      value: JSON.stringify({ id: "RR-0001", milestone: "notify-panel" }),
    };
    const payload = {
      type: "block_actions",
      team: { id: "T1", domain: "mk" },
      user: { id: "UPANEL1", username: "someone", team_id: "T1" },
      api_app_id: "A1",
      token: "legacy",
      trigger_id: "trig-press-1",
      container: { type: "message", message_ts: "1.1", channel_id: PANEL, is_ephemeral: false },
      channel: { id: PANEL, name: "panel" },
      message: { type: "message", ts: "1.1", text: "x", blocks: timeline?.blocks },
      response_url: `${RESPONSE_HOST}/actions/T1/press-1/x`,
      actions: [{ type: "button", block_id: "b", action_ts: "1", ...button }],
      state: { values: {} },
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    await slack.post(body, FORM);
    const answers = await slack.responseTo(payload.response_url, 2);
    expect(answers).toHaveLength(2);

    await slack.post(body, FORM);
    await untilSkipped(1);
    // No third answer: the replay neither re-rendered the timeline nor said anything.
    expect(slack.responses.filter((r) => r.path === "/actions/T1/press-1/x")).toHaveLength(2);
  });
});
