/**
 * Escapes text for Slack mrkdwn. Slack reads `<...>` as links and mentions (`<!channel>`,
 * `<@U123>`), so anyone's text echoed back, such as a case reference or a question, must have
 * `&`, `<` and `>` escaped or it could ping a whole channel. Slack documents these three only.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Escapes, then turns the little Markdown our content uses into mrkdwn: `**bold**` becomes
 * `*bold*` and `[label](https://...)` a Slack link. Only http(s) links without spaces or `|` are
 * made, so no escaped text can turn back into a mention.
 */
export function contentToMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(/\*\*([^*\n]+)\*\*/g, "*$1*")
    .replace(/\[([^\]\n|]+)\]\((https?:\/\/[^\s|()]+)\)/g, "<$2|$1>");
}

/** Cuts text to at most `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
