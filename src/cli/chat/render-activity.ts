/**
 * Renders a Bot Framework activity, as the bot sent it over the wire, as readable terminal text.
 * Pure: no I/O and nothing from the bot's own code, so the terminal chat sees exactly what a
 * Teams client would see and shows it the way a person would read it.
 */

export type Json = Record<string, unknown>;

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
const HERO_CARD = "application/vnd.microsoft.card.hero";
const THUMBNAIL_CARD = "application/vnd.microsoft.card.thumbnail";

/** A button the person can press with /press: what pressing it sends (or shows). */
export type ChatButton =
  | { kind: "submit"; label: string; data: unknown }
  | { kind: "execute"; label: string; verb?: string; data: unknown }
  | { kind: "openUrl"; label: string; url: string }
  | { kind: "showCard"; label: string; card: Json }
  /** Hero-card and suggested actions: imBack/postBack send text, messageBack text and value. */
  | { kind: "message"; label: string; text?: string; value?: unknown };

export interface ChoiceInput {
  id: string;
  multi: boolean;
  options: { title: string; value: string }[];
}

export interface RenderedActivity {
  /** What to print; empty for activities a person would not see (typing indicators). */
  text: string;
  buttons: ChatButton[];
  /** The choice sets on the card, in order; their options are numbered 1..n. */
  choiceSets: ChoiceInput[];
  /** Every input's id and initial value, submitted with Action.Submit as Adaptive Cards do. */
  inputs: Record<string, string>;
  /** "choices" when the options carry the numbers and buttons go by label; the bot's own rule. */
  numbered: "buttons" | "choices" | "none";
}

export interface RenderOptions {
  /** ANSI styling (bold headings, dim small print). Off gives plain text with upper-case headings. */
  color?: boolean;
  /** Wrap long lines at this many columns; no wrapping when unset. */
  width?: number;
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Style = { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), cyan: ansi(36, 39) };
const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, cyan: (s) => s };

interface Context {
  style: Style;
  color: boolean;
  width?: number;
  lines: string[];
  buttons: ChatButton[];
  choiceSets: ChoiceInput[];
  inputs: Record<string, string>;
}

export function renderActivity(activity: unknown, options: RenderOptions = {}): RenderedActivity {
  const color = options.color ?? false;
  const ctx: Context = {
    style: color ? COLOR : PLAIN,
    color,
    width: options.width,
    lines: [],
    buttons: [],
    choiceSets: [],
    inputs: {},
  };
  const a = isObject(activity) ? activity : {};
  const type = str(a.type);

  if (type === "message" || type === undefined) {
    const text = str(a.text);
    if (text && text.trim() !== "") ctx.lines.push(...formatMarkdown(text, ctx).split("\n"));
    const attachments = Array.isArray(a.attachments) ? a.attachments : [];
    for (const att of attachments) {
      if (!isObject(att)) continue;
      if (ctx.lines.length > 0) ctx.lines.push("");
      renderAttachment(att, ctx);
    }
    const suggested = isObject(a.suggestedActions) ? a.suggestedActions.actions : undefined;
    if (Array.isArray(suggested)) for (const s of suggested) addCardAction(s, ctx);
  } else if (type === "endOfConversation") {
    ctx.lines.push(ctx.style.dim("(The assistant ended the conversation.)"));
  }
  // typing, event, trace and the rest: nothing a person would see.

  const numbered =
    ctx.buttons.length === 0 && ctx.choiceSets.length === 0
      ? "none"
      : ctx.choiceSets.length > 0
        ? "choices"
        : "buttons";
  if (ctx.buttons.length > 0) {
    const labels = ctx.buttons.map((b, i) =>
      ctx.style.cyan(numbered === "buttons" ? `[${i + 1}] ${b.label}` : `[${b.label}]`),
    );
    if (ctx.lines.length > 0) ctx.lines.push("");
    ctx.lines.push(labels.join("  "));
  }

  const lines = trimBlankEdges(ctx.lines);
  // Numbers are kept whole by non-breaking spaces while lines are wrapped, then shown plainly.
  const text = (options.width ? lines.flatMap((l) => wrapLine(l, options.width ?? 0)) : lines)
    .join("\n")
    .replace(/\u00a0/g, " ")
    .trimEnd();
  return {
    text,
    buttons: ctx.buttons,
    choiceSets: ctx.choiceSets,
    inputs: ctx.inputs,
    numbered,
  };
}

function renderAttachment(att: Json, ctx: Context): void {
  const contentType = str(att.contentType);
  const content = isObject(att.content) ? att.content : undefined;
  if (contentType === ADAPTIVE_CARD && content) {
    renderAdaptiveCard(content, ctx);
  } else if ((contentType === HERO_CARD || contentType === THUMBNAIL_CARD) && content) {
    const title = str(content.title);
    if (title) ctx.lines.push(heading(title, ctx));
    const subtitle = str(content.subtitle);
    if (subtitle) ctx.lines.push(subtitle);
    const text = str(content.text);
    if (text) ctx.lines.push(...formatMarkdown(text, ctx).split("\n"));
    if (Array.isArray(content.buttons)) for (const b of content.buttons) addCardAction(b, ctx);
  } else {
    const name = str(att.name) ?? contentType ?? "attachment";
    const url = str(att.contentUrl);
    ctx.lines.push(ctx.style.dim(`[attachment: ${name}${url ? ` ${url}` : ""}]`));
  }
}

/** Walks an Adaptive Card: body elements in order, then the card's own actions. */
function renderAdaptiveCard(card: Json, ctx: Context): void {
  const before = ctx.lines.length;
  const body = Array.isArray(card.body) ? card.body : [];
  for (const el of body) renderElement(el, ctx, "");
  const fallback = str(card.fallbackText);
  if (ctx.lines.length === before && fallback) ctx.lines.push(...fallback.split("\n"));
  const actions = Array.isArray(card.actions) ? card.actions : [];
  for (const action of actions) addAdaptiveAction(action, ctx);
}

function renderElement(raw: unknown, ctx: Context, indent: string): void {
  if (!isObject(raw)) return;
  if (raw.isVisible === false) return;
  const { style } = ctx;
  const push = (line: string) => ctx.lines.push(indent + line);
  if (raw.separator === true && ctx.lines.length > 0) ctx.lines.push("");

  switch (raw.type) {
    case "TextBlock": {
      const text = str(raw.text);
      if (!text) return;
      const isHeading = raw.style === "heading" || lower(raw.weight) === "bolder";
      const isSmallPrint = raw.isSubtle === true || lower(raw.size) === "small";
      // A blank line before headings and small print keeps a long card easy to scan.
      if ((isHeading || isSmallPrint) && ctx.lines.length > 0 && ctx.lines.at(-1) !== "") {
        ctx.lines.push("");
      }
      let out = isHeading ? heading(text, ctx) : formatMarkdown(text, ctx);
      if (isSmallPrint) out = style.dim(out);
      if (lower(raw.color) === "attention") out = style.red(out);
      for (const line of out.split("\n")) push(line);
      return;
    }
    case "RichTextBlock": {
      const inlines = Array.isArray(raw.inlines) ? raw.inlines : [];
      const text = inlines
        .map((i) => (typeof i === "string" ? i : isObject(i) ? (str(i.text) ?? "") : ""))
        .join("");
      if (text) for (const line of text.split("\n")) push(line);
      return;
    }
    case "FactSet": {
      const facts = (Array.isArray(raw.facts) ? raw.facts : []).filter(isObject).map((f) => ({
        title: str(f.title) ?? "",
        value: str(f.value) ?? "",
      }));
      const width = Math.max(0, ...facts.map((f) => f.title.length + 1));
      // Values wrap under themselves, not under the titles, so the column stays readable.
      const valueWidth = ctx.width ? ctx.width - indent.length - width - 1 : 0;
      for (const f of facts) {
        const [first = "", ...rest] = formatMarkdown(f.value, ctx)
          .split("\n")
          .flatMap((l) => (valueWidth >= 20 ? wrapLine(l, valueWidth) : [l]));
        const title = `${f.title}:`.padEnd(width);
        push(`${ctx.color ? style.bold(title) : title} ${first}`);
        for (const line of rest) push(`${" ".repeat(width + 1)}${line}`);
      }
      return;
    }
    case "Input.ChoiceSet": {
      const id = str(raw.id) ?? `choice${ctx.choiceSets.length + 1}`;
      const multi = raw.isMultiSelect === true;
      const options = (Array.isArray(raw.choices) ? raw.choices : []).filter(isObject).map((c) => ({
        title: str(c.title) ?? str(c.value) ?? "",
        value: str(c.value) ?? str(c.title) ?? "",
      }));
      const initial = str(raw.value);
      if (initial) ctx.inputs[id] = initial;
      const picked = new Set((initial ?? "").split(",").filter((v) => v !== ""));
      const label = str(raw.label);
      if (label) push(formatMarkdown(label, ctx));
      options.forEach((o, i) => {
        const on = picked.has(o.value);
        const box = multi ? (on ? "[x]" : "[ ]") : on ? "(*)" : "( )";
        push(`  ${String(i + 1).padStart(String(options.length).length)}. ${box} ${o.title}`);
      });
      ctx.choiceSets.push({ id, multi, options });
      return;
    }
    case "Input.Text":
    case "Input.Number":
    case "Input.Date":
    case "Input.Time": {
      const id = str(raw.id);
      const value = raw.value === undefined ? undefined : String(raw.value);
      if (id && value !== undefined && value !== "") ctx.inputs[id] = value;
      const label = str(raw.label) ?? str(raw.placeholder) ?? id ?? "input";
      push(style.dim(`[${label}${value ? `: ${value}` : ""}]`));
      return;
    }
    case "Input.Toggle": {
      const id = str(raw.id);
      const on = str(raw.value) === (str(raw.valueOn) ?? "true");
      if (id) ctx.inputs[id] = on ? (str(raw.valueOn) ?? "true") : (str(raw.valueOff) ?? "false");
      push(`${on ? "[x]" : "[ ]"} ${str(raw.title) ?? str(raw.label) ?? id ?? ""}`);
      return;
    }
    case "Image": {
      const alt = str(raw.altText);
      if (alt) push(style.dim(`[image: ${alt}]`));
      return;
    }
    case "Container":
      for (const item of arr(raw.items)) renderElement(item, ctx, indent);
      return;
    case "ColumnSet":
      for (const column of arr(raw.columns)) {
        if (isObject(column))
          for (const item of arr(column.items)) renderElement(item, ctx, indent);
      }
      return;
    case "Table":
      for (const row of arr(raw.rows)) {
        if (!isObject(row)) continue;
        const cells = arr(row.cells).map((cell) => {
          const sub: Context = { ...ctx, lines: [] };
          if (isObject(cell)) for (const item of arr(cell.items)) renderElement(item, sub, "");
          return sub.lines.join(" ");
        });
        push(cells.join(" | "));
      }
      return;
    case "ActionSet":
      for (const action of arr(raw.actions)) {
        // "Call 999", "Call 01908 253169": a phone's tap target for a number the card already
        // shows in its text, so the terminal leaves it out rather than number it as a button.
        if (
          isObject(action) &&
          action.type === "Action.OpenUrl" &&
          /^(tel|mailto):/.test(str(action.url) ?? "")
        )
          continue;
        addAdaptiveAction(action, ctx);
      }
      return;
    default:
      // An element this client does not know: show its declared fallback, as a card host would.
      if (isObject(raw.fallback)) renderElement(raw.fallback, ctx, indent);
  }
}

function addAdaptiveAction(raw: unknown, ctx: Context): void {
  if (!isObject(raw) || raw.isEnabled === false) return;
  const label = str(raw.title) ?? str(raw.verb) ?? "(untitled button)";
  switch (raw.type) {
    case "Action.Submit":
      ctx.buttons.push({ kind: "submit", label, data: raw.data });
      return;
    case "Action.Execute":
      ctx.buttons.push({ kind: "execute", label, verb: str(raw.verb), data: raw.data });
      return;
    case "Action.OpenUrl": {
      const url = str(raw.url);
      if (url) ctx.buttons.push({ kind: "openUrl", label, url });
      return;
    }
    case "Action.ShowCard":
      if (isObject(raw.card)) ctx.buttons.push({ kind: "showCard", label, card: raw.card });
      return;
    default:
      // Action.ToggleVisibility and unknown actions change nothing the terminal can show.
      return;
  }
}

/** Hero cards and suggested actions use the older CardAction shape. */
function addCardAction(raw: unknown, ctx: Context): void {
  if (!isObject(raw)) return;
  const label = str(raw.title) ?? (typeof raw.value === "string" ? raw.value : "(untitled)");
  const type = str(raw.type);
  if (type === "openUrl" && typeof raw.value === "string") {
    ctx.buttons.push({ kind: "openUrl", label, url: raw.value });
  } else if (type === "imBack" || type === "postBack") {
    ctx.buttons.push({ kind: "message", label, text: String(raw.value ?? label) });
  } else if (type === "messageBack") {
    ctx.buttons.push({ kind: "message", label, text: str(raw.text), value: raw.value });
  }
}

function heading(text: string, ctx: Context): string {
  const plain = stripMarkdown(text);
  return ctx.color ? ctx.style.bold(plain) : plain.toUpperCase();
}

/** The Markdown subset Adaptive Cards allow: **bold**, _italic_ and [links](url). */
function formatMarkdown(text: string, ctx: Context): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) =>
      // A phone number or email address reads as itself; its tel:/mailto: link adds nothing here.
      label === url || /^(tel|mailto):/.test(url) ? label : `${label} (${url})`,
    )
    .replace(/\*\*([^*]+)\*\*/g, (_m, inner: string) =>
      ctx.color ? ctx.style.bold(inner) : inner,
    );
}

function stripMarkdown(text: string): string {
  return text.replace(/\*\*([^*]+)\*\*/g, "$1");
}

/** Word-wraps one line, keeping its indent (and a list marker's hanging indent). */
export function wrapLine(line: string, width: number): string[] {
  if (width < 20 || visibleLength(line) <= width) return [line];
  const lead = /^(\s*(?:[-*]\s+|\d+\.\s+(?:\[[ x]\]|\([ *]\))?\s*)?)/.exec(line)?.[1] ?? "";
  const hang = " ".repeat(visibleLength(lead));
  const words = line.slice(lead.length).split(" ");
  const out: string[] = [];
  let current = lead;
  let currentHasWord = false;
  for (const word of words) {
    const candidate = currentHasWord ? `${current} ${word}` : `${current}${word}`;
    if (visibleLength(candidate) > width && currentHasWord) {
      out.push(current);
      current = hang + word;
    } else {
      current = candidate;
    }
    currentHasWord = true;
  }
  out.push(current);
  return out;
}

function visibleLength(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
  return s.replace(/\u001b\[\d+m/g, "").length;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === "") start++;
  while (end > start && lines[end - 1]?.trim() === "") end--;
  return lines.slice(start, end);
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function lower(v: unknown): string | undefined {
  return typeof v === "string" ? v.toLowerCase() : undefined;
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
