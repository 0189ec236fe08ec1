import type { Logger } from "pino";
import { FileRegisterBackend } from "./file-register-backend.js";
import { prepareDataDir } from "./json-store.js";
import { type FeedbackStore, KnowledgeFeedbackStore } from "./knowledge-feedback-store.js";
import { lockDataDir } from "./lock-data-dir.js";
import { MemoryClaims } from "./memory-claims.js";
import {
  connectPostgres,
  guarded,
  type Pool,
  runMigrations,
  WHERE,
} from "./postgres/connect-postgres.js";
import { PgFeedbackStore } from "./postgres/pg-feedback-store.js";
import { PgRegisterBackend } from "./postgres/pg-register-backend.js";
import { PgSessionStore } from "./postgres/pg-session-store.js";
import { probeDataDirWritable } from "./probe-writable.js";
import { ReviewRegister } from "./review-register.js";
import { MemorySessionStore, type SessionStore } from "./session-store.js";

export interface StoreHealth {
  kind: "file" | "postgresql";
  writable: boolean;
  /** What is wrong, in words, when it is not writable. */
  problem?: string;
}

/**
 * Everything the assistant keeps, behind one interface with two implementations: files in
 * DATA_DIR (one process owns the folder) or PostgreSQL (DATABASE_URL; any number of instances).
 */
export interface Stores {
  readonly kind: "file" | "postgresql";
  /** Where, for the start-up log: the data folder, or "PostgreSQL". */
  readonly where: string;
  readonly sessions: SessionStore;
  /** The rapid review register (opened on first use: a Teams-only assistant never reads it). */
  openRegister(): Promise<ReviewRegister>;
  openFeedback(options: { recordQuestionText: boolean; now: Date }): Promise<FeedbackStore>;
  /**
   * True for the first caller of `key` (until `ttlMs` has passed), false for every later one,
   * across instances with PostgreSQL. Replay protection for incoming requests.
   */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** For /healthz: can a write land right now? (A full disk, a lost database: no.) */
  health(): Promise<StoreHealth>;
  /** Drops expired sessions and claims; called periodically. */
  sweep(now: Date): Promise<void>;
  close(): Promise<void>;
}

export interface StoreConfig {
  dataDir: string;
  databaseUrl?: string;
}

type Log = Pick<Logger, "info" | "warn" | "error">;

/** Opens the store the configuration asks for. Throws StoreError with a readable message. */
export function openStores(config: StoreConfig, log: Log): Promise<Stores> {
  return config.databaseUrl
    ? openPostgresStores(config.databaseUrl, log)
    : openFileStores(config.dataDir, log);
}

async function openFileStores(dir: string, log: Log): Promise<Stores> {
  const dataDir = await prepareDataDir(dir);
  const lock = await lockDataDir(dataDir, (previous) =>
    log.warn(
      { event: "data_dir_lock_taken_over", pid: previous.pid, since: previous.startedAt },
      "The data folder's lock was left by a process that is no longer running; taken over",
    ),
  );
  const sessions = new MemorySessionStore();
  const claims = new MemoryClaims();
  let register: Promise<ReviewRegister> | undefined;
  const feedback: KnowledgeFeedbackStore[] = [];
  return {
    kind: "file",
    where: dataDir,
    sessions,
    openRegister() {
      register ??= FileRegisterBackend.open(dataDir).then((b) => new ReviewRegister(b));
      register.catch(() => {
        register = undefined;
      });
      return register;
    },
    async openFeedback(options) {
      const store = await KnowledgeFeedbackStore.open(dataDir, options);
      feedback.push(store);
      return store;
    },
    claimOnce: (key, ttlMs) => claims.claimOnce(key, ttlMs),
    async health() {
      const problem = await probeDataDirWritable(dataDir);
      return problem
        ? { kind: "file", writable: false, problem }
        : { kind: "file", writable: true };
    },
    async sweep(now) {
      await sessions.sweep(now);
      claims.sweep();
    },
    async close() {
      await Promise.allSettled(feedback.map((f) => f.flush()));
      await lock.release();
    },
  };
}

async function openPostgresStores(url: string, log: Log): Promise<Stores> {
  const pool = await connectPostgres(url, (err) =>
    log.warn(
      { event: "postgres_connection_lost", code: (err as { code?: string }).code },
      "A PostgreSQL connection was dropped; the next query opens a new one",
    ),
  );
  try {
    const applied = await runMigrations(pool);
    if (applied.length > 0) {
      log.info({ event: "postgres_migrated", versions: applied }, "PostgreSQL schema migrated");
    }
    const backend = new PgRegisterBackend(pool);
    await backend.checkIntegrity();
    const register = new ReviewRegister(backend);
    const sessions = new PgSessionStore(pool);
    const feedback: PgFeedbackStore[] = [];
    return {
      kind: "postgresql",
      where: WHERE,
      sessions,
      openRegister: async () => register,
      async openFeedback(options) {
        const store = await PgFeedbackStore.open(pool, options);
        feedback.push(store);
        return store;
      },
      claimOnce: (key, ttlMs) => claimOnce(pool, key, ttlMs),
      health: () => probePostgres(pool),
      async sweep(now) {
        await sessions.sweep(now);
        await guarded("expire claims", () =>
          pool.query("DELETE FROM claims WHERE expires_at < now()"),
        );
      },
      async close() {
        await Promise.allSettled(feedback.map((f) => f.flush()));
        await pool.end();
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}

/** One statement: inserts the key, or takes over an expired claim; a row back means ours. */
async function claimOnce(pool: Pool, key: string, ttlMs: number): Promise<boolean> {
  const { rowCount } = await guarded("record a request", () =>
    pool.query(
      `INSERT INTO claims (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at
         WHERE claims.expires_at <= now()
       RETURNING key`,
      [key, Math.max(0, Math.round(ttlMs))],
    ),
  );
  return rowCount === 1;
}

/** A real write (a read-only or unreachable database fails it), bounded in time. */
async function probePostgres(pool: Pool): Promise<StoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pool.query(
        `INSERT INTO store_health (checked_at) VALUES (now())
         ON CONFLICT (only_row) DO UPDATE SET checked_at = now()`,
      ),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("no answer within 3 s")), 3_000);
      }),
    ]);
    return { kind: "postgresql", writable: true };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return {
      kind: "postgresql",
      writable: false,
      problem: `PostgreSQL cannot be written (${e.code ?? e.message ?? "error"})`,
    };
  } finally {
    clearTimeout(timer);
  }
}
