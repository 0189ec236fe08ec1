import { open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { Adapter } from "lowdb";

/** fsyncs a folder, so a rename inside it survives a power cut (Linux; a no-op where refused). */
async function syncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (err) {
    // Some platforms (Windows) and file systems refuse to open or sync a folder.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EINVAL" && code !== "EPERM" && code !== "EBADF") throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * A lowdb adapter that writes durably: the JSON goes to a temp file beside the data file, which
 * is fsynced, renamed over the data file, and the folder fsynced. lowdb's own JSONFile renames
 * without fsync, so a "done" could be lost in a power cut after the user was told. A write that
 * fails (disk full) removes its temp file instead of leaving half a file behind.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly temp: string;

  constructor(readonly file: string) {
    this.temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, "utf8")) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 2);
    try {
      const handle = await open(this.temp, "w", 0o600);
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(this.temp, this.file);
    } catch (err) {
      await unlink(this.temp).catch(() => undefined);
      throw err;
    }
    await syncDir(path.dirname(this.file));
  }
}
