// @ts-check
/**
 * `npm run build`: compiles the assistant and its benchmark CLIs to dist/ with esbuild (which
 * comes with tsx), as bundles. Starting from one bundle instead of tsx compiling hundreds of
 * TypeScript files and Node resolving thousands of package files is what makes start-up fast.
 * Code split: what only one entry needs (Slack's SDK, loaded only when Slack is on) sits in its
 * own chunk and is read only when imported.
 *
 * `node scripts/build.mjs --if-stale` (npm's prestart) skips the build when dist/ is newer than
 * every source file, so `npm start` after a build starts at once and never runs stale code.
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist");
const STAMP = path.join(OUT, ".built");
const ENTRIES = [
  "src/main.ts",
  "src/cli/bench.ts",
  "src/cli/bench-turns.ts",
  "src/cli/bench-reminders.ts",
  "src/cli/bench-startup.ts",
  "src/cli/bench-knowledge.ts",
  "src/cli/load.ts",
];
const SOURCES = ["src", "dialogs", "package.json", "package-lock.json", "scripts/build.mjs"];

/** Newest modification time (ms) of a file, or of any file under a folder. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => newest(path.join(ROOT, s)) > built);
}

export async function buildDist() {
  // Chunk names carry content hashes: clear out the last build's so none are left behind.
  rmSync(OUT, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    outbase: "src",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
    // Bundled CommonJS packages call require() for Node's own modules; ESM has no require.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);
  const started = Date.now();
  await buildDist();
  console.error(`Built dist/ in ${Date.now() - started} ms`);
}
