import { access, constants, copyFile, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Low } from "lowdb";
import { JSONFile } from "lowdb/node";
import type { z } from "zod";

export class StoreError extends Error {
  readonly code = "STORE_UNUSABLE";
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "StoreError";
  }
}

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

/**
 * One lowdb JSON file validated by a zod schema. lowdb writes a temp file and renames it, so a
 * crash never leaves half a file. A file that is corrupt or fails the schema stops start-up with
 * a message naming it, and is never written over: someone's deadlines may be in it.
 */
export class JsonStore<T> {
  /** Updates run one at a time, so a failed write can be undone without undoing another's. */
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
    const db = new Low<T>(new JSONFile<T>(file), defaults);
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
    // Dropped at once: with a big file, the text, the parsed JSON and zod's validated copy alive
    // together were the process's memory peak, and V8 keeps the heap it grew to.
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

  get data(): T {
    return this.db.data;
  }

  /**
   * Applies a change and writes it. The change is validated first, so bad data never lands; if
   * the write fails (disk full, folder gone) the change is undone in memory too and StoreError
   * is thrown, so what the process holds is always what is on disk and a caller can retry.
   */
  update(change: (data: T) => void): Promise<void> {
    const next = this.queue.then(() => this.apply(change));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * For big files, where copying and re-checking everything on each write is too slow: `change`
   * returns the next state built from the current one WITHOUT mutating it (unchanged parts are
   * shared), and `check` validates what it changed (it knows what that was), returning a problem
   * or undefined. Written and undone on failure as update() is.
   */
  replace(change: (data: T) => T, check: (next: T) => string | undefined): Promise<void> {
    const next = this.queue.then(async () => {
      const draft = change(this.db.data);
      const problem = check(draft);
      if (problem !== undefined) {
        throw new StoreError(
          this.file,
          `Refused to write invalid data to ${this.file}: ${problem}`,
        );
      }
      await this.commit(draft);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * For a change too big to copy (a map of tens of thousands of entries): `change` changes the
   * data IN PLACE and returns a function that undoes exactly that. `check` validates what it
   * changed; if it refuses, or the write fails, the change is undone, so memory still matches
   * the disk. Only for data no one else holds across an await.
   */
  mutate(change: (data: T) => () => void, check: () => string | undefined): Promise<void> {
    const next = this.queue.then(async () => {
      const undo = change(this.db.data);
      const problem = check();
      if (problem !== undefined) {
        undo();
        throw new StoreError(
          this.file,
          `Refused to write invalid data to ${this.file}: ${problem}`,
        );
      }
      try {
        await this.write();
      } catch (err) {
        undo();
        throw err;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async commit(next: T): Promise<void> {
    const before = this.db.data;
    this.db.data = next;
    try {
      await this.write();
    } catch (err) {
      this.db.data = before;
      throw err;
    }
  }

  private async apply(change: (data: T) => void): Promise<void> {
    const draft = structuredClone(this.db.data);
    change(draft);
    const parsed = this.schema.safeParse(draft);
    if (!parsed.success) {
      throw new StoreError(
        this.file,
        `Refused to write invalid data to ${this.file}: ${parsed.error.issues[0]?.message}`,
      );
    }
    await this.commit(parsed.data);
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
