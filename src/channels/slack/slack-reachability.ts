import type { Logger } from "../../log.js";

/** Slack's answers to auth.test that mean the token itself is refused: fixing it needs a person. */
const TOKEN_REFUSED =
  /^(invalid_auth|not_authed|token_revoked|token_expired|account_inactive|not_allowed_token_type|no_permission|missing_scope|ekm_access_denied|team_access_not_granted|org_login_required)$/;

export type SlackLink =
  | { state: "checking" }
  | { state: "connected"; botId?: string; botUserId?: string }
  /** Slack answered and refused SLACK_BOT_TOKEN. */
  | { state: "token-refused"; code: string }
  /** Slack could not be reached or did not answer properly: network, timeout, 5xx, rate limit. */
  | { state: "unreachable"; code: string };

export interface SlackHealth {
  ok: boolean;
  /** One line an operator can act on. */
  detail: string;
  state: SlackLink["state"];
}

/** Why a Web API call failed, as "refused" (the token) or "unreachable" (anything in between). */
export function classifySlackFailure(err: unknown): SlackLink {
  const e = err as {
    code?: string;
    data?: { error?: unknown };
    statusCode?: number;
    original?: { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  };
  if (e?.code === "slack_webapi_platform_error") {
    const code = typeof e.data?.error === "string" ? e.data.error.slice(0, 60) : "unknown";
    return TOKEN_REFUSED.test(code)
      ? { state: "token-refused", code }
      : { state: "unreachable", code: `slack_error:${code}` };
  }
  if (e?.code === "slack_webapi_http_error")
    return { state: "unreachable", code: `http_${e.statusCode}` };
  if (e?.code === "slack_webapi_rate_limited_error")
    return { state: "unreachable", code: "ratelimited" };
  // fetch fails with "TypeError: fetch failed" and the network's reason (ECONNREFUSED,
  // ENOTFOUND, UND_ERR_CONNECT_TIMEOUT...) in its cause.
  const original: { code?: unknown; name?: unknown; cause?: { code?: unknown } } | undefined =
    e?.original ?? (err as { code?: unknown; name?: unknown; cause?: { code?: unknown } });
  const code =
    typeof original?.cause?.code === "string"
      ? original.cause.code
      : typeof original?.code === "string"
        ? original.code
        : typeof original?.name === "string" && original.name !== "Error"
          ? original.name
          : "network_error";
  return { state: "unreachable", code: code.slice(0, 60) };
}

export interface ReachabilityOptions {
  /** auth.test, which answers who the bot is, or throws the Web API's error. */
  authTest: () => Promise<{ bot_id?: string; user_id?: string }>;
  log: Logger;
  /** How long to wait before the nth background retry (from 0) while Slack is unreachable. */
  retryDelayMs?: (attempt: number) => number;
}

const defaultDelay = (attempt: number) => Math.min(300_000, 5_000 * 2 ** attempt);

/**
 * Whether Slack accepts the bot token, asked with auth.test at start-up. "Refused" and
 * "unreachable" are told apart, in the log and in health(): a refused token needs a person to
 * fix it, an unreachable Slack (network, proxy, timeout, Slack's own 5xx) is retried in the
 * background until it answers. Bolt's authorize asks identity(), which remembers a success and
 * asks Slack again after a failure, so an event arriving after an outage works at once.
 */
export class SlackReachability {
  private link: SlackLink = { state: "checking" };
  private pending: Promise<{ botId?: string; botUserId?: string }> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private attempt = 0;
  private stopped = false;

  constructor(private readonly options: ReachabilityOptions) {}

  /** The first check; further checks follow by themselves while Slack is unreachable. */
  start(): void {
    this.identity().catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /** The bot's ids for Bolt, from the last success or a fresh auth.test (one at a time). */
  identity(): Promise<{ botId?: string; botUserId?: string }> {
    if (this.link.state === "connected") {
      return Promise.resolve({ botId: this.link.botId, botUserId: this.link.botUserId });
    }
    this.pending ??= this.options.authTest().then(
      (r) => {
        this.pending = undefined;
        this.update({ state: "connected", botId: r.bot_id, botUserId: r.user_id });
        return { botId: r.bot_id, botUserId: r.user_id };
      },
      (err: unknown) => {
        this.pending = undefined;
        this.update(classifySlackFailure(err));
        throw err;
      },
    );
    return this.pending;
  }

  health(): SlackHealth {
    const link = this.link;
    switch (link.state) {
      case "connected":
        return { ok: true, state: link.state, detail: "connected" };
      case "checking":
        return { ok: true, state: link.state, detail: "checking the token with Slack" };
      case "token-refused":
        return {
          ok: false,
          state: link.state,
          detail: `auth failed: Slack refused SLACK_BOT_TOKEN (${link.code}); fix it and restart`,
        };
      case "unreachable":
        return {
          ok: false,
          state: link.state,
          detail: `unreachable: Slack could not be reached (${link.code}); retrying`,
        };
    }
  }

  private update(next: SlackLink): void {
    const before = this.link;
    this.link = next;
    const log = this.options.log;
    if (next.state === "connected") {
      this.attempt = 0;
      clearTimeout(this.retry);
      this.retry = undefined;
      if (before.state !== "connected") {
        log.info(
          { event: "slack_connected", after: before.state },
          before.state === "unreachable"
            ? "Slack is reachable again; token accepted"
            : "Slack token accepted",
        );
      }
      return;
    }
    const changed =
      before.state !== next.state ||
      ("code" in before && "code" in next && before.code !== next.code);
    if (next.state === "token-refused") {
      clearTimeout(this.retry);
      this.retry = undefined;
      if (changed) {
        log.warn(
          { event: "slack_auth_failed", code: next.code },
          "Slack refused SLACK_BOT_TOKEN; check it and restart (Slack features fail until then)",
        );
      }
      return;
    }
    if (next.state !== "unreachable") return;
    const delay = (this.options.retryDelayMs ?? defaultDelay)(this.attempt);
    if (changed) {
      log.warn(
        { event: "slack_unreachable", code: next.code, retryInSeconds: Math.round(delay / 1000) },
        "Slack could not be reached (network, proxy or Slack itself); the token is not known to be wrong. Retrying in the background",
      );
    }
    if (this.stopped || this.retry) return;
    this.attempt++;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.stopped) this.identity().catch(() => undefined);
    }, delay);
    this.retry.unref();
  }
}
