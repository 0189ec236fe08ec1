import { describe, expect, it } from "vitest";
import {
  renderAdaptiveCard,
  replyActivity,
} from "../../src/channels/teams/render-adaptive-card.js";
import { loadMashContacts, mashContactsReply } from "../../src/core/contacts/mash-contacts.js";
import {
  fallbackReply,
  helpReply,
  loadMessages,
  welcomeReply,
} from "../../src/core/content/messages.js";
import { type Reply, replyToText, shareReply } from "../../src/core/reply.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";

const messages = loadMessages();
const mash = loadMashContacts();

describe("Adaptive Card rendering", () => {
  const replies: [string, Reply][] = [
    ["welcome", welcomeReply(messages)],
    ["help", helpReply(messages)],
    ["fallback", fallbackReply(messages)],
    ["mash", mashContactsReply(mash)],
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
    const card = renderAdaptiveCard(replies[4]![1]).content;
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
    const fallback: string = renderAdaptiveCard(reply).content.fallbackText;
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

  it("sends a shared reply's card the same every time, and nobody can change it for others", () => {
    const shared = shareReply(helpReply(messages));
    const first = replyActivity(shared);
    const second = replyActivity(shared);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(first.attachments?.[0]?.content).toEqual(
      renderAdaptiveCard(helpReply(messages)).content,
    );
    expect(() => {
      (shared.blocks as unknown[]).push({ kind: "text", text: "changed" });
    }).toThrow(TypeError);
    const card = first.attachments?.[0]?.content as { body: unknown[] } | undefined;
    expect(card?.body.length).toBeGreaterThan(0);
    expect(() => card?.body.pop()).toThrow(TypeError);
  });
});
