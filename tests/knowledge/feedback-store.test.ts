import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatContentReport } from "../../src/cli/format-content-report.js";
import { JsonStore, StoreError } from "../../src/store/json-store.js";
import { FEEDBACK_FILE, KnowledgeFeedbackStore } from "../../src/store/knowledge-feedback-store.js";

const DAY = 24 * 3600 * 1000;
const T0 = new Date("2026-03-01T10:00:00Z");
const dir = () => mkdtempSync(path.join(tmpdir(), "kb-feedback-"));
const onDisk = (d: string) => JSON.parse(readFileSync(path.join(d, FEEDBACK_FILE), "utf8"));

describe("KnowledgeFeedbackStore", () => {
  it("counts votes and unanswered questions, without question text by default", async () => {
    const d = dir();
    const store = await KnowledgeFeedbackStore.open(d, { recordQuestionText: false, now: T0 });
    await store.vote("making-a-referral", false, T0);
    await store.vote("making-a-referral", false, T0);
    await store.vote("making-a-referral", true, T0);
    await store.unanswered("is Jane Doe at 1 High St at risk?", T0);
    const data = onDisk(d);
    expect(data.version).toBe(1);
    expect(data.votes["making-a-referral"]).toEqual({ helpful: 1, unhelpful: 2 });
    expect(data.unanswered).toEqual({ total: 1, byDay: { "2026-03-01": 1 } });
    expect(data.questions).toEqual([]);
    expect(readFileSync(path.join(d, FEEDBACK_FILE), "utf8")).not.toContain("Jane");
  });

  it("writes feedback arriving together in one go, losing none, and flushes before shutdown", async () => {
    const d = dir();
    const store = await KnowledgeFeedbackStore.open(d, { recordQuestionText: true, now: T0 });
    const writes = vi.spyOn(JsonStore.prototype, "update");
    try {
      const all = Array.from({ length: 25 }, (_, i) =>
        i % 5 === 0 ? store.vote("mash-contacts", i % 2 === 0, T0) : store.unanswered(`q${i}`, T0),
      );
      await Promise.all(all);
      // Each caller's promise settled with its change on disk...
      const data = onDisk(d);
      expect(data.unanswered.total).toBe(20);
      expect(data.questions).toHaveLength(20);
      expect(data.votes["mash-contacts"]).toEqual({ helpful: 3, unhelpful: 2 });
      // ...in far fewer writes than changes.
      expect(writes.mock.calls.length).toBeLessThanOrEqual(2);
      // A change still being written when the assistant stops is on disk once flush resolves.
      void store.unanswered("last one", T0);
      await store.flush();
      expect(onDisk(d).unanswered.total).toBe(21);
    } finally {
      writes.mockRestore();
    }
  });

  it("records question text only when turned on, and drops it after 30 days", async () => {
    const d = dir();
    const store = await KnowledgeFeedbackStore.open(d, { recordQuestionText: true, now: T0 });
    await store.unanswered("where is the canteen", T0);
    await store.unanswered("who runs the rota", new Date(T0.getTime() + 20 * DAY));
    expect(onDisk(d).questions.map((q: { text: string }) => q.text)).toEqual([
      "where is the canteen",
      "who runs the rota",
    ]);
    await store.vote("mash-contacts", true, new Date(T0.getTime() + 31 * DAY));
    expect(onDisk(d).questions.map((q: { text: string }) => q.text)).toEqual(["who runs the rota"]);
    expect(onDisk(d).unanswered.total).toBe(2);
  });

  it("purges kept texts at start-up once recording is turned off", async () => {
    const d = dir();
    const on = await KnowledgeFeedbackStore.open(d, { recordQuestionText: true, now: T0 });
    await on.unanswered("some question", T0);
    await KnowledgeFeedbackStore.open(d, { recordQuestionText: false, now: T0 });
    expect(onDisk(d).questions).toEqual([]);
    expect(onDisk(d).unanswered.total).toBe(1);
  });

  it("refuses a corrupt file with a message naming it, and leaves it as it was", async () => {
    const d = dir();
    writeFileSync(path.join(d, FEEDBACK_FILE), "{not json");
    await expect(
      KnowledgeFeedbackStore.open(d, { recordQuestionText: false, now: T0 }),
    ).rejects.toThrow(StoreError);
    expect(readFileSync(path.join(d, FEEDBACK_FILE), "utf8")).toBe("{not json");
  });

  it("feeds the editors' report: unhelpful answers by count, unanswered totals and texts", async () => {
    const d = dir();
    const store = await KnowledgeFeedbackStore.open(d, { recordQuestionText: true, now: T0 });
    await store.vote("mash-contacts", false, T0);
    await store.vote("making-a-referral", false, T0);
    await store.vote("making-a-referral", false, T0);
    await store.vote("mash-start-date", true, T0);
    await store.unanswered("Where is the canteen", T0);
    await store.unanswered("where is the  canteen", T0);
    const report = formatContentReport(
      store.data,
      new Map([["making-a-referral", "How to make a referral to the MASH"]]),
      new Date(T0.getTime() + DAY),
      "feedback.json",
    );
    const lines = report.split("\n");
    const first = lines.findIndex((l) => l.includes("making-a-referral"));
    const second = lines.findIndex((l) => l.includes("mash-contacts"));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(lines[first]).toMatch(/2 unhelpful.*How to make a referral to the MASH/);
    expect(lines[second]).toMatch(/no longer in the knowledge base/);
    expect(report).toContain("Unanswered questions: 2 in total, 2 in the last 30 days.");
    expect(report).toMatch(/2 x {2}"where is the canteen"/);
    expect(report).toContain("1 other answer voted helpful only");
  });
});
