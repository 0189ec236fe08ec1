import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { messageText } from "./support/arbitraries.js";
import { INPUTS, RESPONSE_HOST, SlackHarness, userId } from "./support/slack-harness.js";

describe(`Slack direct messages and App Home in-process (Bolt processEvent): ${INPUTS.toLocaleString("en-GB")} inputs`, () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start();
    // Open reviews, so the App Home has something to list.
    for (let i = 1; i <= 12; i++) {
      const text = `start CR-2026-${i} today child`;
      await slack.run(
        {
          command: "/rapidreview",
          text,
          user_id: "UPANEL1",
          channel_id: "CWORK",
          team_id: "T1",
          response_url: `${RESPONSE_HOST}/seed`,
          trigger_id: "t",
        },
        text,
      );
    }
  });

  it("direct messages and App Home: random text, subtypes and users", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        messageText,
        userId,
        fc.oneof(
          { weight: 8, arbitrary: fc.constant(undefined) },
          {
            weight: 1,
            arbitrary: fc.constantFrom("message_changed", "bot_message", "channel_join"),
          },
        ),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant("im") },
          { weight: 1, arbitrary: fc.constantFrom("channel", "mpim") },
        ),
        // One event in ten opens the App Home, which lists the reviews the commands above opened.
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constantFrom("home", "messages") },
        ),
        async (text, user, subtype, channelType, tab) => {
          n++;
          const event = tab
            ? {
                type: "app_home_opened",
                user,
                tab,
                channel: "DUSER1",
              }
            : {
                type: "message",
                channel: "DUSER1",
                channel_type: channelType,
                user,
                text,
                ts: `${n}.000`,
                ...(subtype ? { subtype } : {}),
              };
          const sent = await slack.run(
            { type: "event_callback", team_id: "T1", event_id: `Ev${n}`, event },
            text,
          );
          if (!tab && !subtype && channelType === "im") {
            expect(sent.filter((s) => s.where === "chat.postMessage")).toHaveLength(1);
          }
        },
      ),
      { numRuns: INPUTS },
    );
  }, 300_000);
});
