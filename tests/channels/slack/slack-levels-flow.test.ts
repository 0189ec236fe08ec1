import { App } from "@slack/bolt";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slackRapidReview } from "../../../src/channels/slack/rapid-review-command.js";
import { registerSlackHandlers } from "../../../src/channels/slack/slack-channel.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import { Assistant } from "../../../src/core/assistant/assistant.js";
import type { Skill } from "../../../src/core/assistant/turn.js";
import { loadMashContacts } from "../../../src/core/contacts/mash-contacts.js";
import { loadMessages } from "../../../src/core/content/messages.js";
import { loadMilestoneContent } from "../../../src/core/rapid-review/milestone-content.js";
import { ReviewRegister } from "../../../src/store/review-register.js";
import { MemorySessionStore } from "../../../src/store/session-store.js";
import { tempDataDir } from "../../support/bot-framework-client.js";
import { FakeSlack, quietSlackLogger } from "./fake-slack.js";
import { type Block, blockButtons, blocksText, RESPONSE_HOST } from "./slack-test-client.js";

/**
 * A stand-in for the Levels of Need skill (built in another branch): a question with choices,
 * then an answer that depends on what was ticked. It shows that whatever skills the app has reach
 * Slack through the one Assistant, with choices submitted by the reply's first button.
 */
const levelsDouble: Skill = {
  name: "levels-double",
  handle(turn) {
    if (turn.input.action === "levels") {
      turn.session.flows["levels-double"] = { step: "signs" };
      return [
        {
          blocks: [
            { kind: "heading", text: "Levels of Need" },
            { kind: "text", text: "Which of these apply?" },
            {
              kind: "choices",
              id: "signs",
              multi: true,
              options: [
                { value: "school", label: "Missing school" },
                { value: "injury", label: "Unexplained injury" },
                { value: "none", label: "None of these" },
              ],
            },
          ],
          buttons: [
            { label: "Next", action: "levels-next", data: { step: "signs" } },
            { label: "Start again", action: "levels" },
          ],
        },
      ];
    }
    if (turn.input.action === "levels-next") {
      const state = turn.session.flows["levels-double"] as { step?: string } | undefined;
      if (state?.step !== turn.input.data.step)
        return [{ blocks: [{ kind: "text", text: "That card is old." }] }];
      return [
        { blocks: [{ kind: "text", text: `Ticked: ${turn.input.data.signs ?? "(nothing)"}` }] },
      ];
    }
    return undefined;
  },
};

describe("Slack conversations driven by the shared Assistant's skills", () => {
  let app: App;
  let slack: FakeSlack;
  /** What was posted to response_urls. */
  const responses = () => slack.responses.map((r) => r.body);

  beforeEach(async () => {
    // Slack's side answered in-process: the SDK hands its requests to the fake's fetch.
    slack = new FakeSlack();
    const receiver = { init() {}, start: async () => undefined, stop: async () => undefined };
    app = new App({
      token: "xoxb-test",
      receiver,
      botId: "BBOT",
      botUserId: "UBOT",
      tokenVerificationEnabled: false,
      clientOptions: { retryConfig: { retries: 0 }, fetch: slack.fetch },
      logLevel: undefined,
      logger: quietSlackLogger,
    });
    const messages = loadMessages();
    const mash = loadMashContacts();
    const assistant = new Assistant({ messages, mash }, [levelsDouble]);
    registerSlackHandlers(app, {
      assistant: () => assistant,
      sessions: new MemorySessionStore(),
      log: pino({ level: "silent" }),
      logMessageText: false,
      now: () => new Date("2026-12-18T10:00:00Z"),
      mash,
      messages: loadSlackMessages(),
      rapid: slackRapidReview({
        register: await ReviewRegister.open(tempDataDir()),
        api: app.client,
        panelChannel: undefined,
        messages: loadSlackMessages(),
        content: loadMilestoneContent(),
        now: () => new Date("2026-12-18T10:00:00Z"),
        log: pino({ level: "silent" }),
      }),
    });
  });
  afterEach(async () => {
    await slack.close();
  });

  async function command(name: string, text: string) {
    let acked: unknown;
    await app.processEvent({
      body: {
        command: name,
        text,
        user_id: "U1",
        channel_id: "CWORK",
        team_id: "T1",
        response_url: `${RESPONSE_HOST}/c/1`,
        trigger_id: "t",
      },
      ack: async (response) => {
        acked = response;
      },
    });
    return acked as { response_type: string; blocks: Block[]; text: string };
  }

  it("/levels starts the conversation with checkboxes, and Next submits what was ticked", async () => {
    const first = await command("/levels", "");
    expect(first.response_type).toBe("ephemeral");
    expect(blocksText(first.blocks)).toMatch(/Which of these apply/);
    const checkboxes = first.blocks.find((b) => JSON.stringify(b).includes('"checkboxes"'))!;
    const checkboxId = (checkboxes.elements![0] as { action_id: string }).action_id;
    const next = blockButtons(first.blocks).find((b) => b.text === "Next")!;

    await app.processEvent({
      body: {
        type: "block_actions",
        user: { id: "U1" },
        team: { id: "T1" },
        channel: { id: "CWORK" },
        container: { type: "message", is_ephemeral: true },
        response_url: `${RESPONSE_HOST}/a/1`,
        actions: [{ type: "button", action_id: next.action_id, value: next.value, block_id: "b" }],
        state: {
          values: {
            [checkboxes.block_id!]: {
              [checkboxId]: {
                type: "checkboxes",
                selected_options: [{ value: "school" }, { value: "injury" }],
              },
            },
          },
        },
      },
      ack: async () => {},
    });
    expect(responses()).toHaveLength(1);
    expect(blocksText(responses()[0]?.blocks as Block[])).toBe("Ticked: school,injury");
  });

  it("typing the choice numbers in a DM works like ticking them (the same core rule as Teams)", async () => {
    // A DM: /levels there, then "1, 2" typed as a message.
    await app.processEvent({
      body: {
        command: "/levels",
        text: "",
        user_id: "U1",
        channel_id: "DME",
        team_id: "T1",
        response_url: `${RESPONSE_HOST}/c/2`,
        trigger_id: "t",
      },
      ack: async () => {},
    });
    await app.processEvent({
      body: {
        type: "event_callback",
        team_id: "T1",
        event: {
          type: "message",
          channel: "DME",
          channel_type: "im",
          user: "U1",
          text: "1, 2",
          ts: "3.3",
        },
      },
      ack: async () => {},
    });
    const posts = slack.callsTo("chat.postMessage").map((c) => c.params);
    expect(posts).toHaveLength(1);
    expect(blocksText(JSON.parse(posts[0]?.blocks ?? "[]") as Block[])).toBe(
      "Ticked: school,injury",
    );
  });
});
