import { describe, expect, it } from "vitest";
import { renderAdaptiveCard } from "../../src/channels/teams/render-adaptive-card.js";
import { loadMashContacts, mashContactsReply } from "../../src/core/contacts/mash-contacts.js";
import {
  fallbackReply,
  helpReply,
  loadMessages,
  welcomeReply,
} from "../../src/core/content/messages.js";
import type { Reply } from "../../src/core/reply.js";
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
});
