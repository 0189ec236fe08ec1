import { access, constants, copyFile, mkdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import type { z } from "zod";
import { DurableJsonFile } from "./durable-json-file.js";
import { StoreError } from "./store-error.js";

export { StoreError };

/** Makes sure the data folder exists and can be written, with a message an operator can act on. */
export async function prepareDataDir(dir: string): Promise<string> {
  const abs = path.resolve(dir);
  try {
    await mkdir(abs, { recursive: true });
    await access(abs, constants.W_OK | constants.R_OK);
  } catch (err) {
    throw new StoreError(
      abs,
      `The data folder ${abs} cannot be created or written (${(err as NodeJS.ErrnoException).code ?? "error"}). Set DATA_DIR to a folder the assistant's user can write, or fix its permissions.`,
    );
  }
  return abs;
}

/**
 * For /healthz: is the data folder still there and writable? Unlike prepareDataDir it creates
 * nothing: if the folder vanished (an unmounted volume, say), making an empty one in its place
 * would hide the real data from whoever puts it back.
 */
export async function dataDirWritable(dir: string): Promise<boolean> {
  try {
    if (!(await stat(dir)).isDirectory()) return false;
    await access(dir, constants.W_OK | constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** How to read a file an earlier release wrote (its version number is `from`). */
export interface Upgrade<T> {
  from: number;
  /** The old version's schema: an old file that fails it is corrupt, as any other. */
  schema: z.ZodType;
  apply(old: never): T;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  return issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "schema mismatch";
}

function validated<S>(file: string, schema: z.ZodType<S>, raw: unknown): S {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError(
      file,
      `The data file ${file} does not have the expected contents (${describeIssue(parsed.error.issues[0])}). It has been left as it is. Restore it from a backup, or move it aside, then start again.`,
    );
  }
  return parsed.data;
}

/**
 * Copies a file about to be upgraded to `<file>.v<from>.bak` (or `.v<from>.<n>.bak` if that is
 * taken: an earlier backup is never written over), so the old release can still read its data.
 */
async function backUp(file: string, from: number): Promise<string> {
  for (let n = 1; ; n++) {
    const backup = `${file}.v${from}${n === 1 ? "" : `.${n}`}.bak`;
    try {
      await copyFile(file, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && n < 1000) continue;
      throw new StoreError(
        file,
        `The data file ${file} needs upgrading, but a backup copy could not be written (${code ?? "error"}). It has been left as it is. Check the disk and the folder's permissions.`,
      );
    }
  }
}

/** What a transaction decides: the next state to write (none: nothing changes) and its answer. */
export interface Decision<T, R> {
  next?: T;
  result: R;
}

/**
 * One lowdb JSON file validated by a zod schema, written durably (see DurableJsonFile). Every
 * change is a transaction: it reads the current state, checks it and says what to write as one
 * step inside the write queue, so two changes can never both start from the same state. A file
 * that is corrupt or fails the schema stops start-up with a message naming it, and is never
 * written over: someone's deadlines may be in it.
 */
export class JsonStore<T> {
  /** Changes run one at a time, so each sees the one before it and a failed write undoes only itself. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Low<T>,
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  static async open<T>(
    file: string,
    schema: z.ZodType<T>,
    defaults: T,
    upgrades: readonly Upgrade<T>[] = [],
  ): Promise<JsonStore<T>> {
    const adapter = new DurableJsonFile<T>(file);
    const db = new Low<T>(adapter, defaults);
    // A temp file left by a write that was cut short (a crash, a full disk) holds nothing that
    // was ever confirmed: the data file is still the last complete write.
    await unlink(adapter.temp).catch(() => undefined);
    let text: string | undefined;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
        throw new StoreError(
          file,
          `The data file ${file} cannot be read (${(err as NodeJS.ErrnoException).code}). Check its permissions.`,
        );
      }
    }
    const store = new JsonStore(db, file, schema);
    if (text === undefined) {
      db.data = structuredClone(defaults);
      await store.write();
      return store;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new StoreError(
        file,
        `The data file ${file} is corrupt or truncated (it is not valid JSON). It has been left as it is. Restore it from a backup, or move it aside to start with an empty one, then start again.`,
      );
    }
    text = undefined;
    const version = (raw as { version?: unknown } | null)?.version;
    const upgrade = upgrades.find((u) => u.from === version);
    if (upgrade) {
      const old = validated(file, upgrade.schema, raw);
      raw = undefined;
      const backup = await backUp(file, upgrade.from);
      const parsed = schema.safeParse(upgrade.apply(old as never));
      if (!parsed.success) {
        throw new StoreError(
          file,
          `The data file ${file} (version ${upgrade.from}) could not be upgraded (${describeIssue(parsed.error.issues[0])}). It has been left as it is; a copy is in ${backup}.`,
        );
      }
      db.data = parsed.data;
      await store.write();
      return store;
    }
    db.data = validated(file, schema, raw);
    return store;
  }

  /** The state as last written. Read it inside transact() to change anything based on it. */
  get data(): T {
    return this.db.data;
  }

  /**
   * Applies a change to a copy and writes it, validated against the whole schema first. For
   * small files; big ones use transact() with a check of what changed.
   */
  update(change: (data: T) => void): Promise<void> {
    return this.transact((data) => {
      const draft = structuredClone(data);
      change(draft);
      const parsed = this.schema.safeParse(draft);
      if (!parsed.success) {
        throw new StoreError(
          this.file,
          `Refused to write invalid data to ${this.file}: ${parsed.error.issues[0]?.message}`,
        );
      }
      return { next: parsed.data, result: undefined };
    });
  }

  /**
   * One transaction: `decide` gets the current state and returns the next one (built from it
   * without changing it) and its answer. `check` validates what changed, returning a problem or
   * undefined. The answer is returned only once the next state is durably on disk; if the write
   * fails (disk full, folder gone) nothing changes in memory either and StoreError is thrown.
   */
  transact<R>(
    decide: (data: T) => Decision<T, R>,
    check: (next: T) => string | undefined = () => undefined,
  ): Promise<R> {
    const run = async (): Promise<R> => {
      const { next, result } = decide(this.db.data);
      if (next === undefined) return result;
      const problem = check(next);
      if (problem !== undefined) {
        throw new StoreError(
          this.file,
          `Refused to write invalid data to ${this.file}: ${problem}`,
        );
      }
      const before = this.db.data;
      this.db.data = next;
      try {
        await this.write();
      } catch (err) {
        this.db.data = before;
        throw err;
      }
      return result;
    };
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(): Promise<void> {
    try {
      await this.db.write();
    } catch (err) {
      throw new StoreError(
        this.file,
        `Could not write ${this.file} (${(err as NodeJS.ErrnoException).code ?? "error"}). Check the disk and the folder's permissions.`,
      );
    }
  }

  /** For /healthz: can the file still be read back? */
  async readable(): Promise<boolean> {
    try {
      JSON.parse(await readFile(this.file, "utf8"));
      return true;
    } catch {
      return false;
    }
  }
}
