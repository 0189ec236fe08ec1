import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../log.js";

/**
 * Bolt and the Web API client log through our pino logger. Their debug output can include
 * request bodies (people's messages), so it is dropped; warnings and errors are kept, reduced
 * to strings, which never carry message text.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: "slack" });
  const join = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : typeof m === "string" ? m : "")).join(" ");
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...msg) => child.info({ event: "slack_sdk" }, join(msg)),
    warn: (...msg) => child.warn({ event: "slack_sdk" }, join(msg)),
    error: (...msg) => child.error({ event: "slack_sdk" }, join(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
