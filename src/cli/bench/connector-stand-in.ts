import http from "node:http";
import type { AddressInfo } from "node:net";

/** One activity the bot sent, as the Bot Framework connector would have received it. */
export interface CaughtReply {
  conversationId: string;
  /** The activity id this is a reply to, from the URL (or the body's replyToId). */
  replyToId: string;
  activity: Record<string, unknown>;
}

export interface ConnectorStandInOptions {
  /** Keep each caught activity (for checks); otherwise only counts are kept. */
  keep?: (reply: CaughtReply) => boolean;
}

/**
 * A stand-in for the Bot Framework connector service, on loopback: the `serviceUrl` that load
 * and benchmark activities name. It answers the bot's "send to conversation" and "reply to
 * activity" calls as the real service does (200 with `{"id"}`), and counts the replies to each
 * incoming activity so a caller can tell that a turn's replies all arrived.
 */
export class ConnectorStandIn {
  private readonly counts = new Map<string, number>();
  private readonly kept: CaughtReply[] = [];
  private next = 0;
  /** Requests that were not a well-formed activity POST (should stay 0). */
  bad = 0;
  total = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(options: ConnectorStandInOptions = {}): Promise<ConnectorStandIn> {
    let self: ConnectorStandIn | undefined;
    const server = http.createServer((req, res) => self?.handle(req, res, options));
    // Bots keep connections to the connector open between turns; do not drop them under load.
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    const { port } = server.address() as AddressInfo;
    self = new ConnectorStandIn(server, `http://127.0.0.1:${port}`);
    return self;
  }

  private handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    options: ConnectorStandInOptions,
  ): void {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = parseReply(req.method, req.url, Buffer.concat(chunks).toString("utf8"));
      if (!reply) {
        this.bad++;
        res.writeHead(400, { "content-type": "application/json" }).end('{"error":"bad request"}');
        return;
      }
      this.total++;
      this.counts.set(reply.replyToId, (this.counts.get(reply.replyToId) ?? 0) + 1);
      if (options.keep?.(reply)) this.kept.push(reply);
      this.next++;
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: `stand-in-${this.next}` }));
    });
  }

  /** How many replies to this activity have arrived; forgets them (the turn is over). */
  take(activityId: string): number {
    const n = this.counts.get(activityId) ?? 0;
    this.counts.delete(activityId);
    return n;
  }

  /** The activities kept by `options.keep`, in arrival order; clears the list. */
  drainKept(): CaughtReply[] {
    return this.kept.splice(0, this.kept.length);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

/**
 * Reads a connector call: POST /v3/conversations/{id}/activities[/{replyToId}] with a JSON
 * activity body. Returns undefined for anything else.
 */
export function parseReply(
  method: string | undefined,
  url: string | undefined,
  body: string,
): CaughtReply | undefined {
  if (method !== "POST" || !url) return undefined;
  const m = ACTIVITIES_PATH.exec(url);
  if (!m?.[1]) return undefined;
  let activity: unknown;
  try {
    activity = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof activity !== "object" || activity === null || Array.isArray(activity))
    return undefined;
  const a = activity as Record<string, unknown>;
  if (typeof a.type !== "string") return undefined;
  const fromBody = typeof a.replyToId === "string" ? a.replyToId : undefined;
  const replyToId = m[2] ? decodeURIComponent(m[2]) : fromBody;
  if (!replyToId) return undefined;
  return { conversationId: decodeURIComponent(m[1]), replyToId, activity: a };
}
