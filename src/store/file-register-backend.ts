import path from "node:path";
import { checkRegisterIntegrity } from "./check-register-integrity.js";
import { JsonStore } from "./json-store.js";
import type { RegisterBackend, ReviewRecord } from "./register-backend.js";
import {
  type DeliveryEntry,
  deliveryEntrySchema,
  deliveryKeySchema,
  type ReviewRegisterFile,
  type ReviewRegisterFileV1,
  reviewRecordSchema,
  reviewRegisterFileSchema,
  reviewRegisterFileV1Schema,
  upgradeRegisterV1,
} from "./review-register-schema.js";
import { StoreError } from "./store-error.js";

export const REGISTER_FILE_NAME = "rapid-reviews.json";

function problemWith(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? "invalid");
}

const empty = (): ReviewRegisterFile => ({
  version: 2,
  nextNumber: 1,
  reviews: [],
  deliveries: {},
});

/**
 * The register in `${dataDir}/rapid-reviews.json` (lowdb). One process owns the folder (see
 * lock-data-dir.ts), and within it every change runs in the file's write queue, so each one
 * reads the state the previous one wrote.
 */
export class FileRegisterBackend implements RegisterBackend {
  /** Reminders being handled now: one process, so a set is enough to hold one. */
  private held = new Set<string>();

  private constructor(private readonly store: JsonStore<ReviewRegisterFile>) {}

  static async open(dataDir: string): Promise<FileRegisterBackend> {
    const store = await JsonStore.open(
      path.join(dataDir, REGISTER_FILE_NAME),
      reviewRegisterFileSchema,
      empty(),
      [
        {
          from: 1,
          schema: reviewRegisterFileV1Schema,
          apply: (old: ReviewRegisterFileV1) => upgradeRegisterV1(old),
        },
      ],
    );
    const problem = checkRegisterIntegrity(store.data);
    if (problem) {
      throw new StoreError(
        store.file,
        `The data file ${store.file} cannot be used: ${problem}. It has been left as it is.`,
      );
    }
    return new FileRegisterBackend(store);
  }

  get where(): string {
    return this.store.file;
  }

  async list(open?: boolean): Promise<ReviewRecord[]> {
    const all = this.store.data.reviews;
    if (open === undefined) return [...all];
    return all.filter((r) => (open ? !r.closed : Boolean(r.closed)));
  }

  async find(id: string): Promise<ReviewRecord | undefined> {
    return this.store.data.reviews.find((r) => r.id === id);
  }

  changeReview<R>(
    id: string,
    decide: (current: ReviewRecord | undefined) => { next?: ReviewRecord; result: R },
  ): Promise<R> {
    return this.store.transact(
      (data) => {
        const at = data.reviews.findIndex((r) => r.id === id);
        const { next, result } = decide(at === -1 ? undefined : data.reviews[at]);
        if (!next || at === -1) return { result };
        const reviews = [...data.reviews];
        reviews[at] = next;
        return { next: { ...data, reviews }, result };
      },
      (next) => problemWith(reviewRecordSchema.safeParse(next.reviews.find((r) => r.id === id))),
    );
  }

  createReview<R>(
    caseRef: string,
    decide: (slot: { number: number; openClash?: ReviewRecord }) => {
      next?: ReviewRecord;
      result: R;
    },
  ): Promise<R> {
    let created: ReviewRecord | undefined;
    return this.store.transact(
      (data) => {
        const openClash = data.reviews.find((r) => !r.closed && r.caseRef === caseRef);
        const number = data.nextNumber;
        const { next, result } = decide({ number, openClash });
        if (!next) return { result };
        created = next;
        return {
          next: { ...data, nextNumber: number + 1, reviews: [...data.reviews, next] },
          result,
        };
      },
      () => problemWith(reviewRecordSchema.safeParse(created)),
    );
  }

  async deliveryEntries(): Promise<Map<string, DeliveryEntry>> {
    return new Map(Object.entries(this.store.data.deliveries));
  }

  async withDelivery<T>(
    key: string,
    work: (entry: DeliveryEntry | undefined) => Promise<T>,
  ): Promise<{ held: true; value: T } | { held: false }> {
    if (this.held.has(key)) return { held: false };
    this.held.add(key);
    try {
      return { held: true, value: await work(this.store.data.deliveries[key]) };
    } finally {
      this.held.delete(key);
    }
  }

  recordDelivery(key: string, status: DeliveryEntry["status"], at: Date): Promise<void> {
    // Checked before the map is touched: a key such as "__proto__" must never be assigned.
    const badKey = problemWith(deliveryKeySchema.safeParse(key));
    if (badKey !== undefined) {
      return Promise.reject(
        new StoreError(this.where, `Refused to write invalid data to ${this.where}: ${badKey}`),
      );
    }
    let value: DeliveryEntry | undefined;
    return this.store.transact(
      (data) => {
        const existing = data.deliveries[key];
        value = {
          status,
          attemptedAt: existing?.attemptedAt ?? at.toISOString(),
          ...(status === "sent" ? { sentAt: at.toISOString() } : {}),
        };
        return {
          next: { ...data, deliveries: { ...data.deliveries, [key]: value } },
          result: undefined,
        };
      },
      () => problemWith(deliveryEntrySchema.safeParse(value)),
    );
  }

  forgetDelivery(key: string): Promise<void> {
    return this.store.transact((data) => {
      if (data.deliveries[key]?.status !== "sending") return { result: undefined };
      const deliveries = { ...data.deliveries };
      delete deliveries[key];
      return { next: { ...data, deliveries }, result: undefined };
    });
  }

  dropDeliveries(keys: readonly string[]): Promise<number> {
    return this.store.transact((data) => {
      const gone = keys.filter((k) => data.deliveries[k]?.status === "sent");
      if (gone.length === 0) return { result: 0 };
      const deliveries = { ...data.deliveries };
      for (const k of gone) delete deliveries[k];
      return { next: { ...data, deliveries }, result: gone.length };
    });
  }

  async exportAll(): Promise<ReviewRegisterFile> {
    return structuredClone(this.store.data);
  }

  importAll(data: ReviewRegisterFile): Promise<void> {
    return this.store.transact((current) => {
      if (current.reviews.length > 0 || Object.keys(current.deliveries).length > 0) {
        throw new StoreError(
          this.where,
          `${this.where} already holds a register (${current.reviews.length} reviews); nothing was copied. Move it aside first if it should be replaced.`,
        );
      }
      return { next: structuredClone(data), result: undefined };
    });
  }

  readable(): Promise<boolean> {
    return this.store.readable();
  }
}
