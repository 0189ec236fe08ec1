import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { httpRequest } from "../support/http-request.js";
import { SlackStandIn } from "../support/slack-stand-in.js";
import { burst, type Instance, startInstance, today } from "./support/burst.js";

/**
 * A data folder on a small tmpfs that is then filled up: a real full disk. Mounting needs root
 * (CI runs as root); elsewhere this file is skipped, and says so.
 */
const mountPoint = mkdtempSync(path.join(tmpdir(), "mk-full-disk-"));
let mounted = false;
try {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint], { stdio: "ignore" });
  mounted = true;
} catch {
  // Not allowed here (not root, or no mount in this container).
  rmSync(mountPoint, { recursive: true, force: true });
}

describe.runIf(mounted)("a full disk under the file store", () => {
  let slack: SlackStandIn;
  let instance: Instance | undefined;

  afterAll(async () => {
    await instance?.running.close();
    await slack?.close();
    execFileSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it("refuses changes kindly, says so on /healthz (503), leaves no temp file, and recovers", async () => {
    slack = await SlackStandIn.start();
    instance = await startInstance(slack, { DATA_DIR: mountPoint });
    const health = async () => {
      const res = await httpRequest(`${instance?.url}/healthz`);
      const check = (JSON.parse(res.body).checks as { name: string }[]).find(
        (c) => c.name === "store-file",
      );
      return { status: res.status, check };
    };
    const [first] = await burst([instance], slack, [`start CR-D1 ${today()} child`], 1);
    expect(first).toMatch(/started/);
    expect((await health()).status).toBe(200);

    // Fill the disk.
    const filler = path.join(mountPoint, "filler");
    try {
      writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // ENOSPC once it is full: what was written stays, and the disk is full.
    }
    const full = await health();
    expect(full.status).toBe(503);
    expect(full.check).toEqual({
      name: "store-file",
      ok: false,
      detail: expect.stringMatching(/cannot be written \(ENOSPC\)/),
    });
    const [refused] = await burst([instance], slack, [`start CR-D2 ${today()} child`], 1);
    expect(refused).not.toMatch(/started/);
    expect(refused).toMatch(/couldn.t|could not|not saved/i);
    expect(readdirSync(mountPoint).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    const kept = JSON.parse(readFileSync(path.join(mountPoint, "rapid-reviews.json"), "utf8"));
    expect(kept.reviews.map((r: { caseRef: string }) => r.caseRef)).toEqual(["CR-D1"]);

    // Space again: healthy, and the change goes through.
    rmSync(filler);
    expect((await health()).status).toBe(200);
    const [again] = await burst([instance], slack, [`start CR-D2 ${today()} child`], 1);
    expect(again).toMatch(/started/);
  }, 60_000);
});
