import type { FeatureContext } from "../../../src/app.js";
import { createTurnRunner } from "../../../src/channels/run-turn.js";
import { type Env, readConfig } from "../../../src/config.js";
import { loadMashContacts } from "../../../src/core/contacts/mash-contacts.js";
import { loadMessages } from "../../../src/core/content/messages.js";
import type { Logger } from "../../../src/log.js";
import { Metrics } from "../../../src/metrics.js";
import { openStores } from "../../../src/store/open-stores.js";

/**
 * What the app hands a feature, for tests that build the Slack feature by itself (to read its
 * health checks, or to run two instances with one claim store). No assistant turns are expected.
 */
export async function slackFeatureContext(env: Env, log: Logger): Promise<FeatureContext> {
  const config = readConfig(env);
  const now = () => new Date("2026-12-18T10:00:00Z");
  const assistant = () => {
    throw new Error("no assistant turns in this test");
  };
  const stores = await openStores(config, log);
  const sessions = stores.sessions;
  const metrics = new Metrics();
  return {
    config,
    dataDir: config.dataDir,
    log,
    now,
    messages: loadMessages(),
    mash: loadMashContacts(),
    assistant,
    sessions,
    stores,
    metrics,
    runTurn: createTurnRunner({ assistant, sessions, log, logMessageText: false, now, metrics }),
  };
}
