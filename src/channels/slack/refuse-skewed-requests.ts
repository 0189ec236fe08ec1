import type { RequestHandler } from "express";
import type { Logger } from "../../log.js";

/** Slack's rule: a request whose timestamp is more than five minutes from now is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * Bolt refuses a signed request whose timestamp is more than five minutes old, but not one
 * stamped in the future, so a request signed with a future timestamp could be replayed for as
 * long as its stamp lies ahead. This runs before Bolt and refuses both directions. It reads the
 * wall clock, as Bolt does (the assistant's own `now` may be a test's chosen day).
 */
export function refuseSkewedRequests(log: Logger, wallClock = () => Date.now()): RequestHandler {
  return (req, res, next) => {
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(stamp) && Math.abs(wallClock() / 1000 - stamp) <= MAX_CLOCK_SKEW_SECONDS) {
      next();
      return;
    }
    log.warn(
      { event: "slack_request_refused", reason: "timestamp missing or more than 5 minutes off" },
      "Slack request refused",
    );
    res.status(401).end();
  };
}
