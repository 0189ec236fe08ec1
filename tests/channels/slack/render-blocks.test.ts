import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMrkdwn } from "../../../src/channels/slack/escape-mrkdwn.js";
import { readBlockAction } from "../../../src/channels/slack/read-block-action.js";
import { LIMITS, renderMessage } from "../../../src/channels/slack/render-blocks.js";
import { loadSlackMessages } from "../../../src/channels/slack/slack-messages.js";
import { loadMashContacts, mashContactsReply } from "../../../src/core/contacts/mash-contacts.js";
import { helpReply, loadMessages } from "../../../src/core/content/messages.js";
import type { Reply } from "../../../src/core/reply.js";
import { checkLimits } from "../../support/check-slack-limits.js";

const words = loadSlackMessages().render;

describe("Block Kit rendering of channel-free replies", () => {
  it("renders the MASH card: header, text, fields, context and buttons, with a text fallback", () => {
    const msg = renderMessage([mashContactsReply(loadMashContacts())], words);
    const types = msg.blocks.map((b) => b.type);
    expect(types[0]).toBe("header");
    expect(types).toContain("section");
    expect(types).toContain("context");
    expect(types.at(-1)).toBe("actions");
    expect(msg.text).toContain("01908 253169");
    expect(checkLimits(msg.blocks)).toEqual([]);
    const fields = msg.blocks.flatMap((b) => ("fields" in b && b.fields ? b.fields : []));
    // Each number tappable (tel:) and kept whole on a narrow screen (a non-breaking space).
    expect(fields.map((f) => f.text)).toContain(
      "*Phone*\n<tel:01908253169|01908\u00a0253169> or <tel:01908253170|01908\u00a0253170>",
    );
  });

  it("escapes &, < and > in everything a person may have typed, so mentions stay text", () => {
    const hostile = "<!channel> <!here> <@U123> <!subteam^S1> a & b";
    const reply: Reply = {
      blocks: [
        { kind: "heading", text: hostile },
        { kind: "text", text: hostile },
        { kind: "list", items: [hostile] },
        { kind: "facts", facts: [{ title: hostile, value: hostile }] },
        { kind: "note", text: hostile },
        { kind: "choices", id: "c", multi: true, options: [{ value: "x", label: hostile }] },
      ],
      buttons: [{ label: hostile, action: "help", data: { q: hostile } }],
    };
    const msg = renderMessage([reply], words);
    // Mrkdwn never carries a raw "<"; plain_text (header, buttons, options) is never parsed
    // for mentions by Slack, and button values are never shown.
    const mrkdwn: string[] = [msg.text];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (o.type === "mrkdwn" && typeof o.text === "string") mrkdwn.push(o.text);
        Object.values(o).forEach(walk);
      }
    };
    walk(msg.blocks);
    expect(mrkdwn.length).toBeGreaterThan(4);
    for (const t of mrkdwn) {
      expect(t).not.toMatch(/<[!@]/);
      expect(t).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  });

  it("keeps Markdown bold and https links from content, but not a mention hidden in a link", () => {
    const msg = renderMessage(
      [
        {
          blocks: [
            {
              kind: "text",
              text: "**Call** [the procedures](https://mkscp.procedures.test/x) or [x](<!channel>)",
            },
          ],
        },
      ],
      words,
    );
    const text = (msg.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toContain("*Call*");
    expect(text).toContain("<https://mkscp.procedures.test/x|the procedures>");
    expect(text).not.toContain("<!channel>");
  });

  it("choices become checkboxes or radio buttons, and a press reads the selection back", () => {
    const reply: Reply = {
      blocks: [
        { kind: "text", text: "Which apply?" },
        {
          kind: "choices",
          id: "signs",
          multi: true,
          options: [
            { value: "a", label: "One" },
            { value: "b", label: "Two" },
            { value: "c", label: "Three" },
          ],
        },
      ],
      buttons: [
        { label: "Next", action: "levels-next", data: { step: "s3" } },
        { label: "Help", action: "help" },
      ],
    };
    const msg = renderMessage([reply], words);
    expect(checkLimits(msg.blocks)).toEqual([]);
    const choice = msg.blocks.find(
      (b) => b.type === "actions" && JSON.stringify(b).includes("checkboxes"),
    ) as unknown as { block_id: string; elements: { action_id: string }[] };
    expect(choice).toBeDefined();
    const next = (
      msg.blocks.at(-1) as unknown as { elements: { action_id: string; value: string }[] }
    ).elements[0]!;
    const input = readBlockAction({
      actions: [{ action_id: next.action_id, value: next.value }],
      state: {
        values: {
          [choice.block_id]: {
            [choice.elements[0]!.action_id]: {
              type: "checkboxes",
              selected_options: [{ value: "a" }, { value: "c" }],
            },
          },
        },
      },
    });
    expect(input).toEqual({ text: "", action: "levels-next", data: { step: "s3", signs: "a,c" } });

    const single = renderMessage(
      [
        {
          ...reply,
          blocks: [
            {
              kind: "choices",
              id: "q",
              multi: false,
              options: [
                { value: "y", label: "Yes" },
                { value: "n", label: "No" },
              ],
            },
          ],
        },
      ],
      words,
    );
    expect(JSON.stringify(single.blocks)).toContain('"radio_buttons"');
    const many = renderMessage(
      [
        {
          blocks: [
            {
              kind: "choices",
              id: "m",
              multi: true,
              options: Array.from({ length: 14 }, (_, i) => ({
                value: `v${i}`,
                label: `Option ${i}`,
              })),
            },
          ],
        },
      ],
      words,
    );
    expect(JSON.stringify(many.blocks)).toContain('"multi_static_select"');
    expect(checkLimits(many.blocks)).toEqual([]);
  });

  it("long option labels are shown in full above the shortened options", () => {
    const long =
      "The child has told a trusted adult about something that worries them a great deal at home";
    const msg = renderMessage(
      [
        {
          blocks: [
            { kind: "choices", id: "c", multi: true, options: [{ value: "a", label: long }] },
          ],
        },
      ],
      words,
    );
    expect(checkLimits(msg.blocks)).toEqual([]);
    expect(JSON.stringify(msg.blocks)).toContain(escapeMrkdwn(long));
  });

  it("never breaks a limit, whatever the reply (property test)", () => {
    const text = fc.string({ maxLength: 4000 });
    const block = fc.oneof(
      fc.record({ kind: fc.constant("heading" as const), text }),
      fc.record({ kind: fc.constant("text" as const), text }),
      fc.record({ kind: fc.constant("note" as const), text }),
      fc.record({ kind: fc.constant("list" as const), items: fc.array(text, { maxLength: 30 }) }),
      fc.record({
        kind: fc.constant("facts" as const),
        facts: fc.array(fc.record({ title: text, value: text }), { maxLength: 25 }),
      }),
      fc.record({
        kind: fc.constant("choices" as const),
        id: fc.string({ minLength: 1, maxLength: 300 }),
        multi: fc.boolean(),
        options: fc.array(
          fc.record({
            value: fc.string({ minLength: 1, maxLength: 300 }),
            label: fc.string({ minLength: 1, maxLength: 200 }),
          }),
          { minLength: 1, maxLength: 120 },
        ),
      }),
    );
    const reply = fc.record({
      blocks: fc.array(block, { maxLength: 40 }),
      buttons: fc.array(
        fc.record({
          label: fc.string({ minLength: 1, maxLength: 120 }),
          action: fc.string({ minLength: 1, maxLength: 40 }),
          data: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 800 }), {
            maxKeys: 4,
          }),
        }),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(fc.array(reply, { minLength: 1, maxLength: 3 }), (replies) => {
        const msg = renderMessage(replies as Reply[], words);
        expect(checkLimits(msg.blocks)).toEqual([]);
        expect(msg.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
        expect(msg.text).not.toMatch(/<[!@#]/);
        const home = renderMessage(replies as Reply[], words, { maxBlocks: LIMITS.homeBlocks });
        expect(checkLimits(home.blocks, LIMITS.homeBlocks)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a message too long for Slack keeps its buttons and says it was cut", () => {
    const msg = renderMessage(
      [
        {
          blocks: Array.from({ length: 80 }, (_, i) => ({
            kind: "text" as const,
            text: `Paragraph ${i}`,
          })),
          buttons: [{ label: "Help", action: "help" }],
        },
      ],
      words,
    );
    expect(msg.blocks).toHaveLength(LIMITS.messageBlocks);
    expect(msg.blocks.at(-1)?.type).toBe("actions");
    expect(JSON.stringify(msg.blocks)).toMatch(/cut short/);
  });

  it("renders the help menu with one button per item", () => {
    const msg = renderMessage([helpReply(loadMessages())], words);
    const actions = msg.blocks.filter((b) => b.type === "actions");
    expect(actions).toHaveLength(1);
    expect(checkLimits(msg.blocks)).toEqual([]);
  });
});

describe("the App Home view", () => {
  it("stays within Home's 100 blocks with many open reviews, and says how many are not shown", async () => {
    const { renderHome } = await import("../../../src/channels/slack/render-home.js");
    const { loadSlackMessages } = await import("../../../src/channels/slack/slack-messages.js");
    const { loadMilestoneContent } = await import(
      "../../../src/core/rapid-review/milestone-content.js"
    );
    const { computeTimeline } = await import("../../../src/core/rapid-review/compute-timeline.js");
    const reviews = Array.from({ length: 150 }, (_, i) => ({
      id: `RR-${String(i + 1).padStart(4, "0")}`,
      caseRef: `CR-${i}`,
      kind: "child" as const,
      received: "2026-12-18",
      done: {},
      createdBy: "U1",
      createdAt: "2026-12-18T10:00:00.000Z",
    }));
    const blocks = await renderHome({
      messages: loadSlackMessages(),
      content: loadMilestoneContent(),
      register: { list: async () => reviews, timeline: (r) => computeTimeline(r) },
      now: new Date("2027-02-01T10:00:00Z"),
    });
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.homeBlocks);
    expect(checkLimits(blocks, LIMITS.homeBlocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toMatch(/more open reviews are not shown/);
  });
});
