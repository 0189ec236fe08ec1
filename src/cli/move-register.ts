import { existsSync } from "node:fs";
import { readConfig } from "../config.js";
import { type MoveDirection, moveRegister } from "../store/move-register.js";
import { isStoreError } from "../store/store-error.js";

const USAGE = `Usage: npm run --silent register:move -- to-postgres | to-file
  to-postgres  copies DATA_DIR's rapid-reviews.json into the (empty) PostgreSQL at DATABASE_URL
  to-file      copies the register in PostgreSQL into DATA_DIR (which must hold none yet)
Stop the assistant first. The source is left as it is.`;

if (existsSync(".env")) process.loadEnvFile(".env");
const direction = process.argv[2];
if (direction !== "to-postgres" && direction !== "to-file") {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
try {
  const config = readConfig(process.env);
  if (!config.databaseUrl) {
    process.stderr.write("DATABASE_URL is not set: say which PostgreSQL database to use.\n");
    process.exit(2);
  }
  const moved = await moveRegister(direction as MoveDirection, {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
  });
  process.stdout.write(
    `Copied ${moved.reviews} reviews and ${moved.deliveries} reminder records ${direction === "to-postgres" ? `from ${config.dataDir} to PostgreSQL` : `from PostgreSQL to ${config.dataDir}`} (next review number ${moved.nextNumber}).\n`,
  );
} catch (err) {
  process.stderr.write(`${isStoreError(err) ? err.message : (err as Error).message}\n`);
  process.exit(1);
}
