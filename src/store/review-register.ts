import path from "node:path";
import { validateCaseRef } from "../core/rapid-review/case-ref.js";
import { computeTimeline } from "../core/rapid-review/compute-timeline.js";
import {
  loadMilestoneContent,
  type MilestoneContent,
} from "../core/rapid-review/milestone-content.js";
import {
  fillTemplate,
  loadRegisterMessages,
  type RegisterMessages,
} from "../core/rapid-review/register-messages.js";
import {
  isMilestoneKey,
  isReviewKind,
  type Milestone,
  type MilestoneKey,
  type ReminderType,
  type ReviewKind,
} from "../core/rapid-review/types.js";
import { addCalendarDays, isValidDate, londonDate } from "../core/rapid-review/working-days.js";
import type { DeliveredKeys } from "../reminders/compute-due.js";
import { prunableDeliveries } from "../reminders/prune-deliveries.js";
import { JsonStore, StoreError } from "./json-store.js";
import {
  DELIVERY_KEY_PATTERN,
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

export const REGISTER_FILE_NAME = "rapid-reviews.json";

export interface Stamp {
  /** ISO instant. */
  at: string;
  /** The chat user id of who did it (never a name). */
  by: string;
}

export interface ReviewRecord {
  id: string;
  caseRef: string;
  kind: ReviewKind;
  received: string;
  publication?: string;
  done: Partial<Record<MilestoneKey, Stamp>>;
  closed?: Stamp;
  createdBy: string;
  createdAt: string;
}

export interface DeliveryRecord {
  key: string;
  reviewId: string;
  milestone: MilestoneKey;
  type: ReminderType;
  date: string;
  status: "sending" | "sent";
  attemptedAt: string;
  sentAt?: string;
}

export type RegisterErrorCode =
  | "bad-case-ref"
  | "bad-kind"
  | "bad-date"
  | "received-in-future"
  | "received-too-old"
  | "duplicate-open"
  | "unknown-review"
  | "unknown-milestone"
  | "milestone-not-in-kind"
  | "needs-publication"
  | "already-closed"
  | "publication-not-child"
  | "publication-before-received";

/** A user mistake: nothing was changed, and `message` says what was wrong in plain words. */
export interface RegisterError {
  ok: false;
  code: RegisterErrorCode;
  message: string;
}

export type RegisterResult<T> = ({ ok: true } & T) | RegisterError;

/** How far back a received date may be: older is almost certainly a typing mistake. */
const MAX_RECEIVED_AGE_DAYS = 731;

export interface RegisterOptions {
  messages?: RegisterMessages;
  content?: MilestoneContent;
  /** The clock's time at start-up: delivery records no longer needed are pruned then. */
  now?: Date;
}

function problemWith(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? "invalid");
}

/**
 * The register of rapid reviews and of every reminder delivered, in `${dataDir}/rapid-reviews.json`.
 * User mistakes come back as `{ok: false, message}` (nothing changed); only a broken file or disk
 * throws (StoreError). One process owns the file: lowdb is not safe for two writers.
 */
export class ReviewRegister implements DeliveredKeys {
  /** Per review id: how many of its delivery keys have left the register (see DeliveredKeys). */
  private removed = new Map<string, number>();
  /** Grows with every change to the deliveries, for the cache of "sending" intents. */
  private deliveryWrites = 0;
  /** The London day deliveries were last pruned for. */
  private prunedFor = "";
  private sendingCache?: { at: number; intents: Map<string, Date> };

  private constructor(
    private readonly store: JsonStore<ReviewRegisterFile>,
    private readonly messages: RegisterMessages,
    private readonly content: MilestoneContent,
  ) {}

  static async open(dataDir: string, options: RegisterOptions = {}): Promise<ReviewRegister> {
    const store = await JsonStore.open(
      path.join(dataDir, REGISTER_FILE_NAME),
      reviewRegisterFileSchema,
      { version: 2, nextNumber: 1, reviews: [], deliveries: {} },
      [
        {
          from: 1,
          schema: reviewRegisterFileV1Schema,
          apply: (old: ReviewRegisterFileV1) => upgradeRegisterV1(old),
        },
      ],
    );
    const register = new ReviewRegister(
      store,
      options.messages ?? loadRegisterMessages(),
      options.content ?? loadMilestoneContent(),
    );
    if (options.now) {
      try {
        await register.prune(options.now);
      } catch (err) {
        // Pruning is housekeeping: if it cannot be written now, the next delivery write tries.
        if (!(err instanceof StoreError)) throw err;
      }
    }
    return register;
  }

  /**
   * Drops delivery records that due() can never need again (see prunableDeliveries), at most
   * once per London day. Returns how many went.
   */
  async prune(now: Date): Promise<number> {
    const today = londonDate(now);
    if (today === this.prunedFor) return 0;
    const data = this.store.data;
    const drop = prunableDeliveries(today, data.reviews, data.deliveries);
    if (drop.length > 0) {
      await this.changeDeliveries(drop, (map) => {
        const gone = drop.map((key) => [key, map[key]] as const);
        for (const key of drop) delete map[key];
        return () => {
          for (const [key, value] of gone) if (value) map[key] = value;
        };
      });
    }
    this.prunedFor = today;
    return drop.length;
  }

  private noteRemoved(key: string): void {
    const id = key.slice(0, key.indexOf(":"));
    this.removed.set(id, (this.removed.get(id) ?? 0) + 1);
  }

  /**
   * Changes the deliveries map in place (copying ~50k entries per write was most of a write's
   * cost) through JsonStore.mutate, which undoes it if the write fails. `keys` are the keys it
   * touches: each counts as removed for due() (a failed write's undo can take a key away too).
   * `entry`, the one entry added or changed, is checked before anything is written.
   */
  private async changeDeliveries(
    keys: readonly string[],
    change: (map: ReviewRegisterFile["deliveries"]) => () => void,
    entry?: { key: string; value: DeliveryEntry },
  ): Promise<void> {
    let removing = !entry;
    try {
      await this.store.mutate(
        (data) => change(data.deliveries),
        () => (entry ? problemWith(deliveryEntrySchema.safeParse(entry.value)) : undefined),
      );
    } catch (err) {
      removing = true;
      throw err;
    } finally {
      this.deliveryWrites++;
      if (removing) for (const key of keys) this.noteRemoved(key);
    }
  }

  /** Writes the register with one review added or replaced (by id), checked first. */
  private async changeReview(review: ReviewRecord, nextNumber?: number): Promise<void> {
    await this.store.replace(
      (data) => {
        const at = data.reviews.findIndex((r) => r.id === review.id);
        const reviews = [...data.reviews];
        reviews[at === -1 ? reviews.length : at] = review;
        return { ...data, reviews, nextNumber: nextNumber ?? data.nextNumber };
      },
      () =>
        problemWith(reviewRecordSchema.safeParse(review)) ??
        (nextNumber === undefined || (Number.isInteger(nextNumber) && nextNumber >= 1)
          ? undefined
          : "nextNumber must be a whole number from 1"),
    );
  }

  get file(): string {
    return this.store.file;
  }

  /** For /healthz. */
  readable(): Promise<boolean> {
    return this.store.readable();
  }

  private fail(
    code: RegisterErrorCode,
    template: string,
    vars: Record<string, string | number> = {},
  ): RegisterError {
    return { ok: false, code, message: fillTemplate(template, vars) };
  }

  private find(id: string): ReviewRecord | undefined {
    const wanted = id.trim().toUpperCase();
    return this.store.data.reviews.find((r) => r.id === wanted);
  }

  /** The review's deadlines with wording (for show, App Home and the reminder text). */
  timeline(review: Pick<ReviewRecord, "received" | "kind" | "publication">): Milestone[] {
    return computeTimeline(
      { received: review.received, kind: review.kind, publication: review.publication },
      this.content,
    );
  }

  async start(input: {
    caseRef: string;
    received: string;
    kind: string;
    by: string;
    now: Date;
  }): Promise<RegisterResult<{ review: ReviewRecord; timeline: Milestone[] }>> {
    const m = this.messages.register;
    const ref = validateCaseRef(input.caseRef, this.messages);
    if (!ref.ok) return { ok: false, code: "bad-case-ref", message: ref.message };
    if (!isReviewKind(input.kind)) {
      return this.fail("bad-kind", m.badKind, { kind: input.kind.slice(0, 30) });
    }
    if (!isValidDate(input.received)) {
      return this.fail("bad-date", this.messages.dates.unreadable, {
        text: input.received.slice(0, 40),
      });
    }
    const today = londonDate(input.now);
    if (input.received > today) {
      return this.fail("received-in-future", m.receivedInFuture, { date: input.received, today });
    }
    if (input.received < addCalendarDays(today, -MAX_RECEIVED_AGE_DAYS)) {
      return this.fail("received-too-old", m.receivedTooOld, { date: input.received });
    }
    const clash = this.store.data.reviews.find((r) => !r.closed && r.caseRef === ref.caseRef);
    if (clash)
      return this.fail("duplicate-open", m.duplicateOpen, { caseRef: clash.caseRef, id: clash.id });

    const kind: ReviewKind = input.kind;
    // Writes run one at a time and this one reads nextNumber first, with no await between.
    const number = this.store.data.nextNumber;
    const created: ReviewRecord = {
      id: `RR-${String(number).padStart(4, "0")}`,
      caseRef: ref.caseRef,
      kind,
      received: input.received,
      done: {},
      createdBy: input.by,
      createdAt: input.now.toISOString(),
    };
    await this.changeReview(created, number + 1);
    return { ok: true, review: created, timeline: this.timeline(created) };
  }

  list(filter: { open?: boolean } = {}): readonly ReviewRecord[] {
    const all = this.store.data.reviews;
    if (filter.open === undefined) return all;
    return all.filter((r) => (filter.open ? !r.closed : Boolean(r.closed)));
  }

  get(id: string): RegisterResult<{ review: ReviewRecord; timeline: Milestone[] }> {
    const review = this.find(id);
    if (!review)
      return this.fail("unknown-review", this.messages.register.unknownReview, {
        id: id.trim().slice(0, 30),
      });
    return { ok: true, review, timeline: this.timeline(review) };
  }

  async markDone(
    id: string,
    milestone: string,
    by: string,
    now: Date,
  ): Promise<RegisterResult<{ review: ReviewRecord; milestone: Milestone; alreadyDone: boolean }>> {
    const m = this.messages.register;
    const found = this.get(id);
    if (!found.ok) return found;
    const { review, timeline } = found;
    if (review.closed) {
      return this.fail("already-closed", m.alreadyClosed, {
        id: review.id,
        date: londonDate(new Date(review.closed.at)),
      });
    }
    const keys = timeline.map((t) => t.key).join(", ");
    const wanted = milestone.trim().toLowerCase();
    const target = timeline.find((t) => t.key === wanted);
    if (!target) {
      if (isMilestoneKey(wanted) && review.kind !== "child" && wanted.includes("national")) {
        return this.fail("milestone-not-in-kind", m.milestoneNotInKind, {
          milestone: wanted,
          id: review.id,
          kind: review.kind,
          keys,
        });
      }
      if (wanted === "final-report-to-national-panel") {
        return this.fail("needs-publication", m.needsPublication, {
          milestone: wanted,
          id: review.id,
        });
      }
      return this.fail("unknown-milestone", m.unknownMilestone, {
        milestone: milestone.trim().slice(0, 40),
        keys,
      });
    }
    if (review.done[target.key]) return { ok: true, review, milestone: target, alreadyDone: true };
    // Records are never changed in place: due() and readers may hold the old one.
    const updated: ReviewRecord = {
      ...review,
      done: { ...review.done, [target.key]: { at: now.toISOString(), by } },
    };
    await this.changeReview(updated);
    return { ok: true, review: updated, milestone: target, alreadyDone: false };
  }

  async setPublication(
    id: string,
    date: string,
  ): Promise<RegisterResult<{ review: ReviewRecord; timeline: Milestone[] }>> {
    const m = this.messages.register;
    const found = this.get(id);
    if (!found.ok) return found;
    const { review } = found;
    if (review.closed) {
      return this.fail("already-closed", m.alreadyClosed, {
        id: review.id,
        date: londonDate(new Date(review.closed.at)),
      });
    }
    if (review.kind !== "child") {
      return this.fail("publication-not-child", m.publicationNotChild, {
        id: review.id,
        kind: review.kind,
      });
    }
    if (!isValidDate(date))
      return this.fail("bad-date", this.messages.dates.unreadable, { text: date.slice(0, 40) });
    if (date <= review.received) {
      return this.fail("publication-before-received", m.publicationBeforeReceived, {
        date,
        received: review.received,
      });
    }
    const updated: ReviewRecord = { ...review, publication: date };
    await this.changeReview(updated);
    return { ok: true, review: updated, timeline: this.timeline(updated) };
  }

  async close(
    id: string,
    by: string,
    now: Date,
  ): Promise<RegisterResult<{ review: ReviewRecord }>> {
    const found = this.get(id);
    if (!found.ok) return found;
    const { review } = found;
    if (review.closed) {
      return this.fail("already-closed", this.messages.register.alreadyClosed, {
        id: review.id,
        date: londonDate(new Date(review.closed.at)),
      });
    }
    const updated: ReviewRecord = { ...review, closed: { at: now.toISOString(), by } };
    await this.changeReview(updated);
    return { ok: true, review: updated };
  }

  /**
   * Records a reminder as about to be sent ("sending") or sent ("sent"). Upserts by key, so the
   * second call turns the intent into the record of delivery. The first write of each London
   * day also prunes records that are no longer needed.
   */
  async recordDelivery(
    d: Pick<DeliveryRecord, "key" | "reviewId" | "milestone" | "type" | "date">,
    status: DeliveryRecord["status"],
    at: Date,
  ): Promise<void> {
    // Checked before the map is touched: a key such as "__proto__" must never be assigned.
    const badKey = problemWith(deliveryKeySchema.safeParse(d.key));
    if (badKey !== undefined) {
      throw new StoreError(this.file, `Refused to write invalid data to ${this.file}: ${badKey}`);
    }
    await this.prune(at);
    const existing = this.store.data.deliveries[d.key];
    const value: DeliveryEntry = {
      status,
      attemptedAt: existing?.attemptedAt ?? at.toISOString(),
      ...(status === "sent" ? { sentAt: at.toISOString() } : {}),
    };
    await this.changeDeliveries(
      [d.key],
      (map) => {
        const before = map[d.key];
        map[d.key] = value;
        return () => {
          if (before) map[d.key] = before;
          else delete map[d.key];
        };
      },
      { key: d.key, value },
    );
  }

  /** Drops an intent whose send failed for sure, so the reminder is tried again later. */
  async forgetDelivery(key: string): Promise<void> {
    if (this.store.data.deliveries[key]?.status !== "sending") return;
    await this.changeDeliveries([key], (map) => {
      const before = map[key];
      delete map[key];
      return () => {
        if (before) map[key] = before;
      };
    });
  }

  /** Every delivery record, oldest first, in full (the key spelt out). */
  deliveries(): DeliveryRecord[] {
    const out: DeliveryRecord[] = [];
    for (const [key, entry] of Object.entries(this.store.data.deliveries)) {
      const m = DELIVERY_KEY_PATTERN.exec(key);
      if (!m) continue; // the schema lets no other key in
      out.push({
        key,
        reviewId: m[1] as string,
        milestone: m[2] as MilestoneKey,
        type: m[3] as ReminderType,
        date: m[4] as string,
        ...entry,
      });
    }
    return out;
  }

  /** Reminders written as "sending" and not yet resolved, with when each was written. */
  sendingIntents(): ReadonlyMap<string, Date> {
    if (this.sendingCache?.at !== this.deliveryWrites) {
      const current = this.store.data.deliveries;
      const intents = new Map<string, Date>();
      for (const key in current) {
        const e = current[key];
        if (e?.status === "sending") intents.set(key, new Date(e.attemptedAt));
      }
      this.sendingCache = { at: this.deliveryWrites, intents };
    }
    return this.sendingCache.intents;
  }

  /** Is a reminder recorded (sent or being sent)? For due(). */
  has(key: string): boolean {
    return Object.hasOwn(this.store.data.deliveries, key);
  }

  removalsFor(reviewId: string): number {
    return this.removed.get(reviewId) ?? 0;
  }

  /** The recorded delivery keys, for due() (the register itself answers `has`). */
  deliveryKeys(): DeliveredKeys {
    return this;
  }
}
