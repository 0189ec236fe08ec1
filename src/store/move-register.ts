import { FileRegisterBackend, REGISTER_FILE_NAME } from "./file-register-backend.js";
import { prepareDataDir } from "./json-store.js";
import { lockDataDir } from "./lock-data-dir.js";
import { connectPostgres, runMigrations } from "./postgres/connect-postgres.js";
import { PgRegisterBackend } from "./postgres/pg-register-backend.js";

export type MoveDirection = "to-postgres" | "to-file";

export interface MoveResult {
  reviews: number;
  deliveries: number;
  nextNumber: number;
}

/**
 * Copies the whole rapid review register (reviews, the id counter, reminder records) from the
 * data folder's file into PostgreSQL, or back. The target must hold no register yet, so nothing
 * is ever merged or overwritten; the source is left as it is. The data folder is locked while it
 * runs, so the file-store assistant must be stopped first (it says so if not).
 */
export async function moveRegister(
  direction: MoveDirection,
  options: { dataDir: string; databaseUrl: string },
): Promise<MoveResult> {
  const dataDir = await prepareDataDir(options.dataDir);
  const lock = await lockDataDir(dataDir);
  try {
    const pool = await connectPostgres(options.databaseUrl, () => undefined);
    try {
      await runMigrations(pool);
      const pgBackend = new PgRegisterBackend(pool);
      const fileBackend = await FileRegisterBackend.open(dataDir);
      const [from, to] =
        direction === "to-postgres" ? [fileBackend, pgBackend] : [pgBackend, fileBackend];
      const data = await from.exportAll();
      await to.importAll(data);
      return {
        reviews: data.reviews.length,
        deliveries: Object.keys(data.deliveries).length,
        nextNumber: data.nextNumber,
      };
    } finally {
      await pool.end();
    }
  } finally {
    await lock.release();
  }
}

export { REGISTER_FILE_NAME };
