import { type Activity, ActivityTypes, type Attachment, CardFactory } from "botbuilder";
import { type Reply, replyToText } from "../../core/reply.js";

type CardElement = Record<string, unknown>;

/**
 * Renders a channel-free reply as an Adaptive Card 1.5 (the version Teams supports on desktop and
 * mobile). Buttons are Action.Submit carrying the button's action, so a press arrives as a message
 * with a value; the same card's text is the fallback for clients that cannot show cards.
 */
export function renderAdaptiveCard(reply: Reply, text: string = replyToText(reply)): Attachment {
  const body: CardElement[] = [];
  for (const block of reply.blocks) {
    switch (block.kind) {
      case "heading":
        body.push({
          type: "TextBlock",
          text: block.text,
          weight: "Bolder",
          size: "Medium",
          wrap: true,
          color: reply.tone === "urgent" ? "Attention" : "Default",
        });
        break;
      case "text":
        body.push({ type: "TextBlock", text: block.text, wrap: true });
        break;
      case "note":
        body.push({
          type: "TextBlock",
          text: block.text,
          wrap: true,
          isSubtle: true,
          size: "Small",
        });
        break;
      case "list":
        body.push({
          type: "TextBlock",
          text: block.items.map((i) => `- ${i}`).join("\n"),
          wrap: true,
        });
        break;
      case "facts":
        body.push({
          type: "FactSet",
          facts: block.facts.map((f) => ({ title: f.title, value: f.value })),
        });
        break;
      case "choices":
        body.push({
          type: "Input.ChoiceSet",
          id: block.id,
          isMultiSelect: block.multi,
          style: "expanded",
          wrap: true,
          choices: block.options.map((o) => ({ title: o.label, value: o.value })),
          ...(block.selected?.length ? { value: block.selected.join(",") } : {}),
        });
        break;
    }
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.5",
    fallbackText: text,
    body,
    actions: (reply.buttons ?? []).map((b) => ({
      type: "Action.Submit",
      title: b.label,
      ...(b.style ? { style: b.style } : {}),
      data: { ...b.data, action: b.action },
    })),
  };
  return CardFactory.adaptiveCard(card);
}

/** A message activity carrying the card, with a plain-text summary for notifications. */
export function replyActivity(reply: Reply): Partial<Activity> {
  const text = replyToText(reply);
  return {
    type: ActivityTypes.Message,
    attachments: [renderAdaptiveCard(reply, text)],
    // Shown in notifications and by clients without card support.
    summary: text.split("\n")[0]?.slice(0, 200),
  };
}
