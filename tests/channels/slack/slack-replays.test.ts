import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

function commandBody(text: string, trigger: string, n: number): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    channel_id: "CWORK",
    user_id: "UPANEL1",
    command: "/rapidreview",
    text,
    api_app_id: "A1",
    response_url: `${RESPONSE_HOST}/commands/T1/replay-${n}/x`,
    trigger_id: trigger,
  }).toString();
}

describe("Slack: a signed request that was already handled is acknowledged and not run again", () => {
  let slack: SlackTestClient;
  beforeEach(async () => {
    slack = await SlackTestClient.start({ now: () => NOW });
  });
  afterEach(async () => {
    await slack.stop();
  });

  it("a replayed start after its review was closed creates no second review and posts nothing", async () => {
    const start = commandBody("start CR-2026-014 18/12/2026 child", "trig-start-1", 1);
    const first = await slack.post(start, FORM);
    expect(first.status).toBe(200);
    await slack.responseTo(`${RESPONSE_HOST}/commands/T1/replay-1/x`);
    const close = await slack.command("/rapidreview", "close RR-0001");
    await slack.responseTo(close.responseUrl);
    const postsBefore = slack.posted(PANEL).length;

    const replay = await slack.post(start, FORM);
    expect(replay.status).toBe(200);
    // A later command is answered, so the replay (sent before it) has settled.
    const list = await slack.command("/rapidreview", "list");
    expect(blocksText(list.ack?.blocks as Block[])).toMatch(/no open rapid reviews/i);
    expect(slack.posted(PANEL)).toHaveLength(postsBefore);
  });
});
