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
import { JsonStore } from "./json-store.js";
import { type ReviewRegisterFile, reviewRegisterFileSchema } from "./review-register-schema.js";

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
}

/**
 * The register of rapid reviews and of every reminder delivered, in `${dataDir}/rapid-reviews.json`.
 * User mistakes come back as `{ok: false, message}` (nothing changed); only a broken file or disk
 * throws (StoreError). One process owns the file: lowdb is not safe for two writers.
 */
export class ReviewRegister {
  private keys: Set<string>;

  private constructor(
    private readonly store: JsonStore<ReviewRegisterFile>,
    private readonly messages: RegisterMessages,
    private readonly content: MilestoneContent,
  ) {
    this.keys = new Set(store.data.deliveries.map((d) => d.key));
  }

  static async open(dataDir: string, options: RegisterOptions = {}): Promise<ReviewRegister> {
    const store = await JsonStore.open(
      path.join(dataDir, REGISTER_FILE_NAME),
      reviewRegisterFileSchema,
      { version: 1, nextNumber: 1, reviews: [], deliveries: [] },
    );
    return new ReviewRegister(
      store,
      options.messages ?? loadRegisterMessages(),
      options.content ?? loadMilestoneContent(),
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
    let review: ReviewRecord | undefined;
    await this.store.update((data) => {
      review = {
        id: `RR-${String(data.nextNumber).padStart(4, "0")}`,
        caseRef: ref.caseRef,
        kind,
        received: input.received,
        done: {},
        createdBy: input.by,
        createdAt: input.now.toISOString(),
      };
      data.nextNumber += 1;
      data.reviews.push(review);
    });
    // biome-ignore lint/style/noNonNullAssertion: set synchronously inside update()
    const created = this.find(review!.id)!;
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
    await this.store.update((data) => {
      const r = data.reviews.find((x) => x.id === review.id);
      if (r) r.done[target.key] = { at: now.toISOString(), by };
    });
    // biome-ignore lint/style/noNonNullAssertion: it was there a moment ago and nothing deletes
    return { ok: true, review: this.find(review.id)!, milestone: target, alreadyDone: false };
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
    await this.store.update((data) => {
      const r = data.reviews.find((x) => x.id === review.id);
      if (r) r.publication = date;
    });
    // biome-ignore lint/style/noNonNullAssertion: it was there a moment ago and nothing deletes
    const updated = this.find(review.id)!;
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
    await this.store.update((data) => {
      const r = data.reviews.find((x) => x.id === review.id);
      if (r) r.closed = { at: now.toISOString(), by };
    });
    // biome-ignore lint/style/noNonNullAssertion: it was there a moment ago and nothing deletes
    return { ok: true, review: this.find(review.id)! };
  }

  /**
   * Records a reminder as about to be sent ("sending") or sent ("sent"). Upserts by key, so the
   * second call turns the intent into the record of delivery.
   */
  async recordDelivery(
    d: Pick<DeliveryRecord, "key" | "reviewId" | "milestone" | "type" | "date">,
    status: DeliveryRecord["status"],
    at: Date,
  ): Promise<void> {
    await this.store.update((data) => {
      const existing = data.deliveries.find((x) => x.key === d.key);
      const record: DeliveryRecord = {
        key: d.key,
        reviewId: d.reviewId,
        milestone: d.milestone,
        type: d.type,
        date: d.date,
        status,
        attemptedAt: existing?.attemptedAt ?? at.toISOString(),
        ...(status === "sent" ? { sentAt: at.toISOString() } : {}),
      };
      if (existing) Object.assign(existing, record);
      else data.deliveries.push(record);
    });
    this.keys.add(d.key);
  }

  /** Drops an intent whose send failed for sure, so the reminder is tried again later. */
  async forgetDelivery(key: string): Promise<void> {
    await this.store.update((data) => {
      data.deliveries = data.deliveries.filter((x) => x.key !== key || x.status === "sent");
    });
    if (!this.store.data.deliveries.some((x) => x.key === key)) this.keys.delete(key);
  }

  deliveries(): readonly DeliveryRecord[] {
    return this.store.data.deliveries;
  }

  /** Keys of every recorded delivery (sent or being sent), kept as a set for due(). */
  deliveryKeys(): ReadonlySet<string> {
    return this.keys;
  }
}
