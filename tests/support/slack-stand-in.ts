import http from "node:http";
import type { AddressInfo } from "node:net";
import { until } from "./until.js";

/**
 * A Slack Web API stand-in on loopback, for tests where the assistant runs in another process
 * (nock cannot reach there): point SLACK_API_URL at `apiUrl`. It keeps the messages posted to
 * each channel, with their metadata, and answers conversations.history from them as Slack does
 * (newest first, `oldest` exclusive, metadata only with include_all_metadata, cursor pages), so a
 * test can count how many times each reminder arrived. A test can also make it hold a request
 * open, with or without keeping the message, to kill the assistant at an exact point.
 */

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  /** The key in `metadata.event_payload`, when the message has metadata. */
  key?: string;
  eventType?: string;
}

/**
 * What to do with the next chat.postMessage:
 * - "ok": keep it and answer.
 * - "hold-unseen": never keep it and never answer (the POST did not reach Slack).
 * - "hold-accepted": keep it but never answer (Slack posted it; the answer is lost).
 * - [status, body, headers]: answer that instead, keeping nothing (a 429, a 500...).
 */
export type PostBehaviour =
  | "ok"
  | "hold-unseen"
  | "hold-accepted"
  | [number, unknown, Record<string, string>?];

export interface ApiCall {
  method: string;
  params: Record<string, string>;
}

export class SlackStandIn {
  readonly messages: StoredMessage[] = [];
  readonly calls: ApiCall[] = [];
  /** Behaviours for the next chat.postMessage calls, in order; after them, "ok". */
  readonly posts: PostBehaviour[] = [];
  /** Answers for the next conversations.history calls ("hold" never answers); then real ones. */
  readonly histories: ("hold" | [number, unknown])[] = [];
  /** How auth.test answers: the bot's ids, or Slack refusing the token. */
  auth: "ok" | "invalid_auth" = "ok";
  private held: http.ServerResponse[] = [];
  private seq = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly clock: () => Date,
  ) {}

  static async start(options: { now?: () => Date } = {}): Promise<SlackStandIn> {
    let self: SlackStandIn | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => self?.handle(req, res, Buffer.concat(chunks).toString("utf8")));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    self = new SlackStandIn(server, options.now ?? (() => new Date()));
    return self;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  /** How many messages carry each key. */
  countsByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.messages) {
      if (m.key) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    }
    return counts;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** How many requests are being held open right now. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Resolves when `check` holds (the shared polling helper), or throws after `ms`. */
  until(check: () => boolean, ms = 15_000, what = "the Slack stand-in"): Promise<void> {
    return until(check, ms, what);
  }

  /** Drops held requests (their sockets) and stops listening. */
  async close(): Promise<void> {
    for (const res of this.held) res.socket?.destroy();
    this.held = [];
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    const method = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/api\//, "");
    const params: Record<string, string> = (req.headers["content-type"] ?? "").includes("json")
      ? (JSON.parse(body || "{}") as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(body));
    this.calls.push({ method, params });
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": typeof payload === "string" ? "text/plain" : "application/json",
        ...headers,
      });
      res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };
    const hold = () => {
      this.held.push(res);
      res.on("close", () => {
        this.held = this.held.filter((r) => r !== res);
      });
    };
    switch (method) {
      case "auth.test":
        if (this.auth === "invalid_auth") return answer(200, { ok: false, error: "invalid_auth" });
        return answer(200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" });
      case "chat.postMessage": {
        const behaviour = this.posts.shift() ?? "ok";
        if (Array.isArray(behaviour)) return answer(...behaviour);
        if (behaviour === "hold-unseen") return hold();
        const stored = this.store(params);
        if (behaviour === "hold-accepted") return hold();
        return answer(200, { ok: true, channel: stored.channel, ts: stored.ts });
      }
      case "conversations.history": {
        const next = this.histories.shift();
        if (next === "hold") return hold();
        if (next) return answer(...next);
        return answer(200, this.history(params));
      }
      case "conversations.members":
        return answer(200, {
          ok: true,
          members: ["UPANEL1", "UPANEL2"],
          response_metadata: { next_cursor: "" },
        });
      case "conversations.open":
        return answer(200, { ok: true, channel: { id: "DHOME1" } });
      default:
        return answer(200, { ok: true });
    }
  }

  private store(params: Record<string, string>): StoredMessage {
    const metadata = params.metadata
      ? (JSON.parse(params.metadata) as { event_type?: string; event_payload?: { key?: string } })
      : undefined;
    const seconds = Math.floor(this.clock().getTime() / 1000);
    this.seq++;
    const message: StoredMessage = {
      channel: params.channel ?? "",
      ts: `${seconds}.${String(this.seq).padStart(6, "0")}`,
      text: params.text ?? "",
      key: metadata?.event_payload?.key,
      eventType: metadata?.event_type,
    };
    this.messages.push(message);
    return message;
  }

  private history(params: Record<string, string>) {
    const oldest = Number(params.oldest ?? 0);
    const limit = Math.max(1, Math.min(Number(params.limit ?? 100), 1000));
    const all = this.messages
      .filter((m) => m.channel === params.channel && Number(m.ts) > oldest)
      .reverse();
    const start = Number(params.cursor ?? 0);
    const page = all.slice(start, start + limit);
    const more = start + limit < all.length;
    return {
      ok: true,
      messages: page.map((m) => ({
        type: "message",
        ts: m.ts,
        text: m.text,
        ...(params.include_all_metadata === "true" && m.eventType
          ? { metadata: { event_type: m.eventType, event_payload: { key: m.key } } }
          : {}),
      })),
      has_more: more,
      response_metadata: { next_cursor: more ? String(start + limit) : "" },
    };
  }
}
