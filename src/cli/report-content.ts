/**
 * `npm run report:content`: the editors' report. Lists the answers practitioners voted unhelpful
 * and how often questions went unanswered, from ${DATA_DIR}/knowledge-feedback.json, plus the
 * question texts if the operator turned RECORD_QUESTION_TEXT on (kept 30 days at most). It only
 * reads the file: pruning is the running assistant's job.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, readConfig } from "../config.js";
import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../core/knowledge/load-knowledge.js";
import { FEEDBACK_FILE, knowledgeFeedbackSchema } from "../store/knowledge-feedback-store.js";
import { formatContentReport } from "./format-content-report.js";

function main(): number {
  const config = readConfig(process.env);
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
  let titles = new Map<string, string>();
  try {
    const index = buildKnowledgeIndex(loadKnowledge());
    titles = new Map([...index.entries.values()].map((e) => [e.id, e.title]));
  } catch (err) {
    console.error(`(Article titles unavailable: ${(err as Error).message})`);
  }
  console.log(formatContentReport(parsed.data, titles, new Date(), file));
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exitCode = 1;
  } else {
    throw err;
  }
}
