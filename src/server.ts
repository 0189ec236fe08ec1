import type { Server } from "node:http";
import express, { type ErrorRequestHandler, type Express } from "express";
import type { Logger } from "./log.js";
import type { Metrics } from "./metrics.js";

/** The largest JSON body a route reads (a Bot Framework activity is a few KB); bigger: 413. */
export const BODY_LIMIT = "256kb";

/** One part's state in the health report: a channel, a store. */
export interface HealthCheck {
  name: string;
  ok: boolean;
  /** A few words for the operator ("token refused", "data folder not writable"). */
  detail?: string;
}

export interface HealthReport {
  /** "degraded" when any check is not ok: the assistant cannot do all of its job. */
  status: "ok" | "degraded";
  version: string;
  checks: HealthCheck[];
  uptimeSeconds: number;
  /** Resident memory in MB, so a load test can watch it stays flat. */
  rssMb: number;
}

export interface ServerDeps {
  log: Logger;
  health: () => Promise<HealthReport>;
  metrics?: Metrics;
  /** The channels' routes (Teams' /api/messages, Slack's /slack/events), before error handling. */
  mount: (app: Express) => void;
}

/**
 * One HTTP server for every channel. It knows no channel: each feature mounts its own route.
 * Besides those: /healthz (200 or 503, with every check) and /metrics (Prometheus).
 */
export function createHttpApp(deps: ServerDeps): Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/healthz", async (_req, res) => {
    const report = await deps.health();
    res.status(report.status === "ok" ? 200 : 503).json(report);
  });

  const metrics = deps.metrics;
  if (metrics) {
    app.get("/metrics", async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  deps.mount(app);

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
