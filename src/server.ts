import type { Server } from "node:http";
import type { CloudAdapter, TurnContext } from "botbuilder";
import express, { type ErrorRequestHandler, type Express } from "express";
import type { Logger } from "./log.js";

/** Bot Framework activities are small; anything bigger than this is refused with 413. */
export const BODY_LIMIT = "256kb";

export interface HealthReport {
  status: "ok" | "degraded";
  version: string;
  channels: { teams: "local" | "authenticated"; slack: "http" | "socket" | "off" };
  /** `writable` is a real write just now; `problem` says what failed (a full disk, a lost database). */
  store: { readable: boolean; kind: "file" | "postgresql"; writable: boolean; problem?: string };
  uptimeSeconds: number;
  /** Resident memory in MB, so a load test can watch it stays flat. */
  rssMb: number;
}

export interface ServerDeps {
  adapter: CloudAdapter;
  /** The Teams bot (or, in the turn benchmark, a bare echo bot on the same server setup). */
  bot: { run(context: TurnContext): Promise<void> };
  log: Logger;
  health: () => Promise<HealthReport>;
  /** Extra routes mounted before the error handler (Slack's /slack/events, for example). */
  mount?: (app: Express) => void;
}

/** One HTTP server for every channel: /api/messages (Teams), /slack/events (Slack), /healthz. */
export function createHttpApp(deps: ServerDeps): Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/healthz", async (_req, res) => {
    const report = await deps.health();
    res.status(report.status === "ok" ? 200 : 503).json(report);
  });

  // Slack verifies signatures over the raw body, so its routes are mounted before JSON parsing.
  deps.mount?.(app);

  app.post("/api/messages", express.json({ limit: BODY_LIMIT }), async (req, res) => {
    // Every activity names its conversation and where to answer; without them botbuilder fails
    // deep inside the turn (501 for an invoke), so a malformed one is refused here instead.
    const body = req.body as
      | { type?: unknown; serviceUrl?: unknown; conversation?: { id?: unknown } }
      | null
      | undefined;
    if (
      typeof body !== "object" ||
      body === null ||
      Array.isArray(body) ||
      typeof body.type !== "string" ||
      typeof body.serviceUrl !== "string" ||
      typeof body.conversation?.id !== "string"
    ) {
      res.status(400).json({
        error:
          "Expected a Bot Framework activity (a JSON object with a type, serviceUrl and conversation.id).",
      });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" ? err.status : 500;
    if (status >= 500)
      deps.log.error({ event: "http_error", err: { message: err?.message } }, "request failed");
    const message =
      err?.type === "entity.too.large"
        ? `Request body is larger than ${BODY_LIMIT}.`
        : err?.type === "entity.parse.failed"
          ? "Request body is not valid JSON."
          : status >= 500
            ? "Internal error."
            : "Bad request.";
    if (!res.headersSent) res.status(status).json({ error: message });
  };
  app.use(onError);
  return app;
}

/** Listens and resolves with the bound address, so port 0 (ephemeral) works for tests. */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once("listening", () => resolve(server));
    server.once("error", reject);
  });
}
