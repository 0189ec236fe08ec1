import { createHmac } from "node:crypto";

/**
 * The headers Slack signs a request with (v0: HMAC-SHA256 of "v0:<timestamp>:<body>" under the
 * app's signing secret). On its own, without the Slack test client, for tests whose assistant
 * must reach loopback with nock off.
 */
export function signSlackRequest(
  body: string,
  secret: string,
  ts = Math.floor(Date.now() / 1000),
): { "x-slack-request-timestamp": string; "x-slack-signature": string } {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(ts), "x-slack-signature": signature };
}
