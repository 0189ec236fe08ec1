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
  /**
   * "Call 999": the first and largest thing on a reply about a child who may be in danger. Each
   * channel draws it as big as it can, with a way to call straight from it.
   */
  | {
      kind: "emergency";
      text: string /** The label of the button (or link) that calls 999. */;
      call: string;
    }
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

/** Plain text rendering of a reply: the fallback for every card, and the terminal's view. */
export function replyToText(reply: Reply): string {
  const lines: string[] = [];
  let hasChoices = false;
  for (const block of reply.blocks) {
    switch (block.kind) {
      case "emergency":
        lines.push(`!! ${block.text.toUpperCase()} !!`);
        break;
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
  if (reply.buttons?.length) {
    // With choices on show, numbers mean choices, so buttons are offered by name only.
    lines.push(
      reply.buttons
        .map((b, i) => (hasChoices ? `[${b.label}]` : `[${i + 1}] ${b.label}`))
        .join("  "),
    );
  }
  return lines.join("\n");
}
