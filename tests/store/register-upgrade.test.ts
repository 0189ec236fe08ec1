import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/json-store.js";
import { REGISTER_FILE_NAME, ReviewRegister } from "../../src/store/review-register.js";

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rr-upgrade-"));
  file = path.join(dir, REGISTER_FILE_NAME);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const review = {
  id: "RR-0001",
  caseRef: "CR-2026-014",
  kind: "child",
  received: "2026-12-18",
  done: {},
  createdBy: "U1",
  createdAt: "2026-12-18T10:00:00.000Z",
};
const sent = {
  key: "RR-0001:notify-panel:due:2026-12-18",
  reviewId: "RR-0001",
  milestone: "notify-panel",
  type: "due",
  date: "2026-12-18",
  status: "sent",
  attemptedAt: "2026-12-18T10:00:00.000Z",
  sentAt: "2026-12-18T10:00:01.000Z",
};
// A crash between the two writes of a reminder, under version 1.
const sending = {
  key: "RR-0001:notify-national-panel:before:2026-12-23",
  reviewId: "RR-0001",
  milestone: "notify-national-panel",
  type: "before",
  date: "2026-12-23",
  status: "sending",
  attemptedAt: "2026-12-23T09:00:00.000Z",
};
const v1Text = `${JSON.stringify(
  { version: 1, nextNumber: 2, reviews: [review], deliveries: [sent, sending] },
  null,
  2,
)}\n`;

describe("upgrading rapid-reviews.json from version 1", () => {
  it("keeps every review and delivery (a pending 'sending' one too), writes version 2 and leaves the old file as a backup", async () => {
    await writeFile(file, v1Text);
    const reg = await ReviewRegister.open(dir);
    expect(await reg.list()).toEqual([review]);
    expect(await reg.deliveries()).toEqual([sent, sending]);
    // The loop still finds the unresolved intent, with when it was written, to ask Slack about.
    expect((await reg.deliveryEntries()).get(sending.key)).toEqual({
      status: "sending",
      attemptedAt: sending.attemptedAt,
    });

    const onDisk = JSON.parse(await readFile(file, "utf8"));
    expect(onDisk.version).toBe(2);
    expect(onDisk.deliveries).toEqual({
      [sent.key]: { status: "sent", attemptedAt: sent.attemptedAt, sentAt: sent.sentAt },
      [sending.key]: { status: "sending", attemptedAt: sending.attemptedAt },
    });
    expect(await readFile(`${file}.v1.bak`, "utf8")).toBe(v1Text);

    // Opened again: already version 2, so no second backup, and nothing lost.
    const again = await ReviewRegister.open(dir);
    expect(await again.deliveries()).toEqual([sent, sending]);
    await expect(readFile(`${file}.v1.2.bak`, "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("the upgraded intent is resolved as any other: marked sent without a second record", async () => {
    await writeFile(file, v1Text);
    const reg = await ReviewRegister.open(dir);
    await reg.recordDelivery(sending.key, "sent", new Date("2026-12-23T09:01:00Z"));
    expect((await reg.deliveries()).find((d) => d.key === sending.key)).toEqual({
      ...sending,
      status: "sent",
      sentAt: "2026-12-23T09:01:00.000Z",
    });
    expect([...(await reg.deliveryEntries()).values()].map((e) => e.status)).toEqual([
      "sent",
      "sent",
    ]);
  });

  it("never writes over an earlier backup", async () => {
    await writeFile(`${file}.v1.bak`, "an older backup");
    await writeFile(file, v1Text);
    await ReviewRegister.open(dir);
    expect(await readFile(`${file}.v1.bak`, "utf8")).toBe("an older backup");
    expect(await readFile(`${file}.v1.2.bak`, "utf8")).toBe(v1Text);
  });

  it("a corrupt version 1 file stops with a StoreError naming it, untouched and with no backup made", async () => {
    const bad = v1Text.replace('"status": "sending"', '"status": "maybe"');
    await writeFile(file, bad);
    const err = await ReviewRegister.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).message).toContain(file);
    expect(await readFile(file, "utf8")).toBe(bad);
    await expect(readFile(`${file}.v1.bak`, "utf8")).rejects.toThrow(/ENOENT/);
  });
});

describe("version 2 files", () => {
  it("a record with a field this release does not know is refused, not silently dropped", async () => {
    const text = JSON.stringify({
      version: 2,
      nextNumber: 2,
      reviews: [{ ...review, note: "added by hand" }],
      deliveries: {},
    });
    await writeFile(file, text);
    const err = await ReviewRegister.open(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).message).toMatch(/reviews\.0/);
    expect(await readFile(file, "utf8")).toBe(text);
  });

  it("a delivery under a key that is not a delivery key is refused", async () => {
    const text = JSON.stringify({
      version: 2,
      nextNumber: 2,
      reviews: [review],
      deliveries: { __proto__x: { status: "sent", attemptedAt: sent.attemptedAt } },
    });
    await writeFile(file, text);
    await expect(ReviewRegister.open(dir)).rejects.toThrow(/deliveries\.__proto__x/);
  });
});
