/**
 * A channel-free description of what the assistant says. Core features return Replies; each
 * channel renders them (Adaptive Cards in Teams, Block Kit in Slack, text in the terminal), so
 * no feature needs to know which channel it is talking to.
 */

export interface Button {
  /** What the person sees, and may also type instead of pressing. */
  label: string;
  /** The command the button stands for, e.g. "mash" or "help"; sent back when pressed. */
  action: string;
  /** Extra fields carried with the press (e.g. a flow step token to detect stale cards). */
  data?: Record<string, string>;
  style?: "positive" | "destructive";
}

export interface Fact {
  title: string;
  value: string;
}

export type ReplyBlock =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string }
  | { kind: "facts"; facts: Fact[] }
  | { kind: "list"; items: string[] }
  /** Small print: sources, dates, caveats. */
  | { kind: "note"; text: string }
  /** Options to tick (multi) or pick one of; submitted together with a button's action. */
  | {
      kind: "choices";
      id: string;
      multi: boolean;
      options: { value: string; label: string }[];
      /** Values shown already chosen (e.g. after going back to a question). */
      selected?: string[];
    };

export interface Reply {
  blocks: ReplyBlock[];
  buttons?: Button[];
  /** Emphasis for the whole reply; an urgent reply is shown with attention styling. */
  tone?: "normal" | "urgent";
}

/**
 * Marks a reply built once from content and then given to every turn that asks for it (the
 * MASH card, help, an article's answer): it is frozen, all the way down, so no turn can change
 * it for everyone, and channels may keep its rendering (see `isSharedReply`).
 */
export function shareReply<T extends Reply>(reply: T): T {
  return deepFreeze(reply);
}

/** A reply from `shareReply`: immutable, so its rendering can be cached by the reply object. */
export function isSharedReply(reply: Reply): boolean {
  return Object.isFrozen(reply);
}

/** Freezes a JSON-shaped value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Blocks shared by many replies: content-derived, built once and deep-frozen (a question of a
 * flow, say, whose buttons carry a per-turn token). Renderers may keep what they make of such a
 * blocks array by its identity, as they do for a whole shared reply.
 */
export function shareBlocks(blocks: ReplyBlock[]): ReplyBlock[] {
  return deepFreeze(blocks);
}

/** Blocks from `shareBlocks` (or a shared reply's): immutable, so their rendering can be kept. */
export function areSharedBlocks(blocks: readonly ReplyBlock[]): boolean {
  return Object.isFrozen(blocks);
}

interface BlocksText {
  /** The blocks' lines, joined. */
  text: string;
  lines: number;
  /** With choices on show, numbers mean choices, so buttons are offered by name only. */
  hasChoices: boolean;
}

const blocksTexts = new WeakMap<readonly ReplyBlock[], BlocksText>();

/** Plain text rendering of a reply: the fallback for every card, and the terminal's view. */
export function replyToText(reply: Reply): string {
  let blocks = areSharedBlocks(reply.blocks) ? blocksTexts.get(reply.blocks) : undefined;
  if (!blocks) {
    blocks = textOfBlocks(reply.blocks);
    if (areSharedBlocks(reply.blocks)) blocksTexts.set(reply.blocks, blocks);
  }
  if (!reply.buttons?.length) return blocks.text;
  const numbered = !blocks.hasChoices;
  const buttons = reply.buttons
    .map((b, i) => (numbered ? `[${i + 1}] ${b.label}` : `[${b.label}]`))
    .join("  ");
  return blocks.lines === 0 ? buttons : `${blocks.text}\n${buttons}`;
}

/**
 * The first line of `replyToText(reply)`, without rendering the rest: a notification's summary
 * needs only this, and a card made for one turn (a result, say) would otherwise be rendered to
 * text in full on every turn just to read its opening.
 */
export function replyFirstLine(reply: Reply): string {
  let hasChoices = false;
  for (const block of reply.blocks) {
    let line: string | undefined;
    switch (block.kind) {
      case "heading":
        line = block.text.toUpperCase();
        break;
      case "text":
      case "note":
        line = block.text;
        break;
      case "facts":
        if (block.facts[0]) line = `${block.facts[0].title}: ${block.facts[0].value}`;
        break;
      case "list":
        if (block.items.length) line = `- ${block.items[0]}`;
        break;
      case "choices": {
        hasChoices = true;
        const o = block.options[0];
        if (o) {
          const on = block.selected?.includes(o.value) ?? false;
          const box = block.multi ? (on ? "[x]" : "[ ]") : on ? "(x)" : "( )";
          line = `  ${box} 1. ${o.label}`;
        }
        break;
      }
    }
    if (line !== undefined) return firstLineOf(line);
  }
  // No lines at all: the text is the buttons (numbered unless there are choices, if empty).
  const buttons = (reply.buttons ?? []).map((b, i) =>
    hasChoices ? `[${b.label}]` : `[${i + 1}] ${b.label}`,
  );
  return firstLineOf(buttons.join("  "));
}

function firstLineOf(text: string): string {
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}

function textOfBlocks(blocks: readonly ReplyBlock[]): BlocksText {
  const lines: string[] = [];
  let hasChoices = false;
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        lines.push(block.text.toUpperCase());
        break;
      case "text":
      case "note":
        lines.push(block.text);
        break;
      case "facts":
        for (const f of block.facts) lines.push(`${f.title}: ${f.value}`);
        break;
      case "list":
        for (const item of block.items) lines.push(`- ${item}`);
        break;
      case "choices":
        hasChoices = true;
        // Numbered, because typed numbers pick choices when a reply has them ("1, 3").
        block.options.forEach((o, i) => {
          const on = block.selected?.includes(o.value) ?? false;
          const box = block.multi ? (on ? "[x]" : "[ ]") : on ? "(x)" : "( )";
          lines.push(`  ${box} ${i + 1}. ${o.label}`);
        });
        break;
    }
  }
  return { text: lines.join("\n"), lines: lines.length, hasChoices };
}
