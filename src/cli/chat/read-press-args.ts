import type { ChatButton, RenderedActivity } from "./render-activity.js";

/**
 * The terminal's /press: which button of the last card is meant (by number or label) and which
 * of its options are picked, read as the bot reads typed answers.
 */

/** A /press that names no button on the last card, or a selection that names no option. */
export class PressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PressError";
  }
}

/** Finds a button by its number (order on the card) or its label, ignoring case and punctuation. */
export function findButton(rendered: RenderedActivity, ref: string): ChatButton {
  const buttons = rendered.buttons;
  const list = buttons.map((b, i) => `[${i + 1}] ${b.label}`).join("  ");
  const typed = norm(ref);
  if (/^\d{1,3}$/.test(typed)) {
    const button = buttons[Number(typed) - 1];
    if (button) return button;
    throw new PressError(`There is no button ${typed} on the last card. Its buttons: ${list}`);
  }
  const exact = buttons.find((b) => norm(b.label) === typed);
  if (exact) return exact;
  const prefixed = buttons.filter((b) => typed !== "" && norm(b.label).startsWith(typed));
  if (prefixed.length === 1 && prefixed[0]) return prefixed[0];
  throw new PressError(`No button called "${ref.trim()}" on the last card. Its buttons: ${list}`);
}

/**
 * Splits what follows /press into the button and an optional selection of options:
 * "2" -> button 2; "Next 1, 3" -> button "Next" with options 1 and 3; "2 1,3" likewise by number.
 * The longest button label the text starts with wins, so labels may contain spaces.
 */
export function splitPressArgs(
  rendered: RenderedActivity,
  args: string,
): { ref: string; selection?: string } {
  const text = args.trim();
  const byNumber = /^(\d{1,3})(?:\s+(.*))?$/s.exec(text);
  if (byNumber?.[1]) return { ref: byNumber[1], selection: byNumber[2]?.trim() || undefined };
  const labels = rendered.buttons
    .map((b) => b.label)
    .filter((label) => norm(text).startsWith(norm(label)) && norm(label) !== "")
    .sort((a, b) => b.length - a.length);
  const label = labels[0];
  if (label) {
    // Drop as many words from the front as the label has, keeping the rest as the selection.
    const words = text.split(/\s+/);
    const labelWords = norm(label).split(" ").length;
    const selection = words.slice(labelWords).join(" ").trim();
    if (norm(words.slice(0, labelWords).join(" ")) === norm(label)) {
      return { ref: label, selection: selection || undefined };
    }
  }
  return { ref: text };
}

/** "1, 3", "1 and 3" or option labels, as the bot accepts when they are typed. */
export function pickOptions(selection: string, choiceSet: RenderedActivity["choiceSets"][number]) {
  const whole = norm(selection);
  const exact = choiceSet.options.find((o) => norm(o.title) === whole || norm(o.value) === whole);
  if (exact) return [exact.value];
  const values: string[] = [];
  const parts = selection
    .split(/,|;|\band\b|\s+(?=\d)/i)
    .map(norm)
    .filter((p) => p !== "");
  for (const part of parts) {
    const option = /^\d{1,3}$/.test(part)
      ? choiceSet.options[Number(part) - 1]
      : choiceSet.options.find((o) => norm(o.title) === part || norm(o.value) === part);
    if (!option) {
      throw new PressError(
        `"${part}" is not one of the options (1 to ${choiceSet.options.length}).`,
      );
    }
    if (!values.includes(option.value)) values.push(option.value);
  }
  if (!choiceSet.multi && values.length > 1) {
    throw new PressError("Only one option can be chosen on this card.");
  }
  return values;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
