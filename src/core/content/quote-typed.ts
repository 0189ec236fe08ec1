/**
 * Makes text that someone typed safe to place inside our content's Markdown. Replies quote what
 * was typed ("I don't know '/rapidreview ...'"), and channels turn `[label](https://...)` in
 * content into a link, so a typed `[click](https://evil.example)` would come back as a link that
 * hides where it goes. A zero-width space between `]` and `(` leaves the words as typed but
 * stops any renderer reading them as a link. (Slack's own `<...>` syntax is escaped by the Slack
 * renderer for all text.)
 */
export function quoteTyped(text: string): string {
  return text.replace(/\]\(/g, "]\u200b(");
}
