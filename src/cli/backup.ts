import { existsSync } from "node:fs";
import path from "node:path";
import { readStringOptions } from "./read-string-options.js";
import {
  BackupError,
  backupFolderName,
  snapshotDataDir,
  verifyBackup,
} from "./snapshot-data-dir.js";

/**
 * `npm run backup`: a consistent copy of the file store (DATA_DIR) while the assistant runs, into
 * a new folder with a backup-info.json of checksums. `--verify DIR` checks a backup before it is
 * restored. With DATABASE_URL set the data is in PostgreSQL, whose own tools back it up.
 */

const USAGE = `Usage: npm run backup [-- --data-dir DIR] [--out DIR]
       npm run backup -- --verify BACKUP-DIR

  --data-dir  the assistant's data folder (default: DATA_DIR from the environment or .env, else ./data)
  --out       the new folder to write (default: backups/mk-safeguarding-<UTC time> here)
  --verify    check that a backup folder is complete and unchanged, before restoring it

Copies every data file of the running assistant in one consistent read each. To restore: stop
the assistant, run --verify, copy the files (not backup-info.json) into DATA_DIR, start it.
See docs/DEPLOY.md.`;

async function main(): Promise<number> {
  const args = readStringOptions(
    process.argv.slice(2),
    ["data-dir", "out", "verify"] as const,
    USAGE,
  );
  if (typeof args === "string") {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  if (args.verify) {
    const info = await verifyBackup(args.verify);
    console.log(
      `${path.resolve(args.verify)} is a complete backup taken ${info.createdAt} of ${info.dataDir}: ` +
        `${info.files.map((f) => f.name).join(", ")}.`,
    );
    return 0;
  }

  if (existsSync(".env")) process.loadEnvFile(".env");
  if (!args["data-dir"] && process.env.DATABASE_URL?.trim()) {
    console.error(
      "DATABASE_URL is set, so the assistant keeps its data in PostgreSQL, not in DATA_DIR.\n" +
        "Back it up with PostgreSQL's own tools, for example:\n" +
        '  pg_dump --format=custom --file=mk-safeguarding.dump "$DATABASE_URL"\n' +
        "(docs/DEPLOY.md, Backups). To copy a data folder anyway, name it with --data-dir.",
    );
    return 2;
  }
  const dataDir = args["data-dir"] ?? (process.env.DATA_DIR?.trim() || "./data");
  const now = new Date();
  const out = args.out ?? path.join("backups", backupFolderName(now));
  const info = await snapshotDataDir(dataDir, out, now);
  const bytes = info.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Backed up ${info.files.length} file${info.files.length === 1 ? "" : "s"} (${bytes} bytes) ` +
      `from ${info.dataDir} to ${path.resolve(out)}: ${info.files.map((f) => f.name).join(", ")}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(
      err instanceof BackupError ? err.message : `Backup failed: ${(err as Error).message}`,
    );
    process.exit(1);
  },
);
