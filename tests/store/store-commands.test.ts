import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { startAssistant } from "../../src/app.js";
import { openStores } from "../../src/store/open-stores.js";
import { httpRequest } from "../support/http-request.js";
import { ROOT } from "../support/main-process.js";
import { freshDatabase, postgresUrl, query } from "./support/postgres.js";

const run = promisify(execFile);
const log = pino({ level: "silent" });
const now = new Date();
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);

async function reviewsJson(env: Record<string, string>): Promise<unknown> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "src/cli/reviews.ts", "--json"],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), ...env },
    },
  );
  return JSON.parse(stdout);
}

async function seed(stores: Awaited<ReturnType<typeof openStores>>) {
  const reg = await stores.openRegister();
  await reg.start({ caseRef: "CR-1", received: today, kind: "child", by: "U1", now });
  await reg.start({ caseRef: "CR-2", received: today, kind: "adult", by: "U1", now });
  await reg.markDone("RR-0001", "notify-panel", "U2", now);
  await reg.close("RR-0002", "U2", now);
  await stores.close();
}

const expected = {
  reviews: [
    {
      id: "RR-0001",
      caseRef: "CR-1",
      kind: "child",
      received: today,
      done: ["notify-panel"],
      closed: false,
    },
    { id: "RR-0002", caseRef: "CR-2", kind: "adult", received: today, done: [], closed: true },
  ],
};

describe("npm run reviews -- --json", () => {
  it("prints the register from the data folder (read only, so the assistant may be running)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mk-reviews-"));
    await seed(await openStores({ dataDir }, log));
    const running = await openStores({ dataDir }, log);
    try {
      expect(await reviewsJson({ DATA_DIR: dataDir })).toEqual(expected);
    } finally {
      await running.close();
    }
  }, 30_000);

  it("prints the register from PostgreSQL when DATABASE_URL is set", async () => {
    const url = await freshDatabase();
    await seed(await openStores({ dataDir: tmpdir(), databaseUrl: url }, log));
    expect(await reviewsJson({ DATABASE_URL: url })).toEqual(expected);
  }, 30_000);
});

describe("/healthz with PostgreSQL", () => {
  it("answers 200 while the database takes writes, and 503 naming it once it is lost", async () => {
    const url = await freshDatabase();
    const running = await startAssistant({
      env: { PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: url, DATA_DIR: tmpdir() },
    });
    try {
      const ok = await httpRequest(`${running.url}/healthz`);
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body).checks).toContainEqual({ name: "store-postgresql", ok: true });
      const db = new URL(url).pathname.slice(1);
      await query(postgresUrl("postgres"), `ALTER DATABASE ${db} WITH ALLOW_CONNECTIONS false`);
      await query(
        postgresUrl("postgres"),
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
        [db],
      );
      const lost = await httpRequest(`${running.url}/healthz`);
      expect(lost.status).toBe(503);
      expect(JSON.parse(lost.body).checks).toContainEqual({
        name: "store-postgresql",
        ok: false,
        detail: expect.stringMatching(/^PostgreSQL cannot be written/),
      });
    } finally {
      await running.close();
    }
  }, 30_000);
});
