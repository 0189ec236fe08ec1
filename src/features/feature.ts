import type { Express } from "express";
import type { TurnRunner } from "../channels/run-turn.js";
import type { Config } from "../config.js";
import type { Assistant } from "../core/assistant/assistant.js";
import type { Skill } from "../core/assistant/turn.js";
import type { MashContacts } from "../core/contacts/mash-contacts.js";
import type { Messages } from "../core/content/messages.js";
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";
import type { HealthCheck } from "../server.js";
import type { Stores } from "../store/open-stores.js";
import type { SessionStore } from "../store/session-store.js";

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
  /** The one way a channel runs a turn: session, assistant, logging and metrics. */
  runTurn: TurnRunner;
  metrics: Metrics;
}

/**
 * A feature plugs in here: skills for the assistant, HTTP routes (a channel's endpoint), health
 * checks and background work. A channel (Teams, Slack) is a feature with routes and no skills.
 */
export interface Feature {
  name: string;
  skills?: Skill[];
  mount?: (app: Express) => void;
  /** Whether this feature can do its job now; any check not ok makes /healthz answer 503. */
  health?: () => Promise<HealthCheck[]>;
  stop?: () => Promise<void>;
}

export type FeatureFactory = (ctx: FeatureContext) => Promise<Feature | undefined>;
