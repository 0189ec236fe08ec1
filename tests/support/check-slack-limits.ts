import { LIMITS, type SlackBlock } from "../../src/channels/slack/render-blocks.js";

type AnyBlock = Record<string, unknown> & { type: string };

/** Checks every Block Kit limit we know of; Slack offers no offline validator. */
export function checkLimits(
  blocks: SlackBlock[],
  maxBlocks: number = LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks`);
  const ids = new Set<string>();
  for (const raw of blocks as unknown as AnyBlock[]) {
    const b = raw as AnyBlock & {
      block_id?: string;
      text?: { text: string };
      fields?: { text: string }[];
      elements?: AnyBlock[];
      accessory?: unknown;
    };
    if (b.block_id) {
      if (b.block_id.length > LIMITS.id) problems.push("block_id too long");
      if (ids.has(b.block_id)) problems.push(`duplicate block_id ${b.block_id}`);
      ids.add(b.block_id);
    }
    if (b.type === "header" && (b.text?.text.length ?? 0) > LIMITS.headerText)
      problems.push("header too long");
    if (b.type === "header" && !b.text?.text.trim()) problems.push("empty header");
    if (b.type === "section") {
      if (!b.text && !b.fields) problems.push("empty section");
      if ((b.text?.text.length ?? 0) > LIMITS.sectionText) problems.push("section text too long");
      if (b.text && !b.text.text.trim()) problems.push("empty section text");
      if ((b.fields?.length ?? 0) > LIMITS.fields) problems.push("too many fields");
      for (const f of b.fields ?? [])
        if (f.text.length > LIMITS.fieldText) problems.push("field too long");
      const accessory = b.accessory as AnyBlock | undefined;
      if (accessory?.type === "button") {
        const text = (accessory.text as { text?: string } | undefined)?.text ?? "";
        if (text.length > LIMITS.buttonText) problems.push("accessory button text too long");
        if (!text.trim()) problems.push("empty accessory button text");
        if (String(accessory.value ?? "").length > LIMITS.buttonValue)
          problems.push("accessory button value too long");
        if (String(accessory.action_id).length > LIMITS.id) problems.push("action_id too long");
      }
    }
    if (b.type === "context") {
      if ((b.elements?.length ?? 0) > LIMITS.contextElements)
        problems.push("too many context elements");
      for (const e of b.elements ?? []) {
        if (String(e.text).length > LIMITS.sectionText) problems.push("context too long");
        if (!String(e.text).trim()) problems.push("empty context");
      }
    }
    if (b.type === "actions") {
      if ((b.elements?.length ?? 0) > LIMITS.actionsElements) problems.push("too many elements");
      if ((b.elements?.length ?? 0) === 0) problems.push("empty actions");
      const actionIds = new Set<string>();
      for (const e of b.elements ?? []) {
        const id = String(e.action_id);
        if (id.length > LIMITS.id) problems.push("action_id too long");
        if (actionIds.has(id)) problems.push(`duplicate action_id ${id}`);
        actionIds.add(id);
        if (e.type === "button") {
          if ((e.text as { text: string }).text.length > LIMITS.buttonText)
            problems.push("button text too long");
          if (!(e.text as { text: string }).text.trim()) problems.push("empty button text");
          if (String(e.value).length > LIMITS.buttonValue) problems.push("button value too long");
        }
        const options =
          (e.options as { text: { text: string }; value: string }[] | undefined) ?? [];
        const max =
          e.type === "checkboxes" || e.type === "radio_buttons"
            ? LIMITS.checkboxOptions
            : LIMITS.selectOptions;
        if (options.length > max) problems.push(`${options.length} options in ${e.type}`);
        for (const o of options) {
          if (o.text.text.length > LIMITS.optionText) problems.push("option text too long");
          if (!o.text.text.trim()) problems.push("empty option text");
          if (o.value.length > LIMITS.optionValue) problems.push("option value too long");
        }
      }
    }
  }
  return problems;
}

/**
 * A whole message as sent to Slack (an ack, a response_url post, chat.postMessage): its blocks
 * within the limits and a non-empty top-level text, which notifications and screen readers use.
 */
export function checkSlackMessage(
  message: { text?: unknown; blocks?: unknown },
  maxBlocks: number = LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  if (typeof message.text !== "string" || message.text.trim() === "")
    problems.push("no text fallback");
  else if (message.text.length > LIMITS.fallbackText) problems.push("text fallback too long");
  if (message.blocks !== undefined) {
    if (!Array.isArray(message.blocks)) problems.push("blocks is not an array");
    else problems.push(...checkLimits(message.blocks as SlackBlock[], maxBlocks));
  }
  return problems;
}
