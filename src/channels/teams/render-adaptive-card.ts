import { type Activity, ActivityTypes, type Attachment, CardFactory } from "botbuilder";
import { findContactLinks, keepNumbersWhole } from "../../core/content/find-contact-links.js";
import { type Reply, replyToText } from "../../core/reply.js";

type CardElement = Record<string, unknown>;

/**
 * Renders a channel-free reply as an Adaptive Card 1.5 (the version Teams supports on desktop and
 * mobile). Buttons are Action.Submit carrying the button's action, so a press arrives as a message
 * with a value; the card's plain text is the fallback for clients that cannot show cards.
 *
 * Phone numbers and email addresses become `tel:` and `mailto:` links, kept whole (non-breaking
 * spaces) so a narrow screen never splits a number; "call 999" is drawn first and largest.
 */
export function renderAdaptiveCard(reply: Reply): Attachment {
  return CardFactory.adaptiveCard({
    type: "AdaptiveCard",
    version: "1.5",
    fallbackText: cardFallbackText(reply),
    body: renderBody(reply),
    actions: (reply.buttons ?? []).map((b) => ({
      type: "Action.Submit",
      title: b.label,
      ...(b.style ? { style: b.style } : {}),
      data: { ...b.data, action: b.action },
    })),
  });
}

/** Text as Teams markdown, with every phone number and email address a link. */
function linked(text: string): string {
  return findContactLinks(text)
    .map((p) => (p.kind === "text" ? p.text : `[${p.text}](${p.href})`))
    .join("");
}

function renderBody(reply: Reply): CardElement[] {
  const urgent = reply.tone === "urgent";
  const body: CardElement[] = [];
  for (const block of reply.blocks) {
    switch (block.kind) {
      case "emergency":
        body.push({
          type: "Container",
          style: "attention",
          bleed: true,
          items: [
            {
              type: "TextBlock",
              text: block.text,
              size: "ExtraLarge",
              weight: "Bolder",
              color: "Attention",
              wrap: true,
            },
            {
              type: "ActionSet",
              actions: [
                { type: "Action.OpenUrl", title: block.call, url: "tel:999", style: "destructive" },
              ],
            },
          ],
        });
        break;
      case "heading":
        body.push({
          type: "TextBlock",
          text: linked(block.text),
          weight: "Bolder",
          size: "Medium",
          wrap: true,
          ...(urgent ? { color: "Attention" } : {}),
        });
        break;
      case "text":
        body.push({ type: "TextBlock", text: linked(block.text), wrap: true });
        break;
      case "note":
        body.push({
          type: "TextBlock",
          text: linked(block.text),
          wrap: true,
          isSubtle: true,
          size: "Small",
        });
        break;
      case "list":
        body.push({
          type: "TextBlock",
          text: block.items.map((i) => `- ${linked(i)}`).join("\n"),
          wrap: true,
        });
        break;
      case "facts": {
        body.push({
          type: "FactSet",
          facts: block.facts.map((f) => ({ title: f.title, value: linked(f.value) })),
        });
        // Numbers and addresses in a list of facts (the MASH card) also get a button each: a
        // tap target large enough on a phone, whatever the client makes of links in facts. One
        // row each: side by side, a phone-width card pushed the last ones off its edge.
        const contacts = block.facts.flatMap((f) =>
          findContactLinks(f.value).filter((p) => p.kind !== "text"),
        );
        for (const c of contacts) {
          body.push({
            type: "ActionSet",
            actions: [
              {
                type: "Action.OpenUrl",
                // The number or address itself, marked by what a tap does (no wording in code).
                title: `${c.kind === "phone" ? "📞" : "✉️"} ${c.text}`,
                url: c.href,
              },
            ],
          });
        }
        break;
      }
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
  return body;
}

/**
 * What a client that cannot show the card shows instead: "call 999" when the card has it, the
 * gist (heading and first paragraph), every fact (the MASH card's phone numbers, email and
 * hours), and all of an urgent reply's text.
 */
export function cardFallbackText(reply: Reply): string {
  const lines: string[] = [];
  let paragraphs = 0;
  for (const block of reply.blocks) {
    if (block.kind === "emergency" || block.kind === "heading")
      lines.push(block.text.toUpperCase());
    else if (block.kind === "text" && (paragraphs++ === 0 || reply.tone === "urgent"))
      lines.push(block.text);
    else if (block.kind === "facts")
      for (const f of block.facts) lines.push(`${f.title}: ${f.value}`);
  }
  return keepNumbersWhole(lines.join("\n"));
}

/** A message activity carrying the card, with a plain-text summary for notifications. */
export function replyActivity(reply: Reply): Partial<Activity> {
  const firstLine = replyToText(reply).split("\n", 1)[0] ?? "";
  return {
    type: ActivityTypes.Message,
    attachments: [renderAdaptiveCard(reply)],
    summary: firstLine.slice(0, 200),
  };
}
