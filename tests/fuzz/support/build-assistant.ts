import { pino } from "pino";
import { FEATURES, type Feature, type FeatureContext } from "../../../src/app.js";
import { createTurnRunner } from "../../../src/channels/run-turn.js";
import { readConfig } from "../../../src/config.js";
import { Assistant } from "../../../src/core/assistant/assistant.js";
import { loadMashContacts } from "../../../src/core/contacts/mash-contacts.js";
import { loadMessages } from "../../../src/core/content/messages.js";
import { Metrics } from "../../../src/metrics.js";
import { openStores } from "../../../src/store/open-stores.js";
import { tempDataDir } from "../../support/bot-framework-client.js";

export interface BuiltAssistant {
  assistant: Assistant;
  features: Feature[];
  ctx: FeatureContext;
}

/**
 * The assistant with every feature the app registers (the same FEATURES list startAssistant
 * uses, Slack off), without the HTTP server: fuzzing in-process keeps 10,000 inputs quick, and a
 * feature added later (the knowledge base) is fuzzed without changing these tests.
 */
export async function buildAssistant(now: () => Date): Promise<BuiltAssistant> {
  const dataDir = tempDataDir();
  const config = readConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const messages = loadMessages();
  const mash = loadMashContacts();
  let assistant: Assistant | undefined;
  const getAssistant = () => {
    if (!assistant) throw new Error("assistant not built yet");
    return assistant;
  };
  const log = pino({ level: "silent" });
  const stores = await openStores(config, log);
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
      logMessageText: false,
      now,
      metrics,
    }),
  };
  const features: Feature[] = [];
  for (const factory of FEATURES) {
    const feature = await factory(ctx);
    if (feature) features.push(feature);
  }
  const built = new Assistant(
    { messages, mash },
    features.flatMap((f) => f.skills ?? []),
  );
  assistant = built;
  return { assistant: built, features, ctx };
}
