import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Vitest global setup: builds dist/ when the sources are newer (as npm's prestart does), once per
 * run, so the tests that start the assistant as a process start it as `npm start` runs it.
 */
export default function buildDist(): void {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], {
    cwd: root,
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
}
