import { type Activity, ActivityTypes, type Attachment, CardFactory } from "botbuilder";
import { cached } from "../../core/cached.js";
import { copyWith } from "../../core/copy-with.js";
import {
  areSharedBlocks,
  deepFreeze,
  isSharedReply,
  type Reply,
  type ReplyBlock,
  replyFirstLine,
} from "../../core/reply.js";

type CardElement = Record<string, unknown>;

/**
 * Renders a channel-free reply as an Adaptive Card 1.5 (the version Teams supports on desktop and
 * mobile). Buttons are Action.Submit carrying the button's action, so a press arrives as a message
 * with a value; the card's plain text is the fallback for clients that cannot show cards.
 * Properties at their default value (a heading's colour when not urgent) are left out.
 */
export function renderAdaptiveCard(reply: Reply): Attachment {
  const card = {
    type: "AdaptiveCard",
    version: "1.5",
    fallbackText: cardFallbackText(reply),
    body: bodyOf(reply),
    actions: (reply.buttons ?? []).map(actionOf),
  };
  return CardFactory.adaptiveCard(card);
}

/** A button as an Action.Submit whose data carries the button's action after its own data. */
function actionOf(b: NonNullable<Reply["buttons"]>[number]): CardElement {
  // Two literals rather than spreading an optional style object: that made a short-lived
  // object per button, on every card.
  const data = copyWith(b.data, "action", b.action);
  return b.style
    ? { type: "Action.Submit", title: b.label, style: b.style, data }
    : { type: "Action.Submit", title: b.label, data };
}

/** Bodies of shared blocks (see `shareBlocks`), frozen, by tone: a heading's colour depends on it. */
type BodiesByTone = { normal?: CardElement[]; urgent?: CardElement[] };
const bodies = new WeakMap<readonly ReplyBlock[], BodiesByTone>();

function bodyOf(reply: Reply): CardElement[] {
  if (!areSharedBlocks(reply.blocks)) return renderBody(reply);
  const tone = reply.tone === "urgent" ? "urgent" : "normal";
  const byTone = cached(bodies, reply.blocks, (): BodiesByTone => ({}));
  byTone[tone] ??= deepFreeze(renderBody(reply));
  return byTone[tone];
}

function renderBody(reply: Reply): CardElement[] {
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
          ...(reply.tone === "urgent" ? { color: "Attention" } : {}),
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
  return body;
}

/**
 * What a client that cannot show the card shows instead: the gist (heading and first paragraph),
 * every fact (the MASH card's phone numbers, email and hours), and all of an urgent reply's
 * text. Not the whole card again: every Teams client shows Adaptive Cards 1.5, so a full copy
 * was read by nobody, yet it doubled the size of every reply, and the bytes of a reply are most
 * of what a turn costs beyond a text reply (BENCHMARKS.md, "Card size").
 */
export function cardFallbackText(reply: Reply): string {
  const lines: string[] = [];
  let paragraphs = 0;
  for (const block of reply.blocks) {
    if (block.kind === "heading") lines.push(block.text.toUpperCase());
    else if (block.kind === "text" && (paragraphs++ === 0 || reply.tone === "urgent"))
      lines.push(block.text);
    else if (block.kind === "facts")
      for (const f of block.facts) lines.push(`${f.title}: ${f.value}`);
  }
  return lines.join("\n");
}

interface RenderedReply {
  attachment: Attachment;
  summary: string | undefined;
}

/** Shared replies (content-derived, frozen) are rendered once; see `shareReply`. */
const rendered = new WeakMap<Reply, RenderedReply>();

function render(reply: Reply): RenderedReply {
  return {
    attachment: renderAdaptiveCard(reply),
    // Shown in notifications and by clients without card support: the first line.
    summary: replyFirstLine(reply).slice(0, 200),
  };
}

/** A message activity carrying the card, with a plain-text summary for notifications. */
export function replyActivity(reply: Reply): Partial<Activity> {
  let out: RenderedReply | undefined;
  if (isSharedReply(reply)) {
    out = rendered.get(reply);
    if (!out) {
      // Frozen too: the same card object goes out in every turn that sends this reply.
      out = deepFreeze(render(reply));
      rendered.set(reply, out);
    }
  } else out = render(reply);
  // A fresh activity each time: botbuilder fills in its addressing per turn.
  return { type: ActivityTypes.Message, attachments: [out.attachment], summary: out.summary };
}
