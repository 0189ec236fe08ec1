import { randomBytes } from "node:crypto";
import { link, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { z } from "zod";
import { StoreError } from "./store-error.js";

export const LOCK_FILE = "assistant.lock";

/**
 * The owner touches its lock this often. A lock from another host (a shared volume, or a
 * container re-created with a new hostname) cannot be checked by pid, so it counts as left
 * behind once it has not been touched for LOCK_LAPSES_MS.
 */
const LOCK_REFRESH_MS = 10_000;
export const LOCK_LAPSES_MS = 30_000;

const lockSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
});
type LockInfo = z.infer<typeof lockSchema>;

/** Lock files this process holds now: a second open in the same process is refused too. */
const heldHere = new Set<string>();

export interface DataDirLock {
  readonly file: string;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readLock(file: string): Promise<LockInfo | "unreadable" | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return "unreadable";
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}

/**
 * Makes this process the one owner of the data folder. The file store (lowdb) is safe for one
 * writer only: two processes on one folder silently lose each other's changes, so a second one
 * stops here with a message saying what to do. The lock file holds the owner's pid and host; it
 * appears complete or not at all (written aside, then hard-linked into place, which fails if a
 * lock is already there). A lock left by a process that is gone (killed, a power cut) is taken
 * over, and `onStale` is told so that the log says it: on this host when its pid is not running,
 * from another host when it has not been refreshed for LOCK_LAPSES_MS.
 */
export async function lockDataDir(
  dir: string,
  onStale: (previous: LockInfo) => void = () => undefined,
): Promise<DataDirLock> {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
  };
  const temp = path.join(dir, `.${LOCK_FILE}.${process.pid}.${randomBytes(4).toString("hex")}`);
  try {
    await writeFile(temp, JSON.stringify(mine), { mode: 0o600 });
  } catch (err) {
    throw new StoreError(
      dir,
      `The data folder ${dir} cannot be written (${(err as NodeJS.ErrnoException).code ?? "error"}). Set DATA_DIR to a folder the assistant's user can write, or fix its permissions.`,
    );
  }
  try {
    for (let tries = 0; tries < 5; tries++) {
      try {
        await link(temp, file);
        heldHere.add(file);
        const refresh = setInterval(() => {
          const now = new Date();
          utimes(file, now, now).catch(() => undefined);
        }, LOCK_REFRESH_MS);
        refresh.unref();
        return {
          file,
          release: async () => {
            clearInterval(refresh);
            heldHere.delete(file);
            const now = await readLock(file);
            if (now !== "unreadable" && now?.pid === mine.pid && now.host === mine.host) {
              await unlink(file).catch(() => undefined);
            }
          },
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
      const held = await readLock(file);
      if (held === undefined) continue; // released meanwhile: try again
      if (held === "unreadable") {
        throw new StoreError(
          file,
          `The data folder ${dir} has a lock file ${file} that cannot be read. If no other copy of the assistant uses this folder, delete ${file} and start again.`,
        );
      }
      // The same pid on this host is this process's own earlier life (a container restarted
      // with the same pid): nobody else can hold it.
      const ours = held.host === mine.host && held.pid === mine.pid && !heldHere.has(file);
      const touchedAgo = Date.now() - (await stat(file).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (held.host !== mine.host && touchedAgo < LOCK_LAPSES_MS) {
        throw new StoreError(
          file,
          `The data folder ${dir} is in use by the assistant on host ${held.host} (pid ${held.pid}, since ${held.startedAt}; its lock was refreshed ${Math.round(touchedAgo / 1000)} s ago). One process owns a data folder; to run more than one instance, set DATABASE_URL to a PostgreSQL database. If that host has stopped, its lock lapses ${LOCK_LAPSES_MS / 1000} s after its last refresh: start again then.`,
        );
      }
      if (held.host === mine.host && !ours && (heldHere.has(file) || isAlive(held.pid))) {
        throw new StoreError(
          file,
          `The data folder ${dir} is in use by another running copy of the assistant (pid ${held.pid}, since ${held.startedAt}). One process owns a data folder: stop the other one, give this one its own DATA_DIR, or set DATABASE_URL to a PostgreSQL database to run more than one instance.`,
        );
      }
      // Stale. Move it aside (atomic: of two processes taking over, one rename wins) and check
      // that what was moved is the stale lock read above, not a new owner's.
      const aside = `${temp}.stale`;
      try {
        await rename(file, aside);
      } catch {
        continue;
      }
      const moved = await readLock(aside);
      if (moved !== "unreadable" && moved?.pid === held.pid && moved.startedAt === held.startedAt) {
        await unlink(aside).catch(() => undefined);
        onStale(held);
        continue;
      }
      // A new owner's lock was moved by mistake: put it back unless yet another appeared.
      await link(aside, file).catch(() => undefined);
      await unlink(aside).catch(() => undefined);
    }
    throw new StoreError(
      file,
      `Could not take the lock ${file} on the data folder ${dir}: other processes keep taking it. Make sure only one copy of the assistant uses this folder.`,
    );
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
