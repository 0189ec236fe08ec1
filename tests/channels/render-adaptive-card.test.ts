import { describe, expect, it } from "vitest";
import { renderAdaptiveCard } from "../../src/channels/teams/render-adaptive-card.js";
import {
  dangerReply,
  loadMashContacts,
  mashContactsReply,
} from "../../src/core/contacts/mash-contacts.js";
import {
  fallbackReply,
  helpReply,
  loadMessages,
  welcomeReply,
} from "../../src/core/content/messages.js";
import { type Reply, replyToText } from "../../src/core/reply.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const messages = loadMessages();
const mash = loadMashContacts();

describe("Adaptive Card rendering", () => {
  const replies: [string, Reply][] = [
    ["welcome", welcomeReply(messages)],
    ["help", helpReply(messages)],
    ["fallback", fallbackReply(messages)],
    ["mash", mashContactsReply(mash)],
    ["danger", dangerReply(mash)],
    [
      "choices",
      {
        blocks: [
          { kind: "text", text: "Which apply?" },
          {
            kind: "choices",
            id: "picked",
            multi: true,
            options: [
              { value: "a", label: "One" },
              { value: "b", label: "Two" },
            ],
          },
        ],
        buttons: [{ label: "Next", action: "levels:next", data: { step: "3" } }],
      },
    ],
  ];

  it.each(replies)("renders the %s reply as a valid card with a text fallback", (_name, reply) => {
    const attachment = renderAdaptiveCard(reply);
    expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateAdaptiveCard(attachment.content)).toEqual([]);
    expect(attachment.content.fallbackText.length).toBeGreaterThan(10);
  });

  it("carries each button's action and data in its submit payload", () => {
    const card = renderAdaptiveCard(replies.find(([name]) => name === "choices")![1]).content;
    expect(card.actions[0]).toMatchObject({
      type: "Action.Submit",
      title: "Next",
      data: { action: "levels:next", step: "3" },
    });
    expect(card.body[1]).toMatchObject({
      type: "Input.ChoiceSet",
      id: "picked",
      isMultiSelect: true,
    });
  });

  it("catches a broken card (the validator is not a rubber stamp)", () => {
    expect(
      validateAdaptiveCard({
        type: "AdaptiveCard",
        version: "1.5",
        body: [{ type: "TextBlock" }, { type: "Nope" }],
      }),
    ).not.toEqual([]);
  });

  it("gives clients that cannot show cards every MASH number, hour and the 999 line", () => {
    const reply = mashContactsReply(mash);
    // Numbers are kept whole (non-breaking spaces); a person reads them as spaces.
    const fallback = (renderAdaptiveCard(reply).content.fallbackText as string).replace(
      /\u00a0/g,
      " ",
    );
    for (const needed of [
      "MASH CONTACT DETAILS",
      "01908 253169",
      "01908 253170",
      "children@milton-keynes.gov.uk",
      "01908 265545",
      "999",
      "MARF",
      "9am to 5pm",
    ]) {
      expect(fallback).toContain(needed);
    }
  });

  it("gives them the gist of other cards, not a second copy of the whole card", () => {
    const question: Reply = {
      blocks: [
        { kind: "heading", text: "Levels of Need: family and environment" },
        { kind: "text", text: "Which of these apply to the family now?" },
        { kind: "text", text: "Tick all that apply, then press Next." },
        {
          kind: "choices",
          id: "picked",
          multi: true,
          options: Array.from({ length: 13 }, (_, i) => ({
            value: `o${i}`,
            label: `A long statement about the family's circumstances, number ${i}`,
          })),
        },
        { kind: "note", text: "Source: MK Levels of Need document" },
      ],
      buttons: [{ label: "Next", action: "levels:next" }],
    };
    const fallback: string = renderAdaptiveCard(question).content.fallbackText;
    expect(fallback).toBe(
      "LEVELS OF NEED: FAMILY AND ENVIRONMENT\nWhich of these apply to the family now?",
    );
    expect(fallback.length).toBeLessThan(replyToText(question).length / 5);
  });

  it("keeps all of an urgent reply's text in the fallback", () => {
    const urgent: Reply = {
      tone: "urgent",
      blocks: [
        { kind: "heading", text: "Call 999 now" },
        { kind: "text", text: "A child is in immediate danger." },
        { kind: "text", text: "Then ring the MASH." },
      ],
    };
    expect(renderAdaptiveCard(urgent).content.fallbackText).toBe(
      "CALL 999 NOW\nA child is in immediate danger.\nThen ring the MASH.",
    );
  });

  it("makes every phone number and email a tel: or mailto: link, whole on one line", () => {
    const card = renderAdaptiveCard({
      blocks: [
        {
          kind: "text",
          text: "Ring 01908 253169, 0300 123 4567 or 999, or write to a.b@example.org.",
        },
      ],
    }).content;
    expect(card.body[0].text).toBe(
      "Ring [01908\u00a0253169](tel:01908253169), [0300\u00a0123\u00a04567](tel:03001234567) or [999](tel:999), or write to [a.b@example.org](mailto:a.b@example.org).",
    );
  });

  it("leaves other numbers alone: years, counts, section numbers", () => {
    const text = "Section 47 of the Children Act 1989; 2017 edition; 12 to 17; 3 working days.";
    expect(renderAdaptiveCard({ blocks: [{ kind: "text", text }] }).content.body[0].text).toBe(
      text,
    );
  });

  it("draws 'call 999' first and largest, with a button that calls", () => {
    const card = renderAdaptiveCard(dangerReply(mash)).content;
    expect(card.body[0]).toMatchObject({
      type: "Container",
      style: "attention",
      items: [
        { type: "TextBlock", text: "Call 999 now", size: "ExtraLarge", weight: "Bolder" },
        { type: "ActionSet", actions: [{ type: "Action.OpenUrl", url: "tel:999" }] },
      ],
    });
    // Nothing else on the card is as large.
    const sizes = JSON.stringify(card.body.slice(1)).match(/"size":"(\w+)"/g) ?? [];
    expect(sizes.every((x) => !/ExtraLarge|Large"/.test(x))).toBe(true);
  });

  it("gives the MASH card's numbers and email a button each, to tap on a phone", () => {
    const card = renderAdaptiveCard(mashContactsReply(mash)).content;
    const sets = card.body.filter((el: { type: string }) => el.type === "ActionSet");
    const urls = sets.flatMap((set: { actions: { url: string }[] }) =>
      set.actions.map((a) => a.url),
    );
    expect(urls).toEqual([
      "tel:01908253169",
      "tel:01908253170",
      "mailto:children@milton-keynes.gov.uk",
      "tel:01908265545",
    ]);
    // Each on a row of its own, so a phone-width card never pushes one off its edge.
    const taps = sets.filter((set: { actions: { url: string }[] }) =>
      set.actions.some((a) => a.url !== "tel:999"),
    );
    expect(taps.map((set: { actions: unknown[] }) => set.actions.length)).toEqual([1, 1, 1, 1]);
  });
});
