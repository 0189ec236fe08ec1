import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Block,
  blockButtons,
  blocksText,
  SlackTestClient,
} from "../channels/slack/slack-test-client.js";

/**
 * The Levels of Need check and its cards in Slack, through signed requests to /slack/events:
 * the same flow and the same cards as Teams, drawn in Block Kit.
 */

const CHANNEL = "CWORK";

/** The checkbox (or radio) element of a message, with the block it sits in. */
function choiceElement(blocks: Block[]) {
  for (const b of blocks) {
    for (const e of b.elements ?? []) {
      if (
        ["checkboxes", "radio_buttons", "multi_static_select", "static_select"].includes(
          String(e.type),
        )
      )
        return { blockId: b.block_id!, element: e as Record<string, unknown> };
    }
  }
  throw new Error("no choices in the message");
}

type Option = { text: { text: string }; value: string };

describe("the Levels of Need check in Slack", () => {
  let slack: SlackTestClient;
  let blocks: Block[];

  beforeEach(async () => {
    slack = await SlackTestClient.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  async function start() {
    const { ack } = await slack.command("/levels", "", { channel: CHANNEL });
    blocks = (ack as { blocks: Block[] }).blocks;
    return blocks;
  }

  /** Presses a button of the last message, as Slack sends it (with the message's ticks). */
  async function press(label: string, ticked?: string[]) {
    const button = blockButtons(blocks).find((b) => b.text === label);
    if (!button) throw new Error(`no "${label}": ${blockButtons(blocks).map((b) => b.text)}`);
    let state: Record<string, Record<string, unknown>> | undefined;
    if (ticked) {
      const { blockId, element } = choiceElement(blocks);
      const options = element.options as Option[];
      state = {
        [blockId]: {
          [element.action_id as string]: {
            type: element.type,
            // Long lists letter their options ("a. ..."): matched on the wording after that.
            selected_options: options.filter((o) =>
              ticked.some((t) => o.text.text.replace(/^[a-z]\. /, "").startsWith(t)),
            ),
          },
        },
      };
    }
    const { responseUrl } = await slack.press(button, { channel: CHANNEL, state });
    const [response] = await slack.responseTo(responseUrl);
    blocks = (response as { blocks: Block[] }).blocks;
    return blocks;
  }

  it("'Yes, in immediate danger': call 999 first, as a header, with the MASH numbers tappable", async () => {
    await start();
    await press("Yes, in immediate danger");
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "🚨 Call 999 now" } });
    expect(JSON.stringify(blocks[1])).toContain("<tel:999|Call 999>");
    const mrkdwn = JSON.stringify(blocks);
    expect(mrkdwn).toContain(
      "<tel:01908253169|01908\u00a0253169> or <tel:01908253170|01908\u00a0253170>",
    );
    expect(mrkdwn).toContain("<tel:01908265545|01908\u00a0265545>");
  });

  it("an old 'Yes, in immediate danger' button repeats the advice after the check moved on", async () => {
    const danger = await start();
    await press("No");
    blocks = danger;
    await press("Yes, in immediate danger");
    expect(blocksText(blocks)).toMatch(/^🚨 Call 999 now/);
  });

  it("/mash: call 999 first, every number and the email a link, written in full", async () => {
    const { ack } = await slack.command("/mash", "", { channel: CHANNEL });
    const mash = (ack as { blocks: Block[] }).blocks;
    expect(mash[0]).toMatchObject({ type: "header" });
    expect(JSON.stringify(mash[0])).toMatch(/999/);
    const json = JSON.stringify(mash);
    for (const link of [
      "<tel:01908253169|01908\u00a0253169>",
      "<tel:01908253170|01908\u00a0253170>",
      "<tel:01908265545|01908\u00a0265545>",
      "<mailto:children@milton-keynes.gov.uk|children@milton-keynes.gov.uk>",
    ])
      expect(json).toContain(link);
    expect(json).not.toMatch(/01908 \d/);
  });

  it("a tick survives going back and pressing Next again: shown ticked, and kept", async () => {
    await start();
    await press("No");
    await press("5 to 11");
    await press("Next", ["Has missed immunisations"]);
    expect(blocksText(blocks)).toMatch(/Parenting capacity/);
    await press("Back");
    const { element } = choiceElement(blocks);
    expect((element.initial_options as Option[]).map((o) => o.value)).toEqual(["checks-missed"]);
    expect(blocksText(blocks)).toMatch(/Already ticked: 1/);
    // Slack sends the list as it stands: the initial ticks, untouched.
    await press("Next", ["Has missed immunisations"]);
    await press("Next", []);
    await press("Next", []);
    await press("Next", []);
    await press("Next", ["None beyond everyday services"]);
    const text = blocksText(blocks);
    expect(text).toMatch(/Suggested level: 2, Early help/);
    expect(text).toMatch(/The child's development\n• Has missed immunisations/);
  });

  it("Level 4 comes at once, with call 999 first; a stale button then gets a short note", async () => {
    await start();
    await press("No");
    const age = blocks;
    await press("Under 5 (or unborn)");
    await press("Next", ["An injury with no explanation"]);
    expect(blocks[0]).toMatchObject({
      type: "header",
      text: { text: "🚨 Child in immediate danger? Call 999" },
    });
    expect(blocksText(blocks)).toMatch(/Suggested level: 4/);
    blocks = age;
    await press("5 to 11");
    expect(blocksText(blocks)).toMatch(/^That check has finished, with a suggested Level 4/);
    expect(blocks.filter((b) => b.type !== "actions")).toHaveLength(1);
  });
});
