import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { REGISTER_FILE_NAME, ReviewRegister } from "../../src/store/review-register.js";
import { blocksText, PANEL, SlackTestClient } from "../channels/slack/slack-test-client.js";
import { tempDataDir } from "../support/bot-framework-client.js";
import { httpRequest } from "../support/http-request.js";
import { MainProcess } from "../support/main-process.js";
import { SlackStandIn } from "../support/slack-stand-in.js";

const STACK_TRACE = /\bat .*\(.*:\d+:\d+\)|\n\s+at /;

/** Every data file the assistant made in a folder (not lowdb's hidden temp files). */
const dataFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();

describe("start-up (src/main.ts) with a data file that is corrupt or truncated", () => {
  let slack: SlackStandIn;
  let dataDir: string;
  const env = () => ({
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: "test-signing-secret",
    SLACK_PANEL_CHANNEL: "C0PANEL1",
    SLACK_API_URL: slack.apiUrl,
  });

  beforeAll(async () => {
    slack = await SlackStandIn.start();
    dataDir = tempDataDir();
    const register = await ReviewRegister.open(dataDir);
    await register.start({
      caseRef: "CR-2026-014",
      received: "2026-12-18",
      kind: "child",
      by: "UPANEL1",
      now: new Date("2026-12-18T10:00:00Z"),
    });
  });
  afterAll(async () => {
    await slack.close();
  });

  it("stops with a message naming the file and what to do, exit code 1, and leaves every file byte for byte as it was", async () => {
    // One clean start with every feature on, so every data file it keeps exists.
    const clean = MainProcess.start(env());
    await clean.listening();
    clean.child.kill("SIGTERM");
    expect(await clean.exit).toBe(0);
    const files = dataFiles(dataDir);
    expect(files).toContain(REGISTER_FILE_NAME);

    for (const name of files) {
      const file = path.join(dataDir, name);
      const good = readFileSync(file);
      const damaged: [string, Buffer][] = [
        ["truncated", good.subarray(0, Math.floor(good.length / 2))],
        ["the wrong shape", Buffer.from('{"version": 99, "note": "from a newer release"}\n')],
      ];
      for (const [how, bytes] of damaged) {
        writeFileSync(file, bytes);
        const child = MainProcess.start(env());
        const code = await child.exit;
        const out = child.output();
        const what = `${name}, ${how}:\n${out}`;
        expect(code, what).toBe(1);
        expect(out, what).toContain(file);
        expect(out, what).toMatch(/It has been left as it is/);
        expect(out, what).toMatch(/Restore it from a backup, or move it aside/);
        expect(out, what).not.toMatch(STACK_TRACE);
        expect(out, what).not.toMatch(/listening on/);
        expect(readFileSync(file).equals(bytes), `${name} changed (${how})`).toBe(true);
        expect(dataFiles(dataDir), what).toEqual(files);
      }
      writeFileSync(file, good);
    }
    const register = await ReviewRegister.open(dataDir);
    expect((await register.list()).map((r) => r.caseRef)).toEqual(["CR-2026-014"]);
  }, 90_000);
});

describe("start-up (src/main.ts) with a data folder it cannot write", () => {
  // Tests run as root here, and root ignores permission bits: a chmod 555 folder is writable
  // to root. So, when root, the assistant is started as the unprivileged user "nobody" (uid
  // 65534), for whom a root-owned 555 folder really is read-only, as it would be for a service
  // account. (A path under a regular file, tested in startup.test.ts, fails even for root.)
  const asUnprivileged =
    process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : ({} as Record<string, never>);
  let slack: SlackStandIn;
  beforeAll(async () => {
    slack = await SlackStandIn.start();
  });
  afterAll(async () => {
    await slack.close();
  });

  it("a read-only folder: one clear message naming it, exit code 1, nothing written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mk-readonly-"));
    chmodSync(dir, 0o555);
    const child = MainProcess.start({ DATA_DIR: dir, HOME: tmpdir() }, asUnprivileged);
    expect(await child.exit).toBe(1);
    const out = child.output();
    expect(out).toContain(`The data folder ${dir} cannot be created or written (EACCES)`);
    expect(out).toMatch(/Set DATA_DIR to a folder the assistant's user can write/);
    expect(out).not.toMatch(STACK_TRACE);
    expect(readdirSync(dir)).toEqual([]);
    // The same folder is fine for a user who may write it: the refusal was about permissions.
    chmodSync(dir, 0o777);
    const ok = MainProcess.start({ DATA_DIR: dir, HOME: tmpdir() }, asUnprivileged);
    await ok.listening();
    ok.child.kill("SIGTERM");
    expect(await ok.exit).toBe(0);
  }, 30_000);

  it("a data file it cannot read: names the file and says to check its permissions", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mk-unreadable-"));
    const file = path.join(dir, REGISTER_FILE_NAME);
    writeFileSync(file, '{"version":1,"nextNumber":1,"reviews":[],"deliveries":[]}');
    chmodSync(file, 0o600);
    if (asUnprivileged.uid) chownSync(dir, asUnprivileged.uid, asUnprivileged.gid);
    else chmodSync(file, 0o000);
    const before = readFileSync(file);
    const child = MainProcess.start(
      {
        DATA_DIR: dir,
        HOME: tmpdir(),
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "test-signing-secret",
        SLACK_PANEL_CHANNEL: "C0PANEL1",
        SLACK_API_URL: slack.apiUrl,
      },
      asUnprivileged,
    );
    expect(await child.exit).toBe(1);
    expect(child.output()).toContain(
      `The data file ${file} cannot be read (EACCES). Check its permissions.`,
    );
    expect(child.output()).not.toMatch(STACK_TRACE);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 30_000);
});

describe("the data folder stops being writable while the assistant runs", () => {
  afterEach(async () => {
    vi.useRealTimers();
  });

  it("keeps answering chat, pauses reminders with a clear error (no crash, no hot loop), reports 503 on /healthz, and loses nothing once the folder is back", async () => {
    const dataDir = tempDataDir();
    const register = await ReviewRegister.open(dataDir);
    for (const caseRef of ["CR-2026-014", "CR-2026-015"]) {
      await register.start({
        caseRef,
        received: "2026-12-18",
        kind: "adult",
        by: "UPANEL1",
        now: new Date("2026-12-18T08:00:00Z"),
      });
    }
    const logs: Record<string, unknown>[] = [];
    const log = pino(
      { level: "info" },
      new Writable({
        write(chunk, _enc, done) {
          for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
          done();
        },
      }),
    );
    const storeErrors = () => logs.filter((l) => l.event === "reminders_store_failed");
    let clock = new Date("2026-12-18T08:30:00Z");
    // Only the reminder loop's minute timer (and the session sweeper's) are driven by hand, so
    // the test can say exactly how many checks happened; everything else runs in real time.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const client = await SlackTestClient.start({ dataDir, now: () => clock, log });
    const tick = () => vi.advanceTimersByTime(60_000);
    const health = async () => {
      const res = await httpRequest(`${client.running.url}/healthz`);
      const checks = JSON.parse(res.body).checks as { ok: boolean }[];
      return { status: res.status, readable: checks.every((c) => c.ok) };
    };
    try {
      expect(await health()).toEqual({ status: 200, readable: true });

      // The folder is swapped for a file (as when a volume goes away): every write now fails,
      // for root too. The reminders come due during the outage.
      renameSync(dataDir, `${dataDir}.away`);
      writeFileSync(dataDir, "not a folder");
      clock = new Date("2026-12-18T09:30:00Z");
      tick();
      await client.until(() => storeErrors().length === 1);
      expect(storeErrors()[0]?.msg).toMatch(
        new RegExp(
          `Reminders are paused: Could not write ${path.join(dataDir, REGISTER_FILE_NAME)} \\(ENOTDIR\\)`,
        ),
      );
      expect(client.posted(PANEL)).toEqual([]);
      expect(await health()).toEqual({ status: 503, readable: false });

      // Chat still answers: MASH, a Levels of Need step, a question in a direct message.
      const mash = await client.command("/mash", "");
      expect(mash.status).toBe(200);
      expect(blocksText(mash.ack?.blocks as never)).toMatch(/MASH/);
      const levels = await client.command("/levels", "");
      expect(blocksText(levels.ack?.blocks as never)).toMatch(/immediate danger/i);
      // A change to the register is refused kindly, and nothing is half-done.
      const start = await client.command("/rapidreview", "start CR-2026-099 18/12/2026 adult");
      const [answer] = await client.responseTo(start.responseUrl);
      expect(blocksText(answer?.blocks as never)).toMatch(
        /couldn't save that, so nothing has changed/,
      );

      // No hot loop: the failed run ended with its one error (logged as it stopped), nothing
      // was tried again while chat was answered, and only the next minute's check tries again.
      expect(storeErrors()).toHaveLength(1);
      tick();
      await client.until(() => storeErrors().length === 2);
      expect(storeErrors()).toHaveLength(2);
      expect(client.posted(PANEL)).toEqual([]);
      expect(logs.some((l) => l.level === 60)).toBe(false); // nothing fatal

      // The folder comes back: the next check sends both reminders, once each.
      rmSync(dataDir);
      renameSync(`${dataDir}.away`, dataDir);
      expect(await health()).toEqual({ status: 200, readable: true });
      tick();
      await client.until(() => client.posted(PANEL).length === 2);
      // One more check: nothing is due, so it ends without any I/O, before the next request
      // (the health check) is even read; a repeat of either reminder would be posted by then.
      tick();
      expect(await health()).toEqual({ status: 200, readable: true });
      expect(client.posted(PANEL).map((p) => p.text.slice(0, 9))).toEqual([
        "Due today",
        "Due today",
      ]);
    } finally {
      await client.stop();
    }
    const after = await ReviewRegister.open(dataDir);
    expect((await after.list()).map((r) => r.caseRef)).toEqual(["CR-2026-014", "CR-2026-015"]);
    expect((await after.deliveries()).map((d) => [d.reviewId, d.status])).toEqual([
      ["RR-0001", "sent"],
      ["RR-0002", "sent"],
    ]);
  }, 30_000);
});
