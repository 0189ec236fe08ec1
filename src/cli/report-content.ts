/**
 * `npm run report:content`: the editors' report. Lists the answers practitioners voted unhelpful
 * and how often questions went unanswered, from ${DATA_DIR}/knowledge-feedback.json, plus the
 * question texts if the operator turned RECORD_QUESTION_TEXT on (kept 30 days at most). It only
 * reads the file: pruning is the running assistant's job. With DATABASE_URL set, the counts come
 * from PostgreSQL, where every instance records them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { type Config, ConfigError, readConfig } from "../config.js";
import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";
import {
  FEEDBACK_FILE,
  type KnowledgeFeedback,
  knowledgeFeedbackSchema,
} from "../store/knowledge-feedback-store.js";
import { openStores } from "../store/open-stores.js";
import { isStoreError } from "../store/store-error.js";
import { formatContentReport } from "./format-content-report.js";

async function fromDatabase(config: Config): Promise<KnowledgeFeedback> {
  const stores = await openStores(config, pino({ level: "silent" }));
  try {
    const feedback = await stores.openFeedback({
      recordQuestionText: config.recordQuestionText,
      now: new Date(),
    });
    return await feedback.snapshot();
  } finally {
    await stores.close();
  }
}

async function main(): Promise<number> {
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    const feedback = await fromDatabase(config);
    console.log(formatContentReport(feedback, articleTitles(), new Date(), "PostgreSQL"));
    return 0;
  }
  const file = path.resolve(config.dataDir, FEEDBACK_FILE);
  if (!existsSync(file)) {
    console.log(`No feedback has been recorded yet (${file} does not exist).`);
    return 0;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    console.error(
      `${file} cannot be read as JSON (${(err as Error).message}). It has been left as it is.`,
    );
    return 1;
  }
  const parsed = knowledgeFeedbackSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    console.error(
      `${file} does not have the expected contents (${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "schema mismatch"}).`,
    );
    return 1;
  }
  console.log(formatContentReport(parsed.data, articleTitles(), new Date(), file));
  return 0;
}

function articleTitles(): Map<string, string> {
  try {
    const index = buildKnowledgeIndex(loadKnowledge());
    return new Map([...index.entries.values()].map((e) => [e.id, e.title]));
  } catch (err) {
    console.error(`(Article titles unavailable: ${(err as Error).message})`);
    return new Map();
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  if (err instanceof ConfigError || isStoreError(err)) {
    console.error(err.message);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
