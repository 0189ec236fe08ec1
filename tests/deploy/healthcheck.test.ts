import { spawnSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MainProcess, ROOT } from "../support/main-process.js";

/**
 * The container's HEALTHCHECK (deploy/healthcheck.mjs) against the real assistant: healthy only
 * while /healthz says 200, with the reason in its output when not.
 */

const started: MainProcess[] = [];
const scratch: string[] = [];
afterEach(async () => {
  for (const p of started.splice(0)) await p.kill();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function healthcheck(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(ROOT, "deploy/healthcheck.mjs")], {
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 15_000,
  });
}

describe("the container health check", () => {
  it("passes while the assistant is healthy, fails with the report when its store is gone, and fails when nothing listens", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "mk-health-")), "data");
    scratch.push(path.dirname(dataDir));
    const assistant = MainProcess.start({ DATA_DIR: dataDir });
    started.push(assistant);
    const port = new URL(await assistant.listening()).port;

    const healthy = healthcheck({ PORT: port });
    expect(healthy.stdout).toMatch(/\/healthz answered 200: \{"status":"ok"/);
    expect(healthy.status).toBe(0);
    // HOST=0.0.0.0 (every interface) is asked on loopback, as in the image.
    expect(healthcheck({ PORT: port, HOST: "0.0.0.0" }).status).toBe(0);

    // The volume goes away and a file stands in its place: nothing can be stored.
    renameSync(dataDir, `${dataDir}.away`);
    writeFileSync(dataDir, "not a folder");
    const broken = healthcheck({ PORT: port });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/answered 503: .*"name":"store-file","ok":false/);

    await assistant.kill("SIGTERM");
    const gone = healthcheck({ PORT: port });
    expect(gone.status).toBe(1);
    expect(gone.stdout).toMatch(/could not be reached: ECONNREFUSED/);
  });
});
