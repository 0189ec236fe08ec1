import { type Logger, pino } from "pino";
import type { Config } from "./config.js";

export type { Logger };

/**
 * JSON logs. Message text is never logged unless the operator sets LOG_MESSAGE_TEXT=true,
 * because practitioners may type names or other identifying details of children.
 */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    base: { app: "mk-safeguarding-assistant" },
    // Belt and braces: even if a caller passes an activity or text by mistake, redact it.
    redact: {
      paths: ["text", "activity.text", "body.text", "*.text", "value", "activity.value"],
      censor: "[redacted]",
    },
  });
}

/** Returns the text to log for a message: its length only, unless text logging is on. */
export function loggableText(text: string | undefined, logMessageText: boolean) {
  if (text === undefined) return { textLength: 0 };
  return logMessageText
    ? { messageText: text, textLength: text.length }
    : { textLength: text.length };
}

/**
 * The button action to log. Action names come back from the client (a card submit, a Slack
 * button value) and a crafted one could hold a name, so only actions the assistant knew are
 * logged, and only when they look like the identifiers we write ("levels-answer").
 */
export function loggableAction(action: string | undefined, unknown: boolean | undefined) {
  if (action === undefined) return undefined;
  if (unknown || !/^[a-z][a-z0-9]*(?:[-_:.][a-z0-9]+)*$/.test(action) || action.length > 60) {
    return "(unknown)";
  }
  return action;
}
