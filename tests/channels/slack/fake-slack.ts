import http from "node:http";
import type { AddressInfo } from "node:net";
import { until } from "../../support/until.js";

/**
 * The one Slack fake for every test that talks to Slack: the Web API and response_urls as Slack
 * answers them, with what our app sent recorded. Tests reach it in one of three ways, all with
 * the same answers:
 * - `interceptWithNock()`: https://slack.com/api/* and RESPONSE_HOST, in this process (the SDK's
 *   fetch is intercepted by nock, as for the Bot Framework connector);
 * - `listen()`: a server on loopback, for an assistant in another process (SLACK_API_URL), or
 *   one whose fetch must reach loopback untouched by nock; response_urls at `responseUrl()`;
 * - `fetch`: handed to the SDK (clientOptions.fetch) where 30,000 fuzz inputs make HTTP too slow.
 * Messages posted with chat.postMessage are kept, with their metadata, and conversations.history
 * answers from them as Slack does (newest first, `oldest` exclusive, metadata only with
 * include_all_metadata, cursor pages), so a test can count how often each reminder arrived.
 */

/** Where response_urls point in tests; posts there are kept in `responses`. */
export const RESPONSE_HOST = "https://hooks.slack.test";
/** The Case Review Panel's channel id in tests, and who is in it by default. */
export const PANEL = "C123";

/** An HTTP answer: status, JSON body (or text), headers. */
export type Answer = [number, unknown, Record<string, string>?];

/** One call our app made to the Slack Web API, with its form (or JSON) fields decoded. */
export interface ApiCall {
  method: string;
  params: Record<string, string>;
  authorization: string | null;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: string | undefined;
  /** The key in `metadata.event_payload`, when the message has metadata. */
  key?: string;
  eventType?: string;
}

/**
 * What to do with the next chat.postMessage:
 * - "ok": keep it and answer.
 * - "hold-unseen": never keep it and never answer (the POST did not reach Slack).
 * - "hold-accepted": keep it but never answer (Slack posted it; the answer is lost).
 * - an Answer: answer that instead, keeping nothing (a 429, a 500...).
 */
export type PostBehaviour = "ok" | "hold-unseen" | "hold-accepted" | Answer;

/** A logger for the Slack SDK (Bolt, WebClient) that says nothing: the tests read what it sent. */
export const quietSlackLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => "error" as never,
  setName() {},
};

const HOLD = Symbol("hold");

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly messages: StoredMessage[] = [];
  /** What the app posted to response_urls. */
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  /** Behaviours for the next chat.postMessage calls, in order; after them, "ok". */
  readonly posts: PostBehaviour[] = [];
  /** Answers for the next conversations.history calls ("hold" never answers); then real ones. */
  readonly histories: ("hold" | Answer)[] = [];
  /** Who is in every channel (conversations.members), the panel included. */
  panelMembers: string[] = ["UPANEL1", "UPANEL2"];
  /** How auth.test answers: the bot's ids, or Slack refusing the token. */
  auth: "ok" | "invalid_auth" = "ok";
  private queued = new Map<string, ((params: Record<string, string>) => Answer)[]>();
  private held: (() => void)[] = [];
  private seq = 0;
  private server: http.Server | undefined;
  private nock: { cleanAll(): void } | undefined;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** The next call of `method` gets this answer instead of the usual one. */
  onNext(method: string, answer: (params: Record<string, string>) => Answer): void {
    const list = this.queued.get(method) ?? [];
    list.push(answer);
    this.queued.set(method, list);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** How many messages carry each key. */
  countsByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.messages) if (m.key) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    return counts;
  }

  /** How many requests are being held open right now. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Resolves when `check` holds (the one polling helper, tests/support/until.ts); else throws. */
  until(check: () => boolean, ms = 15_000, what = "the Slack fake"): Promise<void> {
    return until(check, ms, what);
  }

  /** Answers one Web API call as Slack would (or holds it). The heart of the fake. */
  private answer(
    method: string,
    params: Record<string, string>,
    authorization: string | null,
  ): Answer | typeof HOLD {
    this.calls.push({ method, params, authorization });
    const queued = this.queued.get(method)?.shift();
    if (queued) return queued(params);
    switch (method) {
      case "auth.test":
        if (this.auth === "invalid_auth") return [200, { ok: false, error: "invalid_auth" }];
        return [200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" }];
      case "chat.postMessage": {
        const behaviour = this.posts.shift() ?? "ok";
        if (Array.isArray(behaviour)) return behaviour;
        if (behaviour === "hold-unseen") return HOLD;
        const stored = this.store(params);
        if (behaviour === "hold-accepted") return HOLD;
        return [200, { ok: true, channel: stored.channel, ts: stored.ts }];
      }
      case "conversations.history": {
        const next = this.histories.shift();
        if (next === "hold") return HOLD;
        if (next) return next;
        return [200, this.history(params)];
      }
      case "conversations.members":
        return [
          200,
          { ok: true, members: this.panelMembers, response_metadata: { next_cursor: "" } },
        ];
      case "conversations.open":
        return [200, { ok: true, channel: { id: "DHOME1" } }];
      default:
        return [200, { ok: true }];
    }
  }

  private respondTo(path: string, body: Record<string, unknown>): Answer {
    this.responses.push({ path, body });
    return [200, "ok"];
  }

  /** A promise that settles only when the fake is closed: a request Slack never answers. */
  private hold(): Promise<never> {
    return new Promise((_resolve, reject) => {
      this.held.push(() => reject(new Error("The Slack fake was closed")));
    });
  }

  // ---- Transports --------------------------------------------------------------------------

  /**
   * Answers https://slack.com/api/* and RESPONSE_HOST in this process; nothing else goes out but
   * loopback. nock is loaded only here: once loaded it intercepts every request of the process.
   */
  async interceptWithNock(): Promise<void> {
    const { default: nock } = await import("nock");
    this.nock = nock;
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    nock("https://slack.com")
      .persist()
      .post(/^\/api\/.+/)
      .reply(async (req: Request) => {
        const method = new URL(req.url).pathname.replace(/^\/api\//, "");
        const answer = this.answer(method, await readParams(req), req.headers.get("authorization"));
        return answer === HOLD ? this.hold() : answer;
      });
    nock(RESPONSE_HOST)
      .persist()
      .post(/.*/)
      .reply(async (req: Request) =>
        this.respondTo(new URL(req.url).pathname, (await req.json()) as Record<string, unknown>),
      );
  }

  /** The same answers as a fetch function, for the SDK's clientOptions.fetch. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    const reply = ([status, body, headers]: Answer) =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json", ...headers },
      });
    if (url.origin === RESPONSE_HOST) {
      return reply(this.respondTo(url.pathname, (await req.json()) as Record<string, unknown>));
    }
    if (url.origin !== "https://slack.com" || !url.pathname.startsWith("/api/")) {
      throw new Error(`The Slack fake only stands in for Slack, not ${url.origin}`);
    }
    const method = url.pathname.replace(/^\/api\//, "");
    const answer = this.answer(method, await readParams(req), req.headers.get("authorization"));
    return answer === HOLD ? this.hold() : reply(answer);
  };

  /** Serves the same answers on loopback; returns the Web API base URL for SLACK_API_URL. */
  async listen(): Promise<string> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const path = new URL(req.url ?? "/", "http://x").pathname;
        if (!path.startsWith("/api/")) {
          const [status, text] = this.respondTo(path, JSON.parse(body || "{}"));
          res.writeHead(status, { "content-type": "text/plain" }).end(String(text));
          return;
        }
        const json = (req.headers["content-type"] ?? "").includes("json");
        const params = json
          ? (JSON.parse(body || "{}") as Record<string, string>)
          : Object.fromEntries(new URLSearchParams(body));
        const answer = this.answer(
          path.replace(/^\/api\//, ""),
          params,
          req.headers.authorization ?? null,
        );
        if (answer === HOLD) {
          const release = () => res.socket?.destroy();
          this.held.push(release);
          res.on("close", () => {
            this.held = this.held.filter((r) => r !== release);
          });
          return;
        }
        const [status, payload, headers] = answer;
        res.writeHead(status, {
          "content-type": typeof payload === "string" ? "text/plain" : "application/json",
          ...headers,
        });
        res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    return this.apiUrl;
  }

  get apiUrl(): string {
    return `${this.origin()}/api/`;
  }

  /** A response_url on loopback; what is posted to it is kept in `responses` under `path`. */
  responseUrl(path: string): string {
    return `${this.origin()}${path}`;
  }

  private origin(): string {
    if (!this.server) throw new Error("The Slack fake is not listening: call listen() first");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Lets go of held requests, stops listening and stops intercepting. */
  async close(): Promise<void> {
    for (const release of this.held.splice(0)) release();
    this.nock?.cleanAll();
    const server = this.server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
      blocks: params.blocks,
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

async function readParams(req: Request): Promise<Record<string, string>> {
  const text = await req.text();
  if ((req.headers.get("content-type") ?? "").includes("json")) {
    return JSON.parse(text || "{}") as Record<string, string>;
  }
  return Object.fromEntries(new URLSearchParams(text));
}
