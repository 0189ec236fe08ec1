import { pino } from "pino";
import { type BuiltFeatures, buildFeatures } from "../../../src/app.js";
import { readConfig } from "../../../src/config.js";
import { openStores } from "../../../src/store/open-stores.js";
import { tempDataDir } from "../../support/bot-framework-client.js";

export type BuiltAssistant = BuiltFeatures;

/**
 * The assistant with every feature the app registers (the same buildFeatures startAssistant
 * uses, Slack off), without the HTTP server: fuzzing in-process keeps 10,000 inputs quick, and a
 * feature added later (the knowledge base) is fuzzed without changing these tests.
 */
export async function buildAssistant(now: () => Date): Promise<BuiltAssistant> {
  const dataDir = tempDataDir();
  const config = readConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const log = pino({ level: "silent" });
  const stores = await openStores(config, log);
  return buildFeatures({ config, log, now, stores, dataDir });
}
