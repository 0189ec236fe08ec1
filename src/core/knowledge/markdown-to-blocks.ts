import type { ReplyBlock } from "../reply.js";

export type BodyBlock = Extract<ReplyBlock, { kind: "text" } | { kind: "list" }>;

/**
 * Strips inline Markdown so the words read the same on every channel: Slack, the terminal and
 * the CLI's JSON do not understand `**bold**`, and Teams reads plain text well enough.
 */
export function stripInlineMarkdown(text: string): string {
  return (
    text
      // Images and links keep their words; a bare URL link keeps its address.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) =>
        label.trim() === url.trim() ? url : label,
      )
      .replace(/<((?:https?:\/\/|mailto:)[^>]+)>/g, "$1")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
      .replace(/<\/?[a-z][^>]*>/gi, "")
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
      .replace(/[ \t]+/g, " ")
      .trim()
  );
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

/**
 * Splits an article body into channel-free blocks: each paragraph becomes a text block and each
 * run of list items a list block, all with the inline markup removed.
 */
export function markdownToBlocks(markdown: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length)
      blocks.push({ kind: "text", text: stripInlineMarkdown(paragraph.join(" ")) });
    paragraph = [];
  };
  const flushList = () => {
    if (items.length) blocks.push({ kind: "list", items: items.map(stripInlineMarkdown) });
    items = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (line.trim() === "" || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ kind: "text", text: stripInlineMarkdown(heading[1] ?? "") });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      items.push(item[1] ?? "");
      continue;
    }
    if (items.length && /^\s{2,}\S/.test(raw)) {
      // A wrapped continuation of the previous list item.
      items[items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim().replace(/^>\s?/, ""));
  }
  flushParagraph();
  flushList();
  return blocks.filter((b) => (b.kind === "text" ? b.text !== "" : b.items.length > 0));
}

/** Plain text of blocks: paragraphs separated by blank lines, list items on their own lines. */
export function blocksToPlainText(blocks: readonly BodyBlock[]): string {
  return blocks
    .map((b) => (b.kind === "text" ? b.text : b.items.map((i) => `• ${i}`).join("\n")))
    .join("\n\n");
}
