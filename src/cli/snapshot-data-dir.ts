import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A consistent copy of the file store (DATA_DIR) taken while the assistant runs. The store never
 * changes a file in place: lowdb writes a temporary file and renames it over the old one. So one
 * read of a file sees one whole version of it (the open file keeps the version it started with
 * even if a rename lands meanwhile), and each file holds everything that must agree (a review and
 * its reminder deliveries live in the same file). Copying file by file, each in a single read,
 * is therefore a snapshot the assistant can start from, with no need to stop it or take its lock.
 */

export const INFO_FILE = "backup-info.json";

export interface BackedUpFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface BackupInfo {
  /** What wrote this folder, so a restore can tell it from any other folder. */
  kind: "mk-safeguarding-assistant data backup";
  createdAt: string;
  dataDir: string;
  files: BackedUpFile[];
}

/** Something that stops the backup or the check; the message says what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/**
 * Files in the data folder that are not data: lowdb's half-written temporary files (".name.tmp",
 * renamed into place when complete) and lock files, which belong to the running process.
 */
function isData(name: string): boolean {
  return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".lock");
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Copies every data file of `dataDir` into the new folder `outDir`. The copy is written beside it
 * as `<outDir>.partial` and renamed when complete, so a folder named `outDir` is always a whole
 * backup. A JSON file that does not parse is refused: the assistant would not start from it
 * either, and a backup that cannot be restored is worse than none.
 */
export async function snapshotDataDir(
  dataDir: string,
  outDir: string,
  now: Date,
): Promise<BackupInfo> {
  const from = path.resolve(dataDir);
  const to = path.resolve(outDir);
  let names: string[];
  try {
    const entries = await readdir(from, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && isData(e.name))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    throw new BackupError(
      `The data folder ${from} cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"}). Set DATA_DIR (or --data-dir) to the folder the assistant uses.`,
    );
  }
  if (names.length === 0) {
    throw new BackupError(
      `The data folder ${from} has no data files. Is it the folder the assistant uses (its DATA_DIR)?`,
    );
  }
  if (await exists(to)) {
    throw new BackupError(
      `${to} already exists. Choose a new folder for each backup (--out), so none is written over.`,
    );
  }

  const partial = `${to}.partial`;
  await rm(partial, { recursive: true, force: true });
  // Only the owner may read a backup: it may hold case references and, if recorded, question text.
  await mkdir(partial, { recursive: true, mode: 0o700 });
  try {
    const files: BackedUpFile[] = [];
    for (const name of names) {
      // One read per file: see the comment at the top for why this is a consistent copy.
      const bytes = await readFile(path.join(from, name));
      if (name.endsWith(".json")) assertJson(path.join(from, name), bytes);
      await writeFile(path.join(partial, name), bytes, { flag: "wx", mode: 0o600 });
      files.push({ name, bytes: bytes.length, sha256: sha256(bytes) });
    }
    const info: BackupInfo = {
      kind: "mk-safeguarding-assistant data backup",
      createdAt: now.toISOString(),
      dataDir: from,
      files,
    };
    await writeFile(path.join(partial, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(partial, to);
    return info;
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Checks a backup folder before it is restored: every file listed in its backup-info.json is
 * there with the same size and checksum. Returns the info; throws naming each problem.
 */
export async function verifyBackup(backupDir: string): Promise<BackupInfo> {
  const dir = path.resolve(backupDir);
  let info: BackupInfo;
  try {
    info = JSON.parse(await readFile(path.join(dir, INFO_FILE), "utf8")) as BackupInfo;
  } catch {
    throw new BackupError(
      `${dir} is not a backup made by npm run backup: its ${INFO_FILE} is missing or unreadable.`,
    );
  }
  if (info?.kind !== "mk-safeguarding-assistant data backup" || !Array.isArray(info.files)) {
    throw new BackupError(`${path.join(dir, INFO_FILE)} is not a backup description.`);
  }
  const problems: string[] = [];
  for (const file of info.files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, file.name));
    } catch {
      problems.push(`${file.name} is missing`);
      continue;
    }
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      problems.push(`${file.name} has changed since the backup was made (checksum differs)`);
    }
  }
  if (problems.length > 0) {
    throw new BackupError(
      `The backup in ${dir} is damaged; do not restore it:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  return info;
}

function assertJson(file: string, bytes: Uint8Array): void {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new BackupError(
      `${file} is not valid JSON, so no backup was made. The assistant will not start from it either: restore it from an earlier backup, or move it aside (see docs/DEPLOY.md).`,
    );
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** A folder name for a backup taken at `now`, sortable and free of characters shells mind. */
export function backupFolderName(now: Date): string {
  return `mk-safeguarding-${now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}`;
}
