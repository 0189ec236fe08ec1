import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ReviewRegister } from "../../src/store/review-register.js";
import { messageText, rapidReviewArgs } from "./support/arbitraries.js";
import { channelId, INPUTS, RESPONSE_HOST, SlackHarness, userId } from "./support/slack-harness.js";

describe(`Slack slash commands in-process (Bolt processEvent): ${INPUTS.toLocaleString("en-GB")} inputs`, () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start();
  });

  it("slash commands: /rapidreview with random arguments, /ask, /levels, /mash", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 6, arbitrary: fc.tuple(fc.constant("/rapidreview"), rapidReviewArgs) },
          { weight: 2, arbitrary: fc.tuple(fc.constant("/ask"), messageText) },
          { weight: 1, arbitrary: fc.tuple(fc.constant("/levels"), messageText) },
          { weight: 1, arbitrary: fc.tuple(fc.constant("/mash"), messageText) },
        ),
        userId,
        channelId,
        async ([command, text], user, channel) => {
          n++;
          const sent = await slack.run(
            {
              command,
              text,
              user_id: user,
              channel_id: channel,
              team_id: "T1",
              response_url: `${RESPONSE_HOST}/commands/${n}`,
              trigger_id: `t${n}`,
            },
            text,
          );
          // Every command is answered, in the ack or through the response_url.
          expect(sent.some((s) => s.where === "ack" || s.where === "response_url")).toBe(true);
          slack.checkStore();
        },
      ),
      { numRuns: INPUTS },
    );
    expect(n).toBe(INPUTS);
    // The random commands did change the register, and it still opens.
    const reopened = await ReviewRegister.open(slack.dataDir);
    expect((await reopened.list()).length).toBeGreaterThan(0);
  }, 300_000);
});
