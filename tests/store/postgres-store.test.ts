import { readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { newSession } from "../../src/core/assistant/turn.js";
import { moveRegister } from "../../src/store/move-register.js";
import { openStores, type Stores } from "../../src/store/open-stores.js";
import { REGISTER_FILE_NAME } from "../../src/store/review-register.js";
import { StoreError } from "../../src/store/store-error.js";
import { tempDataDir } from "../support/bot-framework-client.js";
import { freshDatabase, query } from "./support/postgres.js";

/**
 * The PostgreSQL store against a real server (started by the test setup on loopback), as two
 * instances would use it: two separate connection pools on one database.
 */

const log = pino({ level: "silent" });
const now = new Date("2026-12-18T10:00:00Z");
const opened: Stores[] = [];

async function instance(url: string): Promise<Stores> {
  const stores = await openStores({ dataDir: tempDataDir(), databaseUrl: url }, log);
  opened.push(stores);
  return stores;
}

afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((s) => s.close()));
});

describe("the PostgreSQL store", () => {
  it("two instances starting at once migrate the schema once", async () => {
    const url = await freshDatabase();
    await Promise.all([instance(url), instance(url), instance(url)]);
    const rows = await query<{ version: number }>(url, "SELECT version FROM schema_migrations");
    expect(rows.map((r) => r.version)).toEqual([1]);
  });

  it("40 starts across two instances, 8 at a time: 40 reviews, 40 distinct ids, duplicates refused", async () => {
    const url = await freshDatabase();
    const [a, b] = [
      await (await instance(url)).openRegister(),
      await (await instance(url)).openRegister(),
    ];
    const results = [];
    for (let i = 0; i < 40; i += 8) {
      results.push(
        ...(await Promise.all(
          Array.from({ length: 8 }, (_, j) =>
            (j % 2 ? a : b).start({
              caseRef: `CR-${i + j}`,
              received: "2026-12-18",
              kind: "child",
              by: "U1",
              now,
            }),
          ),
        )),
      );
    }
    expect(results.every((r) => r.ok)).toBe(true);
    const all = await a.list();
    expect(all).toHaveLength(40);
    expect(new Set(all.map((r) => r.id)).size).toBe(40);
    // The same case from both instances at once: one review, one kind refusal.
    const twice = await Promise.all(
      [a, b].map((reg) =>
        reg.start({ caseRef: "CR-77", received: "2026-12-18", kind: "adult", by: "U1", now }),
      ),
    );
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(twice.find((r) => !r.ok)).toMatchObject({ code: "duplicate-open" });
    expect((await b.list()).filter((r) => r.caseRef === "CR-77")).toHaveLength(1);
  });

  it("done, publication and close on one review from two instances at once all land", async () => {
    const url = await freshDatabase();
    const a = await (await instance(url)).openRegister();
    const b = await (await instance(url)).openRegister();
    const started = await a.start({
      caseRef: "CR-1",
      received: "2026-12-18",
      kind: "child",
      by: "U1",
      now,
    });
    if (!started.ok) throw new Error(started.message);
    const steps = started.timeline.map((t) => t.key).filter((k) => k !== "final-report");
    await Promise.all([
      ...steps.map((key, i) => (i % 2 ? a : b).markDone("RR-0001", key, "U2", now)),
      a.setPublication("RR-0001", "2027-06-01"),
    ]);
    const found = await b.get("RR-0001");
    expect(found.ok && Object.keys(found.review.done).sort()).toEqual([...steps].sort());
    expect(found.ok && found.review.publication).toBe("2027-06-01");
  });

  it("claimOnce: across instances, the first caller of a key wins until it expires", async () => {
    const url = await freshDatabase();
    const [a, b] = [await instance(url), await instance(url)];
    const wins = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimOnce("slack:T1:Ev1", 60_000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await a.claimOnce("slack:T1:Ev2", 60_000)).toBe(true);
    await query(url, "UPDATE claims SET expires_at = now() - interval '1 second'");
    expect(await b.claimOnce("slack:T1:Ev1", 60_000)).toBe(true);
  });

  it("a conversation carries on on the other instance, and is gone after 30 idle minutes", async () => {
    const url = await freshDatabase();
    const [a, b] = [await instance(url), await instance(url)];
    const session = { ...newSession(now), flows: { levels: { step: 3, answers: ["no"] } } };
    await a.sessions.set("teams:c1", session);
    expect(await b.sessions.get("teams:c1", new Date(now.getTime() + 29 * 60_000))).toEqual(
      session,
    );
    const later = new Date(now.getTime() + 31 * 60_000);
    expect((await b.sessions.get("teams:c1", later)).flows).toEqual({});
    expect(await a.sessions.sweep(later)).toBe(1);
  });

  it("feedback counts from two instances at once: every one is kept", async () => {
    const url = await freshDatabase();
    const options = { recordQuestionText: false, now };
    const a = await (await instance(url)).openFeedback(options);
    const b = await (await instance(url)).openFeedback(options);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 4 === 0
          ? (i % 8 ? a : b).vote("mash-contact", i % 3 === 0, now)
          : (i % 2 ? a : b).unanswered("a question", now),
      ),
    );
    const snapshot = await a.snapshot();
    expect(snapshot.unanswered.total).toBe(30);
    expect(snapshot.unanswered.byDay).toEqual({ "2026-12-18": 30 });
    const v = snapshot.votes["mash-contact"];
    expect((v?.helpful ?? 0) + (v?.unhelpful ?? 0)).toBe(10);
    expect(snapshot.questions).toEqual([]);
  });

  it("one reminder is held by one instance at a time; a dead holder's hold goes with its connection", async () => {
    const url = await freshDatabase();
    const a = await (await instance(url)).openRegister();
    const bStores = await instance(url);
    const b = await bStores.openRegister();
    const key = "RR-0001:notify-panel:due:2026-12-18";
    let release: () => void = () => undefined;
    const holding = a.withDelivery(key, async (entry) => {
      expect(entry).toBeUndefined();
      await a.recordDelivery(key, "sending", now);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return "sent by a";
    });
    await expect.poll(async () => (await b.deliveryEntries()).get(key)?.status).toBe("sending");
    expect(await b.withDelivery(key, async () => "sent by b")).toEqual({ held: false });
    release();
    expect(await holding).toEqual({ held: true, value: "sent by a" });
    // Held again once free, with the record as it stands.
    expect(await b.withDelivery(key, async (entry) => entry?.status)).toEqual({
      held: true,
      value: "sending",
    });
  });

  it("health: writable while the database answers; 503-worthy, saying why, once it is gone", async () => {
    const url = await freshDatabase();
    const stores = await instance(url);
    expect(await stores.health()).toEqual({ kind: "postgresql", writable: true });
    const db = new URL(url).pathname.slice(1);
    await query(
      url.replace(/\/[^/]+$/, "/postgres"),
      `ALTER DATABASE ${db} WITH ALLOW_CONNECTIONS false`,
    );
    await query(
      url.replace(/\/[^/]+$/, "/postgres"),
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
      [db],
    );
    const health = await stores.health();
    expect(health.writable).toBe(false);
    expect(health.problem).toMatch(/PostgreSQL cannot be written/);
  });

  it("refuses at start-up a counter behind its ids, saying what to do", async () => {
    const url = await freshDatabase();
    const reg = await (await instance(url)).openRegister();
    await reg.start({ caseRef: "CR-1", received: "2026-12-18", kind: "adult", by: "U1", now });
    await query(url, "UPDATE register_counter SET next_number = 1");
    const err = await instance(url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/reuse an id.*Set next_number to 2/);
  });

  it("moves a register from DATA_DIR into PostgreSQL and back, exactly", async () => {
    const url = await freshDatabase();
    const dataDir = tempDataDir();
    const fileStores = await openStores({ dataDir }, log);
    const reg = await fileStores.openRegister();
    for (const caseRef of ["CR-1", "CR-2", "CR-3"]) {
      await reg.start({ caseRef, received: "2026-12-18", kind: "child", by: "U1", now });
    }
    await reg.markDone("RR-0002", "notify-panel", "U2", now);
    await reg.close("RR-0003", "U2", now);
    await reg.recordDelivery("RR-0001:notify-panel:due:2026-12-18", "sent", now);
    await fileStores.close();
    const before = JSON.parse(await readFile(path.join(dataDir, REGISTER_FILE_NAME), "utf8"));

    expect(await moveRegister("to-postgres", { dataDir, databaseUrl: url })).toEqual({
      reviews: 3,
      deliveries: 1,
      nextNumber: 4,
    });
    // Refused a second time: the target already holds a register, and nothing is merged.
    await expect(moveRegister("to-postgres", { dataDir, databaseUrl: url })).rejects.toThrow(
      /already holds a register/,
    );
    const pgReg = await (await instance(url)).openRegister();
    const next = await pgReg.start({
      caseRef: "CR-4",
      received: "2026-12-18",
      kind: "adult",
      by: "U1",
      now,
    });
    expect(next.ok && next.review.id).toBe("RR-0004");

    const back = tempDataDir();
    await moveRegister("to-file", { dataDir: back, databaseUrl: url });
    const after = JSON.parse(await readFile(path.join(back, REGISTER_FILE_NAME), "utf8"));
    expect(after.reviews.slice(0, 3)).toEqual(before.reviews);
    expect(after.deliveries).toEqual(before.deliveries);
    expect(after.nextNumber).toBe(5);
  });
});

describe("the file store", () => {
  it("feedback counts recorded all at once: every one is kept", async () => {
    const stores = await openStores({ dataDir: tempDataDir() }, log);
    opened.push(stores);
    const feedback = await stores.openFeedback({ recordQuestionText: false, now });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 4 === 0 ? feedback.vote("mash-contact", true, now) : feedback.unanswered("q", now),
      ),
    );
    const snapshot = await feedback.snapshot();
    expect(snapshot.unanswered.total).toBe(30);
    expect(snapshot.votes["mash-contact"]).toEqual({ helpful: 10, unhelpful: 0 });
  });

  it("a second process's store on the same DATA_DIR is refused, naming the folder and what to do", async () => {
    const dataDir = tempDataDir();
    const first = await openStores({ dataDir }, log);
    opened.push(first);
    const err = await openStores({ dataDir }, log).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/in use by another running copy.*DATABASE_URL/);
  });

  it("a lock from another host is refused while it is refreshed, and taken over once it lapses", async () => {
    const dataDir = tempDataDir();
    const lockFile = path.join(dataDir, "assistant.lock");
    await writeFile(
      lockFile,
      JSON.stringify({ pid: 1, host: "another-host", startedAt: "2026-12-18T09:00:00Z" }),
    );
    const err = await openStores({ dataDir }, log).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/in use by the assistant on host another-host/);
    const lapsed = new Date(Date.now() - 60_000);
    await utimes(lockFile, lapsed, lapsed);
    const stores = await openStores({ dataDir }, log);
    opened.push(stores);
    expect(JSON.parse(await readFile(lockFile, "utf8")).pid).toBe(process.pid);
  });

  it("a lock left by a process that is gone is taken over, with a log line", async () => {
    const dataDir = tempDataDir();
    await writeFile(
      path.join(dataDir, "assistant.lock"),
      JSON.stringify({
        pid: 2 ** 22 + 7,
        host: (await import("node:os")).hostname(),
        startedAt: "x",
      }),
    );
    const lines: string[] = [];
    const logged = pino({ level: "info" }, { write: (l: string) => lines.push(l) });
    const stores = await openStores({ dataDir }, logged);
    opened.push(stores);
    expect(lines.join("")).toContain("data_dir_lock_taken_over");
    expect(JSON.parse(await readFile(path.join(dataDir, "assistant.lock"), "utf8")).pid).toBe(
      process.pid,
    );
  });
});
