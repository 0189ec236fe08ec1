import pg from "pg";
import { StoreError } from "../store-error.js";
import { MIGRATIONS, type Migration } from "./migrations.js";

export const WHERE = "PostgreSQL";

export type Pool = pg.Pool;
export type Client = pg.PoolClient;

/** Any failure from the database as a StoreError naming it, with what the operator can do. */
export function asStoreError(err: unknown, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  return new StoreError(
    WHERE,
    `PostgreSQL could not ${what} (${e.code ?? e.message ?? "error"}). Check that the database is running and reachable, and that DATABASE_URL is right.`,
  );
}

/** Runs `fn` and turns a database failure into a StoreError (our own StoreErrors pass). */
export async function guarded<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw asStoreError(err, what);
  }
}

/**
 * Runs `fn` in one transaction on one connection. A connection that failed mid-way is thrown
 * away rather than handed to the next caller.
 */
export async function transaction<T>(pool: Pool, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackFailed) {
      broken = rollbackFailed as Error;
    }
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Opens a pool on DATABASE_URL and checks the database answers. */
export async function connectPostgres(
  url: string,
  onIdleError: (err: Error) => void,
): Promise<Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // A lost database must turn into a clear error (and a 503 on /healthz), not a hang.
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    application_name: "mk-safeguarding-assistant",
  });
  // An idle connection dropped by the server emits this; unhandled, it would end the process.
  pool.on("error", onIdleError);
  try {
    await pool.query("SELECT 1");
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw asStoreError(err, "be reached at start-up");
  }
  return pool;
}

// Any fixed number: every instance takes the same lock to migrate, so only one migrates at once.
const MIGRATION_LOCK = 7_302_017;

/**
 * Applies the migrations this database has not had yet, each in its own transaction, under an
 * advisory lock so that instances starting together migrate once. Refuses a database that a
 * newer release has migrated further than this one knows.
 */
export async function runMigrations(
  pool: Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const client = await guarded("be reached to migrate", () => pool.connect());
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = new Set(
      (await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map(
        (r) => r.version,
      ),
    );
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length > 0) {
      throw new StoreError(
        WHERE,
        `The database has schema version ${Math.max(...ahead)}, newer than this release knows (${newest}). Run the release that migrated it, or restore the database from a backup.`,
      );
    }
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
          m.version,
          m.name,
        ]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw asStoreError(err, `apply migration ${m.version} (${m.name})`);
      }
      applied.push(m.version);
    }
    return applied;
  } catch (err) {
    throw asStoreError(err, "migrate the schema");
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
