import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { createTurnRunner } from "./channels/run-turn.js";
import { type Config, type Env, readConfig } from "./config.js";
import { Assistant } from "./core/assistant/assistant.js";
import { loadMashContacts } from "./core/contacts/mash-contacts.js";
import { loadMessages } from "./core/content/messages.js";
import type { Feature, FeatureContext, FeatureFactory } from "./features/feature.js";
import { knowledgeFeature } from "./features/knowledge.js";
import { levelsOfNeedFeature } from "./features/levels-of-need.js";
import { teamsFeature } from "./features/teams.js";
import { createLogger, type Logger, routeConsoleToLog } from "./log.js";
import { Metrics } from "./metrics.js";
import { createHttpApp, type HealthCheck, type HealthReport, listen } from "./server.js";
import { openStores, type Stores } from "./store/open-stores.js";

export type { Feature, FeatureContext, FeatureFactory };

const VERSION: string = createRequire(import.meta.url)("../package.json").version;

export interface RunningAssistant {
  config: Config;
  server: Server;
  /** Base URL the server is listening on, e.g. http://127.0.0.1:3978 */
  url: string;
  log: Logger;
  close(): Promise<void>;
}

export interface StartOptions {
  env: Env;
  /** The clock, passed in so tests can stand on any day. */
  now?: () => Date;
  log?: Logger;
}

/** Slack's SDK is large: it is loaded only when Slack is configured, so Teams-only starts fast. */
const slackFeature: FeatureFactory = async (ctx) =>
  ctx.config.slack.mode === "off"
    ? undefined
    : (await import("./features/slack.js")).slackFeature(ctx);

/** Features, in the order their skills are asked. Each is a file under src/features/. */
export const FEATURES: FeatureFactory[] = [
  // Before any skill that answers free text, so "back" or "2" mid-check reach the check.
  levelsOfNeedFeature,
  // The channels have no skills of their own: they carry whatever skills the others bring.
  teamsFeature,
  slackFeature,
  knowledgeFeature, // last: it treats any other message as a question
];

export interface BuiltFeatures {
  assistant: Assistant;
  features: Feature[];
  ctx: FeatureContext;
  metrics: Metrics;
}

/**
 * Every feature in FEATURES built on the given stores, and the assistant carrying their skills:
 * everything but the HTTP server (the fuzz tests drive this in-process). If a feature fails to
 * build, the ones already built are stopped before the error is thrown.
 */
export async function buildFeatures(deps: {
  config: Config;
  log: Logger;
  now: () => Date;
  stores: Stores;
  dataDir: string;
}): Promise<BuiltFeatures> {
  const { config, log, now, stores, dataDir } = deps;
  const messages = loadMessages();
  const mash = loadMashContacts();
  let assistant: Assistant | undefined;
  const getAssistant = () => {
    if (!assistant) throw new Error("The assistant is used before every feature was built.");
    return assistant;
  };
  const sessions = stores.sessions;
  const metrics = new Metrics();
  const ctx: FeatureContext = {
    config,
    dataDir,
    log,
    now,
    messages,
    mash,
    assistant: getAssistant,
    sessions,
    stores,
    metrics,
    runTurn: createTurnRunner({
      assistant: getAssistant,
      sessions,
      log,
      logMessageText: config.logMessageText,
      now,
      metrics,
    }),
  };
  const features: Feature[] = [];
  try {
    for (const factory of FEATURES) {
      const feature = await factory(ctx);
      if (feature) features.push(feature);
    }
  } catch (err) {
    await Promise.allSettled(features.map((f) => f.stop?.()));
    throw err;
  }
  assistant = new Assistant(
    { messages, mash },
    features.flatMap((f) => f.skills ?? []),
  );
  return { assistant, features, ctx, metrics };
}

/**
 * Wires config -> content -> store -> channels and starts the HTTP server. Throws ConfigError,
 * ContentError or StoreError with a readable message before anything listens.
 */
export async function startAssistant(options: StartOptions): Promise<RunningAssistant> {
  const config = readConfig(options.env);
  const log = options.log ?? createLogger(config);
  const now = options.now ?? (() => new Date());
  // Takes DATA_DIR's lock (file store) or migrates PostgreSQL; throws StoreError if it cannot.
  const stores = await openStores(config, log);
  const dataDir = stores.kind === "file" ? stores.where : config.dataDir;

  warnAboutTextLogging(config, log);

  let built: BuiltFeatures;
  try {
    built = await buildFeatures({ config, log, now, stores, dataDir });
  } catch (err) {
    await stores.close();
    throw err;
  }
  const { features, metrics } = built;

  const startedAt = Date.now();
  const health = async (): Promise<HealthReport> => {
    // A real write (creating nothing: an empty folder in place of a lost one would hide it).
    const store = await stores.health();
    const checks: HealthCheck[] = [
      store.writable
        ? { name: `store-${store.kind}`, ok: true }
        : { name: `store-${store.kind}`, ok: false, detail: store.problem ?? "not writable" },
    ];
    for (const f of features) checks.push(...((await f.health?.()) ?? []));
    return {
      status: checks.every((c) => c.ok) ? "ok" : "degraded",
      version: VERSION,
      checks,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
    };
  };

  const app = createHttpApp({
    log,
    health,
    metrics,
    mount: (a) => {
      for (const f of features) f.mount?.(a);
    },
  });
  const server = await listen(app, config.port, config.host);
  // From here on, requests arrive: what botbuilder prints about them goes to the log.
  const restoreConsole = routeConsoleToLog(log);
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  const sweeper = setInterval(() => {
    stores
      .sweep(now())
      .catch((err: Error) =>
        log.warn(
          { event: "store_sweep_failed", err: err.message },
          "Could not expire old sessions",
        ),
      );
  }, 60_000);
  sweeper.unref();

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(sweeper);
    await Promise.allSettled(features.map((f) => f.stop?.()));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    });
    await stores.close();
    restoreConsole();
  };

  log.info(
    {
      event: "started",
      url,
      version: VERSION,
      teams: config.localMode ? "local mode (anonymous, loopback only)" : "authenticated",
      slack:
        config.slack.mode === "off"
          ? "off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn on)"
          : config.slack.mode,
      features: features.map((f) => f.name),
    },
    "assistant started",
  );
  return { config, server, url, log, close };
}

/**
 * Settings an operator should know they chose: either text setting makes what practitioners type
 * into a record, and a multi-tenant bot cannot be registered again if it is ever lost.
 */
function warnAboutTextLogging(config: Config, log: Logger): void {
  if (config.logMessageText) {
    log.warn(
      { event: "message_text_logging_on" },
      "LOG_MESSAGE_TEXT is on: every message's text is written to the log. Treat the logs as case records (restricted access, retention policy), and turn it off when you are done",
    );
  }
  if (!config.localMode && config.microsoft.appType === "MultiTenant") {
    log.warn(
      { event: "multi_tenant_bot" },
      "MicrosoftAppType is MultiTenant: existing multi-tenant Azure Bots keep working, but Azure creates no new ones since 31 July 2025. Register new bots as SingleTenant or UserAssignedMSI (docs/DEPLOY.md)",
    );
  }
  if (config.recordQuestionText) {
    log.warn(
      { event: "question_text_recording_on" },
      "RECORD_QUESTION_TEXT is on: the text of unanswered questions is kept in the data folder for editors. Treat that file as a case record",
    );
  }
}
