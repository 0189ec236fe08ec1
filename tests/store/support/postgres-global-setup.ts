import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../../src/cli/bench/start-embedded-postgres.js";

/**
 * A real PostgreSQL server for the whole test run, on loopback and a free port, with its data in
 * a fresh temporary folder (the same start-up as `npm run bench:stores`). Started once here;
 * each test takes a database of its own (freshDatabase() in postgres.ts).
 */

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { host: string; port: number; user: string; password: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Room for the many assistants the tests run against it at once, each with its own pool.
  const server = await startEmbeddedPostgres({ password: "test-only", maxConnections: 300 });
  const { host, port, user, password } = server;
  project.provide("postgres", { host, port, user, password });
  return () => server.stop();
}
