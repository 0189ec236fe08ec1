import { type Logger, pino } from "pino";
import type { Config } from "./config.js";

export type { Logger };

/**
 * JSON logs. Message text is never logged unless the operator sets LOG_MESSAGE_TEXT=true,
 * because practitioners may type names or other identifying details of children.
 */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { app: "mk-safeguarding-assistant" },
      // Belt and braces: even if a caller passes an activity or text by mistake, redact it.
      redact: {
        paths: ["text", "activity.text", "body.text", "*.text", "value", "activity.value"],
        censor: "[redacted]",
      },
    },
    // Written before the next step, not buffered: a process killed a moment later (an OOM kill,
    // a second instance's SIGKILL) still leaves its last lines, such as "reminder recorded
    // without sending it again", for the operator.
    pino.destination({ dest: 1, sync: true }),
  );
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

/** How much of a library's console line reaches the log: its first line, this long at most (a
 * library can quote what a client sent; this is enough to recognise the message by). */
const CONSOLE_LINE_LIMIT = 80;

/** The logs console output goes to, newest last (more than one only when a process, such as a
 * test run, has several assistants running at once), and the console as it was before. */
const consoleLogs: Logger[] = [];
let originalConsole: { error: typeof console.error; warn: typeof console.warn } | undefined;

function consoleToLog(...args: unknown[]): void {
  const log = consoleLogs.at(-1);
  if (!log) return;
  const first = args[0];
  const text =
    first instanceof Error
      ? `${first.name}: ${first.message}`
      : args.map((a) => (typeof a === "string" ? a : String(a))).join(" ");
  const line = text.split("\n", 1)[0] ?? "";
  log.warn(
    { event: "library_console", line: line.slice(0, CONSOLE_LINE_LIMIT) },
    "a library printed a warning",
  );
}

/**
 * Sends what libraries print with console.error and console.warn to the structured log, as one
 * warning each. botbuilder and its connector print every refused token that way: a stack, or a
 * multi-line dump of the signing key, on stderr and outside the JSON log, for each request
 * anyone sends. Only the first line is kept (an error's name and message; never its stack), so
 * a probe cannot flood the log. Returns a function that stops sending to this log; when no log
 * is left, the console is put back as it was (unless something else has replaced it since).
 */
export function routeConsoleToLog(log: Logger): () => void {
  if (consoleLogs.length === 0) {
    originalConsole = { error: console.error, warn: console.warn };
    console.error = consoleToLog;
    console.warn = consoleToLog;
  }
  consoleLogs.push(log);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    consoleLogs.splice(consoleLogs.lastIndexOf(log), 1);
    if (consoleLogs.length > 0 || !originalConsole) return;
    if (console.error === consoleToLog) console.error = originalConsole.error;
    if (console.warn === consoleToLog) console.warn = originalConsole.warn;
    originalConsole = undefined;
  };
}
