import { existsSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { readConfig } from "../config.js";
import { FileRegisterBackend, REGISTER_FILE_NAME } from "../store/file-register-backend.js";
import { openStores } from "../store/open-stores.js";
import type { ReviewRecord } from "../store/register-backend.js";
import { isStoreError } from "../store/store-error.js";

const USAGE = "Usage: npm run --silent reviews -- [--json]";

/**
 * The rapid review register for operators, without Slack, from whichever store is configured
 * (DATABASE_URL, else DATA_DIR's file: read only, so it works while the assistant runs).
 */
async function readReviews(): Promise<readonly ReviewRecord[]> {
  const config = readConfig(process.env);
  if (config.databaseUrl) {
    const stores = await openStores(config, pino({ level: "silent" }));
    try {
      return await (await stores.openRegister()).list();
    } finally {
      await stores.close();
    }
  }
  if (!existsSync(path.join(config.dataDir, REGISTER_FILE_NAME))) return [];
  return (await FileRegisterBackend.open(config.dataDir)).list();
}

if (existsSync(".env")) process.loadEnvFile(".env");
const args = process.argv.slice(2);
if (args.some((a) => a !== "--json")) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
try {
  const reviews = (await readReviews()).map((r) => ({
    id: r.id,
    caseRef: r.caseRef,
    kind: r.kind,
    received: r.received,
    done: Object.keys(r.done),
    closed: Boolean(r.closed),
  }));
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ reviews })}\n`);
  } else if (reviews.length === 0) {
    process.stdout.write("No rapid reviews recorded.\n");
  } else {
    for (const r of reviews) {
      process.stdout.write(
        `${r.id}  ${r.caseRef}  ${r.kind}  received ${r.received}  ${r.closed ? "closed" : "open"}  done: ${r.done.join(", ") || "none"}\n`,
      );
    }
  }
} catch (err) {
  process.stderr.write(`${isStoreError(err) ? err.message : (err as Error).message}\n`);
  process.exit(1);
}
