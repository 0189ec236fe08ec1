import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/json-store.js";
import { REGISTER_FILE_NAME, ReviewRegister } from "../../src/store/review-register.js";

const now = new Date("2026-12-18T10:00:00Z");
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rr-register-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function started(reg: ReviewRegister, caseRef = "CR-2026-014", kind = "child") {
  const r = await reg.start({ caseRef, received: "2026-12-18", kind, by: "U123", now });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("the rapid review register", () => {
  it("starts a review with a short id, an upper-case case ref and its timeline, and keeps it across restarts", async () => {
    const reg = await ReviewRegister.open(dir);
    const r = await started(reg, "cr-2026-014");
    expect(r.review).toMatchObject({
      id: "RR-0001",
      caseRef: "CR-2026-014",
      kind: "child",
      received: "2026-12-18",
      createdBy: "U123",
      createdAt: "2026-12-18T10:00:00.000Z",
      done: {},
    });
    expect(r.timeline.find((m) => m.key === "outcome-to-review-board")?.due).toBe("2027-01-12");

    const again = await ReviewRegister.open(dir);
    expect(await again.list()).toEqual([r.review]);
    const file = JSON.parse(await readFile(path.join(dir, REGISTER_FILE_NAME), "utf8"));
    expect(file.version).toBe(2);
  });

  it("never reuses an id, even after a review is closed", async () => {
    const reg = await ReviewRegister.open(dir);
    await started(reg, "CR-1");
    await reg.close("RR-0001", "U1", now);
    const second = await started(reg, "CR-1");
    expect(second.review.id).toBe("RR-0002");
    expect((await reg.list({ open: true })).map((r) => r.id)).toEqual(["RR-0002"]);
    expect((await reg.list({ open: false })).map((r) => r.id)).toEqual(["RR-0001"]);
  });

  it("refuses bad input kindly and changes nothing", async () => {
    const reg = await ReviewRegister.open(dir);
    const bad = [
      await reg.start({
        caseRef: "Jane Smith",
        received: "2026-12-18",
        kind: "child",
        by: "U1",
        now,
      }),
      await reg.start({ caseRef: "CR-9", received: "2026-12-18", kind: "children", by: "U1", now }),
      await reg.start({ caseRef: "CR-9", received: "2026-12-19", kind: "child", by: "U1", now }),
      await reg.start({ caseRef: "CR-9", received: "2024-01-01", kind: "child", by: "U1", now }),
      await reg.start({ caseRef: "CR-9", received: "2026-02-30", kind: "child", by: "U1", now }),
    ];
    expect(bad.map((r) => (r.ok ? "ok" : r.code))).toEqual([
      "bad-case-ref",
      "bad-kind",
      "received-in-future",
      "received-too-old",
      "bad-date",
    ]);
    for (const r of bad) if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
    expect(await reg.list()).toEqual([]);
  });

  it("refuses a second open review for the same case ref, naming the first", async () => {
    const reg = await ReviewRegister.open(dir);
    await started(reg, "CR-7");
    const r = await reg.start({
      caseRef: "cr-7",
      received: "2026-12-18",
      kind: "adult",
      by: "U1",
      now,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("duplicate-open");
      expect(r.message).toContain("RR-0001");
    }
  });

  it("marks milestones done once, and says which steps exist when one is wrong", async () => {
    const reg = await ReviewRegister.open(dir);
    await started(reg, "CR-8", "adult");
    const done = await reg.markDone("rr-0001", "notify-panel", "U2", now);
    expect(done.ok && done.alreadyDone).toBe(false);
    const stored = await reg.get("RR-0001");
    expect(stored.ok && stored.review.done).toEqual({
      "notify-panel": { at: now.toISOString(), by: "U2" },
    });
    const twice = await reg.markDone("RR-0001", "notify-panel", "U3", now);
    expect(twice.ok && twice.alreadyDone).toBe(true);

    const national = await reg.markDone("RR-0001", "notify-national-panel", "U2", now);
    expect(!national.ok && national.code).toBe("milestone-not-in-kind");
    const typo = await reg.markDone("RR-0001", "meeting", "U2", now);
    expect(!typo.ok && typo.code).toBe("unknown-milestone");
    if (!typo.ok) expect(typo.message).toContain("rapid-review-meeting");
    const unknown = await reg.markDone("RR-0099", "notify-panel", "U2", now);
    expect(!unknown.ok && unknown.code).toBe("unknown-review");
  });

  it("a child's publication date adds the national panel step; other kinds are told why not", async () => {
    const reg = await ReviewRegister.open(dir);
    await started(reg, "CR-1", "child");
    await started(reg, "CR-2", "adult");
    const early = await reg.markDone("RR-0001", "final-report-to-national-panel", "U1", now);
    expect(!early.ok && early.code).toBe("needs-publication");

    const set = await reg.setPublication("RR-0001", "2027-09-01");
    expect(set.ok && set.timeline.at(-1)).toMatchObject({
      key: "final-report-to-national-panel",
      due: "2027-08-20",
    });
    expect((await reg.markDone("RR-0001", "final-report-to-national-panel", "U1", now)).ok).toBe(
      true,
    );

    const adult = await reg.setPublication("RR-0002", "2027-09-01");
    expect(!adult.ok && adult.code).toBe("publication-not-child");
    const before = await reg.setPublication("RR-0001", "2026-01-01");
    expect(!before.ok && before.code).toBe("publication-before-received");
  });

  it("a closed review cannot be changed or closed again", async () => {
    const reg = await ReviewRegister.open(dir);
    await started(reg);
    expect((await reg.close("RR-0001", "U1", now)).ok).toBe(true);
    for (const r of [
      await reg.close("RR-0001", "U1", now),
      await reg.markDone("RR-0001", "notify-panel", "U1", now),
      await reg.setPublication("RR-0001", "2027-09-01"),
    ]) {
      expect(!r.ok && r.code).toBe("already-closed");
    }
  });

  it("records deliveries by key: an intent, then sent; a forgotten intent can be tried again", async () => {
    const reg = await ReviewRegister.open(dir);
    const d = {
      key: "RR-0001:notify-panel:due:2026-12-18",
      reviewId: "RR-0001",
      milestone: "notify-panel" as const,
      type: "due" as const,
      date: "2026-12-18",
    };
    await reg.recordDelivery(d.key, "sending", now);
    expect((await reg.deliveryEntries()).has(d.key)).toBe(true);
    await reg.forgetDelivery(d.key);
    expect((await reg.deliveryEntries()).has(d.key)).toBe(false);
    await reg.recordDelivery(d.key, "sending", now);
    await reg.recordDelivery(d.key, "sent", new Date("2026-12-18T10:00:01Z"));
    await reg.forgetDelivery(d.key); // never forgets what was sent
    const again = await ReviewRegister.open(dir);
    expect(await again.deliveries()).toEqual([
      { ...d, status: "sent", attemptedAt: now.toISOString(), sentAt: "2026-12-18T10:00:01.000Z" },
    ]);
    expect((await again.deliveryEntries()).has(d.key)).toBe(true);
  });

  it.each([
    [
      "two reviews with one id",
      '{"version":2,"nextNumber":3,"reviews":[{"id":"RR-0001","caseRef":"CR-1","kind":"child","received":"2026-12-18","done":{},"createdBy":"U1","createdAt":"2026-12-18T10:00:00.000Z"},{"id":"RR-0001","caseRef":"CR-2","kind":"child","received":"2026-12-18","done":{},"createdBy":"U1","createdAt":"2026-12-18T10:00:00.000Z"}],"deliveries":{}}',
    ],
    [
      "a counter behind its ids",
      '{"version":2,"nextNumber":1,"reviews":[{"id":"RR-0001","caseRef":"CR-1","kind":"child","received":"2026-12-18","done":{},"createdBy":"U1","createdAt":"2026-12-18T10:00:00.000Z"}],"deliveries":{}}',
    ],
    ["truncated JSON", '{"version":1,"nextNumber":2,"reviews":[{"id":"RR-0001"'],
    ["an empty file", ""],
    ["a newer schema version", '{"version":3,"nextNumber":1,"reviews":[],"deliveries":{}}'],
    [
      "a review with a bad date",
      '{"version":1,"nextNumber":2,"reviews":[{"id":"RR-0001","caseRef":"CR-1","kind":"child","received":"18/12/2026","done":{},"createdBy":"U1","createdAt":"2026-12-18T10:00:00.000Z"}],"deliveries":[]}',
    ],
  ])(
    "a corrupt data file (%s) stops with a StoreError naming it, and is left untouched",
    async (_why, text) => {
      const file = path.join(dir, REGISTER_FILE_NAME);
      await writeFile(file, text);
      const err = await ReviewRegister.open(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).message).toContain(file);
      expect(await readFile(file, "utf8")).toBe(text);
    },
  );
});
