import { open, stat, unlink } from "node:fs/promises";
import path from "node:path";

/**
 * For /healthz: can the data folder take a write right now? Writes, fsyncs and removes a small
 * file, so a full disk or a read-only remount shows up (checking permissions alone does not).
 * Creates no folder: one made in place of a lost volume would hide the real data. Returns the
 * problem in words, or undefined when all is well.
 */
export async function probeDataDirWritable(dir: string): Promise<string | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) return `the data folder ${dir} is not a folder`;
  } catch (err) {
    return `the data folder ${dir} is missing (${(err as NodeJS.ErrnoException).code ?? "error"})`;
  }
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    const handle = await open(probe, "w", 0o600);
    try {
      await handle.writeFile("probe\n".repeat(64));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (err) {
    return `the data folder ${dir} cannot be written (${(err as NodeJS.ErrnoException).code ?? "error"})`;
  } finally {
    await unlink(probe).catch(() => undefined);
  }
}
