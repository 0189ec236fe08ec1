import { access, constants, mkdir, readFile, stat } from "node:fs/promises";
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

  static async open<T>(file: string, schema: z.ZodType<T>, defaults: T): Promise<JsonStore<T>> {
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
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new StoreError(
        file,
        `The data file ${file} does not have the expected contents (${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "schema mismatch"}). It has been left as it is. Restore it from a backup, or move it aside, then start again.`,
      );
    }
    db.data = parsed.data;
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
    const before = this.db.data;
    this.db.data = parsed.data;
    try {
      await this.write();
    } catch (err) {
      this.db.data = before;
      throw err;
    }
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
