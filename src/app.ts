import type { Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { createTeamsAdapter } from "./channels/teams/create-adapter.js";
import { TeamsBot, type TeamsTurnHandler } from "./channels/teams/teams-bot.js";
import { type Config, type Env, readConfig } from "./config.js";
import { Assistant } from "./core/assistant/assistant.js";
import type { Skill } from "./core/assistant/turn.js";
import { loadMashContacts, type MashContacts } from "./core/contacts/mash-contacts.js";
import { loadMessages, type Messages } from "./core/content/messages.js";
import { knowledgeFeature } from "./features/knowledge.js";
import { levelsOfNeedFeature } from "./features/levels-of-need.js";
import { createLogger, type Logger, routeConsoleToLog } from "./log.js";
import { createHttpApp, type HealthReport, listen } from "./server.js";
import { openStores, type Stores } from "./store/open-stores.js";
import type { SessionStore } from "./store/session-store.js";

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

/** What every feature gets to build its skills, routes and background work from. */
export interface FeatureContext {
  config: Config;
  dataDir: string;
  log: Logger;
  now: () => Date;
  messages: Messages;
  mash: MashContacts;
  /**
   * The assistant, with every feature's skills. It is built after all features, so call this when
   * handling an event (not in the factory): a channel then gets whatever skills the app has.
   */
  assistant: () => Assistant;
  /** Conversation sessions shared by every channel; keys are prefixed by channel ("slack:..."). */
  sessions: SessionStore;
  /** Everything kept: files in DATA_DIR, or PostgreSQL with DATABASE_URL. */
  stores: Stores;
}

/** A feature plugs in here: skills for the assistant, HTTP routes, background loops, health. */
export interface Feature {
  name: string;
  skills?: Skill[];
  mount?: Parameters<typeof createHttpApp>[0]["mount"];
  healthy?: () => Promise<boolean>;
  stop?: () => Promise<void>;
  /** botbuilder dialogs that drive this feature's flows in Teams, given the assistant. */
  teamsDialogs?: (assistant: Assistant) => TeamsTurnHandler[];
}

export type FeatureFactory = (ctx: FeatureContext) => Promise<Feature | undefined>;

/** Slack's SDK is large: it is loaded only when Slack is configured, so Teams-only starts fast. */
const slackFeature: FeatureFactory = async (ctx) =>
  ctx.config.slack.mode === "off"
    ? undefined
    : (await import("./features/slack.js")).slackFeature(ctx);

/** Features, in the order their skills are asked. Each is a file under src/features/. */
export const FEATURES: FeatureFactory[] = [
  // Before any skill that answers free text, so "back" or "2" mid-check reach the check.
  levelsOfNeedFeature,
  // Slack has no skills of its own: it renders whatever skills the others bring.
  slackFeature,
  knowledgeFeature, // last: it treats any other message as a question
];

/**
 * Wires config -> content -> store -> channels and starts the HTTP server. Throws ConfigError,
 * ContentError or StoreError with a readable message before anything listens.
 */
export async function startAssistant(options: StartOptions): Promise<RunningAssistant> {
  const config = readConfig(options.env);
  const log = options.log ?? createLogger(config);
  const now = options.now ?? (() => new Date());
  const messages = loadMessages();
  const mash = loadMashContacts();
  // Takes DATA_DIR's lock (file store) or migrates PostgreSQL; throws StoreError if it cannot.
  const stores = await openStores(config, log);
  const dataDir = stores.kind === "file" ? stores.where : config.dataDir;

  let assistant: Assistant | undefined;
  const sessions = stores.sessions;
  const ctx: FeatureContext = {
    config,
    dataDir,
    log,
    now,
    messages,
    mash,
    assistant: () => {
      if (!assistant) throw new Error("The assistant is used before every feature was built.");
      return assistant;
    },
    sessions,
    stores,
  };
  const features: Feature[] = [];
  try {
    for (const factory of FEATURES) {
      const feature = await factory(ctx);
      if (feature) features.push(feature);
    }
  } catch (err) {
    await Promise.allSettled(features.map((f) => f.stop?.()));
    await stores.close();
    throw err;
  }

  assistant = new Assistant(
    { messages, mash },
    features.flatMap((f) => f.skills ?? []),
  );
  const adapter = createTeamsAdapter(config, messages, log);
  const bot = new TeamsBot({
    assistant,
    sessions,
    dialogs: features.flatMap((f) => f.teamsDialogs?.(assistant) ?? []),
    log,
    logMessageText: config.logMessageText,
    now,
  });

  const startedAt = Date.now();
  const health = async (): Promise<HealthReport> => {
    const checks = await Promise.all(features.map((f) => f.healthy?.() ?? Promise.resolve(true)));
    // A real write (created nowhere new: an empty folder in place of a lost one would hide it).
    const store = await stores.health();
    const readable = store.writable && checks.every(Boolean);
    return {
      status: readable ? "ok" : "degraded",
      version: VERSION,
      channels: { teams: config.localMode ? "local" : "authenticated", slack: config.slack.mode },
      store: { readable, ...store },
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
    };
  };

  const app = createHttpApp({
    adapter,
    bot,
    log,
    health,
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
