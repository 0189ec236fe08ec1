import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MILESTONE_KEYS } from "../../src/core/rapid-review/types.js";
import { submitPayload, wildValue } from "./support/arbitraries.js";
import { channelId, INPUTS, RESPONSE_HOST, SlackHarness, userId } from "./support/slack-harness.js";

/** Blocks of messages with Mark done buttons, as Slack sends them back with a press. */
const REMINDER_BLOCKS = [
  {
    type: "section",
    block_id: "r1",
    text: { type: "mrkdwn", text: "Due today: *Notify the panel*" },
  },
  {
    type: "actions",
    block_id: "a1",
    elements: [
      {
        type: "button",
        action_id: "rr-done:0",
        text: { type: "plain_text", text: "Mark done" },
        value: JSON.stringify({ id: "RR-0001", milestone: "notify-panel" }),
      },
    ],
  },
];
const TIMELINE_BLOCKS = [
  { type: "header", text: { type: "plain_text", text: "Rapid review" } },
  { type: "section", block_id: "ms:notify-panel", text: { type: "mrkdwn", text: "*Notify*" } },
];

describe(`Slack button presses in-process (Bolt processEvent): ${INPUTS.toLocaleString("en-GB")} inputs`, () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start();
    // Reviews for the Mark done presses to find (RR-0001, RR-0002).
    for (const text of ["start CR-2026-1 today child", "start CR-2026-2 yesterday adult"]) {
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
    expect(await slack.register.list({ open: true })).toHaveLength(2);
  });

  it("button presses: reply buttons, Mark done, choices, with random values, state and containers", async () => {
    const markDone = fc
      .record({
        id: fc.oneof(
          fc.constantFrom("RR-0001", "RR-0002", "RR-0003", "rr-0001"),
          fc.string({ maxLength: 40 }),
        ),
        milestone: fc.oneof(fc.constantFrom(...MILESTONE_KEYS), fc.string({ maxLength: 70 })),
      })
      .map((v) => JSON.stringify(v));
    const action = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          action_id: fc.constantFrom("btn:0:0", "btn:0:1", "btn:1:2", "btn:x"),
          value: fc.oneof(
            submitPayload.map((p) => JSON.stringify(p) ?? "null"),
            fc.string({ maxLength: 300 }),
          ),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          action_id: fc.constantFrom("rr-done:0", "rr-done:7"),
          value: fc.oneof(markDone, fc.string({ maxLength: 100 })),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          action_id: fc.oneof(fc.constantFrom("choice:q", "choice:"), fc.string({ maxLength: 30 })),
          value: fc.string({ maxLength: 30 }),
        }),
      },
    );
    const state = fc.dictionary(
      fc.string({ maxLength: 10 }),
      fc.dictionary(
        fc.oneof(
          fc.constantFrom("choice:danger", "choice:signs", "choice:age"),
          fc.string({ maxLength: 20 }),
        ),
        fc.oneof(
          fc.record(
            {
              type: fc.constantFrom("checkboxes", "radio_buttons", "static_select"),
              selected_options: fc.array(fc.record({ value: wildValue }), { maxLength: 5 }),
              selected_option: fc.option(fc.record({ value: wildValue })),
            },
            { requiredKeys: [] },
          ),
          wildValue,
        ),
        { maxKeys: 3 },
      ),
      { maxKeys: 3 },
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        action,
        state,
        userId,
        fc.oneof(
          { weight: 5, arbitrary: channelId.map((c) => ({ channel: c })) },
          { weight: 1, arbitrary: fc.constant({ view: true }) },
        ),
        fc.option(
          fc.record(
            {
              text: fc.oneof(fc.string({ maxLength: 50 }), wildValue),
              // What Slack sends back is the message as we posted it; type confusion must not crash.
              blocks: fc.oneof(
                fc.constant([]),
                fc.constant(REMINDER_BLOCKS),
                fc.constant(TIMELINE_BLOCKS),
                wildValue.filter((v) => !Array.isArray(v)),
              ),
            },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        async (a, values, user, where, message) => {
          n++;
          const body: Record<string, unknown> = {
            type: "block_actions",
            team: { id: "T1" },
            user: { id: user },
            api_app_id: "A1",
            trigger_id: `t${n}`,
            actions: [{ type: "button", block_id: "b", action_ts: "1", ...a }],
            state: { values },
          };
          if ("view" in where) {
            body.container = { type: "view", view_id: "V1" };
            body.view = { id: "V1", type: "home", blocks: [] };
          } else {
            body.container = { type: "message", message_ts: "1.1", channel_id: where.channel };
            body.channel = { id: where.channel };
            body.response_url = `${RESPONSE_HOST}/actions/${n}`;
            body.message = { type: "message", ts: "1.1", ...message };
          }
          await slack.run(body, JSON.stringify(body));
          slack.checkStore();
        },
      ),
      { numRuns: INPUTS },
    );
  }, 300_000);
});
