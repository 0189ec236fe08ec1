import { validateCaseRef } from "../core/rapid-review/case-ref.js";
import { computeTimeline } from "../core/rapid-review/compute-timeline.js";
import { parseDeliveryKey } from "../core/rapid-review/delivery-key.js";
import {
  loadMilestoneContent,
  type MilestoneContent,
} from "../core/rapid-review/milestone-content.js";
import {
  fillTemplate,
  loadRegisterMessages,
  type RegisterMessages,
} from "../core/rapid-review/register-messages.js";
import { isMilestoneKey, isReviewKind, type Milestone } from "../core/rapid-review/types.js";
import { addCalendarDays, isValidDate, londonDate } from "../core/rapid-review/working-days.js";
import { FileRegisterBackend } from "./file-register-backend.js";
import {
  type DeliveryEntry,
  type DeliveryRecord,
  type RegisterBackend,
  type ReviewRecord,
  reviewId,
} from "./register-backend.js";

export { REGISTER_FILE_NAME } from "./file-register-backend.js";
export type { DeliveryEntry, DeliveryRecord, ReviewRecord, Stamp } from "./register-backend.js";

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

type Found = RegisterResult<{ review: ReviewRecord; timeline: Milestone[] }>;

/**
 * The register of rapid reviews and of every reminder delivered: the rules (what may change,
 * and the plain-words refusal when it may not) over a backend that stores it, a file or
 * PostgreSQL. User mistakes come back as `{ok: false, message}` (nothing changed); only a broken
 * store throws (StoreError). Each change is decided inside the backend's transaction, from the
 * review as it stands then, so concurrent changes all land and "done" means stored.
 */
export class ReviewRegister {
  constructor(
    readonly backend: RegisterBackend,
    private readonly messages: RegisterMessages = loadRegisterMessages(),
    private readonly content: MilestoneContent = loadMilestoneContent(),
  ) {}

  /** The register in a data folder's file (one process; tests and tools). */
  static async open(dataDir: string, options: RegisterOptions = {}): Promise<ReviewRegister> {
    return new ReviewRegister(
      await FileRegisterBackend.open(dataDir),
      options.messages,
      options.content,
    );
  }

  /** Where it is stored, for messages: the file's path, or "PostgreSQL". */
  get file(): string {
    return this.backend.where;
  }

  /** For /healthz. */
  readable(): Promise<boolean> {
    return this.backend.readable();
  }

  private fail(
    code: RegisterErrorCode,
    template: string,
    vars: Record<string, string | number> = {},
  ): RegisterError {
    return { ok: false, code, message: fillTemplate(template, vars) };
  }

  private unknown(id: string): RegisterError {
    return this.fail("unknown-review", this.messages.register.unknownReview, {
      id: id.trim().slice(0, 30),
    });
  }

  private alreadyClosed(review: ReviewRecord): RegisterError {
    return this.fail("already-closed", this.messages.register.alreadyClosed, {
      id: review.id,
      date: londonDate(new Date(review.closed?.at ?? 0)),
    });
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
    const kind = input.kind;
    // The duplicate check and the new number are read inside the transaction that inserts.
    type Created = { ok: true; review: ReviewRecord } | RegisterError;
    const outcome = await this.backend.createReview<Created>(
      ref.caseRef,
      ({ number, openClash }) => {
        if (openClash) {
          return {
            result: this.fail("duplicate-open", m.duplicateOpen, {
              caseRef: openClash.caseRef,
              id: openClash.id,
            }),
          };
        }
        const created: ReviewRecord = {
          id: reviewId(number),
          caseRef: ref.caseRef,
          kind,
          received: input.received,
          done: {},
          createdBy: input.by,
          createdAt: input.now.toISOString(),
        };
        return { next: created, result: { ok: true as const, review: created } };
      },
    );
    if (!outcome.ok) return outcome;
    return { ok: true, review: outcome.review, timeline: this.timeline(outcome.review) };
  }

  async list(filter: { open?: boolean } = {}): Promise<readonly ReviewRecord[]> {
    return this.backend.list(filter.open);
  }

  async get(id: string): Promise<Found> {
    const review = await this.backend.find(id.trim().toUpperCase());
    if (!review) return this.unknown(id);
    return { ok: true, review, timeline: this.timeline(review) };
  }

  /** Runs a change to one review inside the backend's transaction, from the review as stored. */
  private change<R extends { ok: true }>(
    id: string,
    decide: (review: ReviewRecord) => { next?: ReviewRecord; result: R | RegisterError },
  ): Promise<R | RegisterError> {
    return this.backend.changeReview(id.trim().toUpperCase(), (review) => {
      if (!review) return { result: this.unknown(id) };
      return decide(review);
    });
  }

  markDone(
    id: string,
    milestone: string,
    by: string,
    now: Date,
  ): Promise<RegisterResult<{ review: ReviewRecord; milestone: Milestone; alreadyDone: boolean }>> {
    const m = this.messages.register;
    type Marked = { ok: true; review: ReviewRecord; milestone: Milestone; alreadyDone: boolean };
    return this.change<Marked>(id, (review) => {
      if (review.closed) return { result: this.alreadyClosed(review) };
      const timeline = this.timeline(review);
      const keys = timeline.map((t) => t.key).join(", ");
      const wanted = milestone.trim().toLowerCase();
      const target = timeline.find((t) => t.key === wanted);
      if (!target) {
        if (isMilestoneKey(wanted) && review.kind !== "child" && wanted.includes("national")) {
          return {
            result: this.fail("milestone-not-in-kind", m.milestoneNotInKind, {
              milestone: wanted,
              id: review.id,
              kind: review.kind,
              keys,
            }),
          };
        }
        if (wanted === "final-report-to-national-panel") {
          return {
            result: this.fail("needs-publication", m.needsPublication, {
              milestone: wanted,
              id: review.id,
            }),
          };
        }
        return {
          result: this.fail("unknown-milestone", m.unknownMilestone, {
            milestone: milestone.trim().slice(0, 40),
            keys,
          }),
        };
      }
      if (review.done[target.key]) {
        return { result: { ok: true as const, review, milestone: target, alreadyDone: true } };
      }
      const updated: ReviewRecord = {
        ...review,
        done: { ...review.done, [target.key]: { at: now.toISOString(), by } },
      };
      return {
        next: updated,
        result: { ok: true as const, review: updated, milestone: target, alreadyDone: false },
      };
    });
  }

  async setPublication(id: string, date: string): Promise<Found> {
    const m = this.messages.register;
    const outcome = await this.change<{ ok: true; review: ReviewRecord }>(id, (review) => {
      if (review.closed) return { result: this.alreadyClosed(review) };
      if (review.kind !== "child") {
        return {
          result: this.fail("publication-not-child", m.publicationNotChild, {
            id: review.id,
            kind: review.kind,
          }),
        };
      }
      if (!isValidDate(date)) {
        return {
          result: this.fail("bad-date", this.messages.dates.unreadable, {
            text: date.slice(0, 40),
          }),
        };
      }
      if (date <= review.received) {
        return {
          result: this.fail("publication-before-received", m.publicationBeforeReceived, {
            date,
            received: review.received,
          }),
        };
      }
      const updated: ReviewRecord = { ...review, publication: date };
      return { next: updated, result: { ok: true as const, review: updated } };
    });
    if (!outcome.ok) return outcome;
    return { ok: true, review: outcome.review, timeline: this.timeline(outcome.review) };
  }

  close(id: string, by: string, now: Date): Promise<RegisterResult<{ review: ReviewRecord }>> {
    return this.change<{ ok: true; review: ReviewRecord }>(id, (review) => {
      if (review.closed) return { result: this.alreadyClosed(review) };
      const updated: ReviewRecord = { ...review, closed: { at: now.toISOString(), by } };
      return { next: updated, result: { ok: true as const, review: updated } };
    });
  }

  // The reminder loop's ledger (src/reminders/reminder-loop.ts, ReminderLedger).

  openReviews(): Promise<ReviewRecord[]> {
    return this.backend.list(true);
  }

  deliveryEntries(): Promise<Map<string, DeliveryEntry>> {
    return this.backend.deliveryEntries();
  }

  withDelivery<T>(
    key: string,
    work: (entry: DeliveryEntry | undefined) => Promise<T>,
  ): Promise<{ held: true; value: T } | { held: false }> {
    return this.backend.withDelivery(key, work);
  }

  /** Records a reminder as about to be sent ("sending") or sent ("sent"), by its key. */
  recordDelivery(key: string, status: DeliveryEntry["status"], at: Date): Promise<void> {
    return this.backend.recordDelivery(key, status, at);
  }

  /** Drops an intent whose send failed for sure, so the reminder is tried again later. */
  forgetDelivery(key: string): Promise<void> {
    return this.backend.forgetDelivery(key);
  }

  dropDeliveries(keys: readonly string[]): Promise<number> {
    return this.backend.dropDeliveries(keys);
  }

  /** Every delivery record, in full (the key spelt out). */
  async deliveries(): Promise<DeliveryRecord[]> {
    const out: DeliveryRecord[] = [];
    for (const [key, entry] of await this.backend.deliveryEntries()) {
      const parts = parseDeliveryKey(key);
      if (parts) out.push({ key, ...parts, ...entry });
    }
    return out;
  }
}
