import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonStore } from "../../src/store/json-store.js";
import { ReviewRegister } from "../../src/store/review-register.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mk-backup-"));
  scratch.push(dir);
  return dir;
}

/** The environment an operator's shell would give `npm run backup`, with nothing of ours leaking in. */
const baseEnv = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" });
// The backup runs from wherever the operator stands, so tsx is named by path, not found from cwd.
const TSX = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const cli = (args: string[]) => ["--import", TSX, path.join(ROOT, "src/cli/backup.ts"), ...args];
function backup(args: string[], env: Record<string, string> = {}, cwd = tempDir()) {
  return spawnSync(process.execPath, cli(args), {
    cwd,
    env: { ...baseEnv(), ...env },
    encoding: "utf8",
  });
}

/** A data folder as a running assistant leaves it: its files, lowdb's temp file, a lock. */
async function dataFolder(): Promise<string> {
  const dir = path.join(tempDir(), "data");
  mkdirSync(dir);
  const register = await ReviewRegister.open(dir);
  const started = await register.start({
    caseRef: "CR-2026-014",
    kind: "child",
    received: "2026-12-01",
    by: "U0PANEL",
    now: new Date("2026-12-01T10:00:00Z"),
  });
  expect(started.ok).toBe(true);
  writeFileSync(path.join(dir, "knowledge-feedback.json"), '{"version":1,"articles":{}}\n');
  writeFileSync(path.join(dir, "rapid-reviews.json.v1.bak"), '{"version":1,"reviews":[]}\n');
  writeFileSync(path.join(dir, ".rapid-reviews.json.tmp"), '{"version":2,"rev'); // mid-write
  writeFileSync(path.join(dir, "assistant.lock"), "4242\n");
  // An earlier backup kept on the same volume is not data to copy again.
  mkdirSync(path.join(dir, "backups", "monday"), { recursive: true });
  writeFileSync(path.join(dir, "backups", "monday", "rapid-reviews.json"), "{}\n");
  return dir;
}

describe("npm run backup", () => {
  it("copies every data file, and only data files, into a new folder with their checksums", async () => {
    const data = await dataFolder();
    const out = path.join(tempDir(), "nightly");
    const run = backup(["--out", out], { DATA_DIR: data });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Backed up 3 files .* from .*data to .*nightly/);

    expect(readdirSync(out).sort()).toEqual([
      "backup-info.json",
      "knowledge-feedback.json",
      "rapid-reviews.json",
      "rapid-reviews.json.v1.bak",
    ]);
    for (const name of ["rapid-reviews.json", "knowledge-feedback.json"]) {
      expect(readFileSync(path.join(out, name))).toEqual(readFileSync(path.join(data, name)));
    }
    // A backup holds case references (and question text if recorded): its owner's eyes only.
    expect(statSync(out).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(out, "rapid-reviews.json")).mode & 0o777).toBe(0o600);

    // The restored copy is one the assistant starts from, with the review in it.
    const restored = path.join(tempDir(), "restored");
    mkdirSync(restored);
    writeFileSync(
      path.join(restored, "rapid-reviews.json"),
      readFileSync(path.join(out, "rapid-reviews.json")),
    );
    const register = await ReviewRegister.open(restored);
    expect(JSON.stringify(await register.list())).toContain("CR-2026-014");

    const verified = backup(["--verify", out]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/is a complete backup taken .* rapid-reviews\.json/);
  });

  it("takes a whole copy while the store is writing the file over and over", async () => {
    const data = path.join(tempDir(), "data");
    mkdirSync(data);
    const schema = z.object({ n: z.number(), items: z.array(z.string()) });
    const file = path.join(data, "rapid-reviews.json");
    // Big enough that reading it and the store's write-and-rename overlap.
    const items = Array.from({ length: 5000 }, (_, i) => `item ${i} ${"x".repeat(40)}`);
    const store = await JsonStore.open(file, schema, { n: 0, items });
    const out = path.join(tempDir(), "during-writes");

    const child = spawn(process.execPath, cli(["--out", out]), {
      cwd: tempDir(),
      env: { ...baseEnv(), DATA_DIR: data },
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let done = false;
    void exited.then(() => {
      done = true;
    });
    let writes = 0;
    while (!done) {
      await store.update((d) => {
        d.n += 1;
        d.items[d.n % d.items.length] = `changed ${d.n}`;
      });
      writes++;
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
    expect(writes).toBeGreaterThan(1);

    const copy = JSON.parse(readFileSync(path.join(out, "rapid-reviews.json"), "utf8"));
    expect(schema.safeParse(copy).success).toBe(true);
    expect(copy.n).toBeLessThanOrEqual(store.data.n);
    // One version of the file, not a mixture: exactly the changes 1..n, each in its own item.
    const changes = copy.items
      .filter((s: string) => s.startsWith("changed "))
      .map((s: string) => Number(s.slice("changed ".length)))
      .sort((a: number, b: number) => a - b);
    expect(changes).toEqual(Array.from({ length: copy.n }, (_, i) => i + 1));
  });

  it("refuses a corrupt data file, leaving no backup folder behind", () => {
    const data = path.join(tempDir(), "data");
    mkdirSync(data);
    writeFileSync(path.join(data, "rapid-reviews.json"), '{"version":2,"reviews":[');
    const out = path.join(tempDir(), "b");
    const run = backup(["--out", out], { DATA_DIR: data });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/rapid-reviews\.json is not valid JSON, so no backup was made/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("never writes over an earlier backup", async () => {
    const data = await dataFolder();
    const out = path.join(tempDir(), "b");
    expect(backup(["--out", out], { DATA_DIR: data }).status).toBe(0);
    const before = readFileSync(path.join(out, "backup-info.json"), "utf8");
    const again = backup(["--out", out], { DATA_DIR: data });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists\. Choose a new folder for each backup/);
    expect(readFileSync(path.join(out, "backup-info.json"), "utf8")).toBe(before);
  });

  it("names its folder by the time under backups/ when no --out is given", async () => {
    const data = await dataFolder();
    const cwd = tempDir();
    const run = backup([], { DATA_DIR: data }, cwd);
    expect(run.status).toBe(0);
    const [folder, ...others] = readdirSync(path.join(cwd, "backups"));
    expect(others).toEqual([]);
    expect(folder).toMatch(/^mk-safeguarding-\d{8}T\d{6}Z$/);
  });

  it("--verify finds a file changed or missing since the backup", async () => {
    const data = await dataFolder();
    const out = path.join(tempDir(), "b");
    expect(backup(["--out", out], { DATA_DIR: data }).status).toBe(0);
    writeFileSync(path.join(out, "knowledge-feedback.json"), '{"version":1,"articles":{"a":1}}\n');
    rmSync(path.join(out, "rapid-reviews.json"));
    const run = backup(["--verify", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is damaged; do not restore it/);
    expect(run.stderr).toMatch(/knowledge-feedback\.json has changed since the backup/);
    expect(run.stderr).toMatch(/rapid-reviews\.json is missing/);

    const notABackup = backup(["--verify", data]);
    expect(notABackup.status).toBe(1);
    expect(notABackup.stderr).toMatch(/is not a backup made by npm run backup/);
  });

  it("points to pg_dump when the data is in PostgreSQL, and says plainly when the folder is wrong", () => {
    const pg = backup([], { DATABASE_URL: "postgres://assistant@127.0.0.1:5432/mk" });
    expect(pg.status).toBe(2);
    expect(pg.stderr).toMatch(/keeps its data in PostgreSQL/);
    expect(pg.stderr).toMatch(/pg_dump --format=custom/);

    const missing = backup([], { DATA_DIR: path.join(tempDir(), "nowhere") });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/The data folder .*nowhere cannot be read \(ENOENT\)/);

    const unknown = backup(["--when", "now"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option "--when"/);
  });
});
