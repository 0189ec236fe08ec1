import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Block, blocksText, SlackTestClient } from "../channels/slack/slack-test-client.js";

/** Danger first in Slack too: /ask and direct messages, through signed requests to the server. */
describe("an emergency typed in Slack", () => {
  let slack: SlackTestClient;
  beforeEach(async () => {
    slack = await SlackTestClient.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  const EMERGENCY =
    "a pupil has been threatened with a knife and the person is waiting outside school now";

  it("gets the 999 card first from /ask", async () => {
    const { ack, responseUrl } = await slack.command("/ask", EMERGENCY);
    const sent = ack?.blocks ? [ack] : await slack.responseTo(responseUrl);
    const text = blocksText(sent[0]?.blocks as Block[]);
    expect(text.split("\n")[0]).toMatch(/call 999/i);
    expect(text).toContain("01908 265545");
  });

  it("gets the 999 card first in a direct message", async () => {
    await slack.event({
      type: "message",
      channel: "DME",
      channel_type: "im",
      user: "UPANEL2",
      text: EMERGENCY,
      ts: "3.3",
    });
    const posted = await slack.until(() => slack.posted("DME")[0]);
    expect(blocksText(posted.blocks).split("\n")[0]).toMatch(/call 999/i);
  });
});
