import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/main-process.js";

/**
 * The container image and the service unit, read as an administrator's tools would read them.
 * No container tool runs in CI, so what can be checked without one is checked here: the image
 * builds from files that exist and are sent to the builder, starts what the build produces, runs
 * unprivileged with its data on a volume, and checks its health; the unit passes systemd's own
 * verifier where systemd is installed. (docs/DEPLOY.md says how the image build was tried.)
 */

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** Dockerfile instructions with their continuation lines joined, comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const [op = "", ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

describe("the Dockerfile", () => {
  const steps = instructions(read("Dockerfile"));
  const args = (op: string) => steps.filter((s) => s.op === op).map((s) => s.args);
  const ignored = read(".dockerignore")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));

  it("builds on a Node LTS image (22 or 24), never the end-of-life 20", () => {
    const base = args("ARG").find((a) => a.startsWith("NODE_IMAGE="));
    expect(base).toMatch(/^NODE_IMAGE=node:(22|24)-bookworm-slim$/);
    // One stage, on that image: the base is chosen in one place.
    expect(args("FROM")).toEqual(["$" + "{NODE_IMAGE}"]);
  });

  it("installs runtime dependencies only, from the lockfile, then builds what it starts", () => {
    const runs = args("RUN").join("\n");
    expect(runs).toMatch(/npm ci --omit=dev/);
    expect(runs).toMatch(/npm run build/);
    expect(runs.indexOf("npm ci --omit=dev")).toBeLessThan(runs.indexOf("npm run build"));
    // CMD starts the bundle that scripts/build.mjs makes from src/main.ts.
    expect(args("CMD")).toEqual(['["node", "dist/main.js"]']);
    expect(read("scripts/build.mjs")).toMatch(/"src\/main\.ts"/);
  });

  it("copies only files that exist and that .dockerignore lets through", () => {
    for (const copy of args("COPY")) {
      const parts = copy.split(/\s+/).filter((p) => !p.startsWith("--"));
      for (const source of parts.slice(0, -1)) {
        if (source === ".") continue;
        expect(existsSync(path.join(ROOT, source)), `${source} exists`).toBe(true);
        expect(ignored, `${source} is sent to the builder`).not.toContain(source);
      }
    }
    // What the image needs at run time is not ignored; secrets, data and local builds are.
    for (const needed of ["src", "scripts", "knowledge", "package.json", "package-lock.json"]) {
      expect(ignored).not.toContain(needed);
      expect(existsSync(path.join(ROOT, needed))).toBe(true);
    }
    expect(ignored).not.toContain("deploy");
    for (const secret of [".env", ".env.*", "data", "node_modules", ".git", "dist"]) {
      expect(ignored).toContain(secret);
    }
  });

  it("runs as an unprivileged numeric user, with its data on a volume it alone may write", () => {
    const [user, ...more] = args("USER");
    expect(more).toEqual([]);
    expect(user).toMatch(/^[1-9]\d{3,}:[1-9]\d{3,}$/);
    expect(args("VOLUME")).toEqual(['["/data"]']);
    expect(args("ENV").join(" ")).toMatch(/DATA_DIR=\/data/);
    const runs = args("RUN").join("\n");
    const uid = user?.split(":")[0];
    expect(runs).toContain(`--uid ${uid}`);
    expect(runs).toMatch(/chown assistant:assistant \/data/);
    // No HOST here: local mode must stay on loopback, and with credentials the default is 0.0.0.0.
    expect(args("ENV").join(" ")).not.toMatch(/\bHOST=/);
  });

  it("checks its health with the Node script it ships, on /healthz", () => {
    const [check] = args("HEALTHCHECK");
    expect(check).toMatch(/CMD \["node", "deploy\/healthcheck\.mjs"\]$/);
    expect(read("deploy/healthcheck.mjs")).toMatch(/\/healthz/);
    expect(args("EXPOSE")).toEqual(["3978"]);
  });
});

describe("the systemd unit", () => {
  const file = path.join(ROOT, "deploy/mk-safeguarding-assistant.service");
  const unit = readFileSync(file, "utf8");
  const values = (key: string) =>
    unit
      .split("\n")
      .filter((l) => l.startsWith(`${key}=`))
      .map((l) => l.slice(key.length + 1));

  it("runs node on the built bundle as its own user, restarting on failure", () => {
    expect(values("ExecStart")).toEqual(["/usr/bin/node dist/main.js"]);
    expect(values("User")).toEqual(["mk-assistant"]);
    expect(values("Restart")).toEqual(["on-failure"]);
    expect(values("EnvironmentFile")).toEqual(["/etc/mk-safeguarding-assistant/env"]);
    expect(values("WorkingDirectory")).toEqual(["/opt/mk-safeguarding-assistant"]);
  });

  it("lets the process write only its data folder, which is the DATA_DIR it is given", () => {
    const dataDir = values("Environment")
      .map((v) => /^DATA_DIR=(.+)$/.exec(v)?.[1])
      .find(Boolean);
    expect(dataDir).toBe("/var/lib/mk-safeguarding-assistant");
    expect(values("ProtectSystem")).toEqual(["strict"]);
    expect(values("ReadWritePaths")).toEqual([dataDir]);
    expect(values("StateDirectory").map((d) => `/var/lib/${d}`)).toEqual([dataDir]);
    for (const [key, value] of [
      ["NoNewPrivileges", "yes"],
      ["PrivateTmp", "yes"],
      ["ProtectHome", "yes"],
      ["CapabilityBoundingSet", ""],
    ]) {
      expect(values(key as string), key).toEqual([value]);
    }
    // V8 compiles to memory it then runs: this protection would stop Node at start-up.
    expect(values("MemoryDenyWriteExecute")).toEqual([]);
  });

  it("passes systemd-analyze verify", () => {
    const found = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });
    if (found.error) {
      // CI and developers' machines have systemd installed; say so loudly if one does not.
      console.warn("systemd-analyze is not installed: the unit was not verified here");
      return;
    }
    const verify = spawnSync("systemd-analyze", ["verify", file], { encoding: "utf8" });
    expect(verify.stderr).toBe("");
    expect(verify.status).toBe(0);
  });
});
