import type { types as SlackTypes } from "@slack/bolt";
import { findContactLinks } from "../../core/content/find-contact-links.js";
import { type Reply, replyToText } from "../../core/reply.js";
import { escapeMrkdwn, contentToMrkdwn as plainMrkdwn, truncate } from "./escape-mrkdwn.js";
import type { SlackMessages } from "./slack-messages.js";

/** The words the renderer adds itself (knowledge/slack/messages.yaml, `render`). */
export type RenderWords = SlackMessages["render"];

/**
 * Content as mrkdwn, with every phone number and email address a `tel:` or `mailto:` link that
 * shows the number in full and never breaks inside it (non-breaking spaces).
 */
function contentToMrkdwn(text: string): string {
  return findContactLinks(text)
    .map((p) => (p.kind === "text" ? plainMrkdwn(p.text) : `<${p.href}|${p.text}>`))
    .join("");
}

export type SlackBlock = SlackTypes.KnownBlock;

/**
 * Block Kit limits. Slack rejects a whole message that breaks any of them (invalid_blocks), and
 * there is no offline validator, so the renderer enforces them and the tests check them.
 */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  id: 255,
  optionText: 75,
  optionValue: 150,
  checkboxOptions: 10,
  selectOptions: 100,
  contextElements: 10,
  /** The top-level text is what notifications show; Slack truncates it far later, at 40,000. */
  fallbackText: 3000,
} as const;

/** Prefix of the action_id of a choice element; its selection is read back from state.values. */
export const CHOICE_ACTION_PREFIX = "choice:";
/** Prefix of the action_id of a reply button; its value is JSON `{action, ...data}`. */
export const BUTTON_ACTION_PREFIX = "btn:";

export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks; escaped mrkdwn. */
  text: string;
  blocks: SlackBlock[];
}

/** Renders one or more channel-free replies as one Slack message (slash command answers carry one). */
export function renderMessage(
  replies: Reply[],
  words: RenderWords,
  options: { maxBlocks?: number } = {},
): SlackMessage {
  const maxBlocks = options.maxBlocks ?? LIMITS.messageBlocks;
  const content: SlackBlock[] = [];
  const actions: SlackBlock[] = [];
  replies.forEach((reply, index) => {
    if (index > 0) content.push({ type: "divider" });
    const rendered = renderReplyBlocks(reply, words, index);
    content.push(...rendered.content);
    // Buttons of the last reply stay at the bottom; earlier replies keep theirs in place.
    if (index === replies.length - 1) actions.push(...rendered.actions);
    else content.push(...rendered.actions);
  });
  return {
    text: fallbackText(replies),
    blocks: fitBlocks(content, actions, maxBlocks, words),
  };
}

export function fallbackText(replies: Reply[]): string {
  const text = escapeMrkdwn(replies.map(replyToText).join("\n\n")).trim();
  // Slack refuses a message with neither text nor blocks; this is never expected to show.
  return truncate(text || "…", LIMITS.fallbackText);
}

/**
 * Keeps a message within the block limit without losing its buttons: content is cut first and
 * a note says so, since the buttons are how the person carries on.
 */
export function fitBlocks(
  content: SlackBlock[],
  actions: SlackBlock[],
  max: number,
  words: RenderWords,
): SlackBlock[] {
  if (content.length + actions.length <= max) return [...content, ...actions];
  const keepActions = actions.slice(0, Math.max(0, max - 2));
  const room = max - keepActions.length - 1;
  return [
    ...content.slice(0, Math.max(0, room)),
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `_${escapeMrkdwn(words.cutShort)}_` }],
    },
    ...keepActions,
  ];
}

/** The blocks of one reply: its content, and its buttons (kept apart so callers can place them). */
export function renderReplyBlocks(
  reply: Reply,
  words: RenderWords,
  index = 0,
): { content: SlackBlock[]; actions: SlackBlock[] } {
  const content: SlackBlock[] = [];
  let choiceCount = 0;
  for (const block of reply.blocks) {
    switch (block.kind) {
      case "emergency":
        // First and largest: a header (the biggest text Slack draws), then a link that calls.
        content.push(
          {
            type: "header",
            text: {
              type: "plain_text",
              text: truncate(`🚨 ${block.text}`, LIMITS.headerText),
              emoji: true,
            },
          },
          {
            type: "section",
            text: { type: "mrkdwn", text: `*<tel:999|${escapeMrkdwn(block.call)}>*` },
          },
        );
        break;
      case "heading": {
        if (block.text.trim() === "") break;
        const text = reply.tone === "urgent" ? `⚠️ ${block.text}` : block.text;
        if (text.length <= LIMITS.headerText) {
          // Header text is plain_text, which Slack never reads as mentions, so it needs no escaping.
          content.push({ type: "header", text: { type: "plain_text", text, emoji: true } });
        } else {
          content.push(...sections(`*${escapeMrkdwn(text)}*`));
        }
        break;
      }
      case "text":
        content.push(...sections(contentToMrkdwn(block.text)));
        break;
      case "list":
        content.push(
          ...sections(block.items.map((item) => `• ${contentToMrkdwn(item)}`).join("\n")),
        );
        break;
      case "facts":
        for (let i = 0; i < block.facts.length; i += LIMITS.fields) {
          content.push({
            type: "section",
            fields: block.facts.slice(i, i + LIMITS.fields).map((f) => ({
              type: "mrkdwn" as const,
              text: truncate(
                `*${escapeMrkdwn(f.title)}*\n${contentToMrkdwn(f.value)}`,
                LIMITS.fieldText,
              ),
            })),
          });
        }
        break;
      case "note":
        if (block.text.trim() === "") break;
        for (const chunk of splitText(contentToMrkdwn(block.text), LIMITS.sectionText)) {
          content.push({ type: "context", elements: [{ type: "mrkdwn", text: chunk }] });
        }
        break;
      case "choices":
        content.push(...renderChoices(block, index, choiceCount++, words));
        break;
    }
  }
  return { content, actions: renderButtons(reply, index) };
}

function sections(mrkdwn: string): SlackBlock[] {
  // Slack rejects an empty text object, so blank content renders as nothing.
  if (mrkdwn.trim() === "") return [];
  return splitText(mrkdwn, LIMITS.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text },
  }));
}

/** Splits long text at line breaks, then spaces, so each part fits a block. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts.filter((p) => p.trim() !== "");
}

type ChoicesBlock = Extract<Reply["blocks"][number], { kind: "choices" }>;

/**
 * Choices become checkboxes (multi) or radio buttons in an actions block, read back from
 * state.values when the reply's first button is pressed. Option text is capped at 75
 * characters, so when a label is longer the full wording is listed above as well.
 */
function renderChoices(
  block: ChoicesBlock,
  replyIndex: number,
  n: number,
  words: RenderWords,
): SlackBlock[] {
  const out: SlackBlock[] = [];
  const letter = (i: number) => String.fromCharCode(97 + i);
  const long = block.options.some((o) => o.label.length > LIMITS.optionText - 4);
  if (long) {
    out.push(
      ...sections(
        block.options.map((o, i) => `*${letter(i)}.* ${escapeMrkdwn(o.label)}`).join("\n"),
      ),
    );
  }
  const options = block.options.slice(0, LIMITS.selectOptions).map((o, i) => ({
    text: {
      type: "plain_text" as const,
      text: truncate(
        long ? `${letter(i)}. ${o.label}` : o.label.trim() || o.value.trim() || "–",
        LIMITS.optionText,
      ),
    },
    value: truncate(o.value, LIMITS.optionValue),
  }));
  // Answers given before (after going back) show ticked, and are sent again with Next.
  const initial = options.filter((o) => block.selected?.includes(o.value));
  const actionId = truncate(`${CHOICE_ACTION_PREFIX}${block.id}`, LIMITS.id);
  const blockId = truncate(`r${replyIndex}c${n}:${block.id}`, LIMITS.id);
  const placeholder = { type: "plain_text" as const, text: truncate(words.choose, 150) };
  let element: SlackTypes.ActionsBlockElement;
  if (options.length <= LIMITS.checkboxOptions) {
    element = block.multi
      ? { type: "checkboxes", action_id: actionId, options }
      : { type: "radio_buttons", action_id: actionId, options };
  } else {
    element = block.multi
      ? { type: "multi_static_select", action_id: actionId, options, placeholder }
      : { type: "static_select", action_id: actionId, options, placeholder };
  }
  if (initial.length > 0) {
    if (element.type === "checkboxes" || element.type === "multi_static_select")
      element.initial_options = initial;
    else if (element.type === "radio_buttons" || element.type === "static_select")
      element.initial_option = initial[0];
  }
  out.push({ type: "actions", block_id: blockId, elements: [element] });
  return out;
}

function renderButtons(reply: Reply, replyIndex: number): SlackBlock[] {
  const buttons = (reply.buttons ?? []).map(
    (b, i): SlackTypes.Button => ({
      type: "button",
      action_id: `${BUTTON_ACTION_PREFIX}${replyIndex}:${i}`,
      text: {
        type: "plain_text",
        text: truncate(b.label.trim() || b.action.trim() || "–", LIMITS.buttonText),
        emoji: true,
      },
      value: buttonValue(b.action, b.data),
      ...(b.style === "positive"
        ? { style: "primary" as const }
        : b.style === "destructive"
          ? { style: "danger" as const }
          : {}),
    }),
  );
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    blocks.push({
      type: "actions",
      block_id: `r${replyIndex}b${i / LIMITS.actionsElements}`,
      elements: buttons.slice(i, i + LIMITS.actionsElements),
    });
  }
  return blocks;
}

/** A button's value: `{action, ...data}` as JSON, like the Teams card's submit data. */
export function buttonValue(action: string, data?: Record<string, string>): string {
  const full = JSON.stringify({ ...data, action });
  // Data that does not fit is dropped; the press then reads as an old button, kindly answered.
  return full.length <= LIMITS.buttonValue ? full : JSON.stringify({ action });
}
