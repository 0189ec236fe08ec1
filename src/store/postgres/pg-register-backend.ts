import { checkRegisterIntegrity } from "../check-register-integrity.js";
import type { Decision } from "../json-store.js";
import {
  type DeliveryEntry,
  type RegisterBackend,
  type ReviewRecord,
  reviewNumber,
} from "../register-backend.js";
import {
  deliveryEntrySchema,
  deliveryKeySchema,
  type ReviewRegisterFile,
  reviewRecordSchema,
} from "../review-register-schema.js";
import { StoreError } from "../store-error.js";
import { type Client, guarded, type Pool, transaction, WHERE } from "./connect-postgres.js";

function checked(review: ReviewRecord): ReviewRecord {
  const parsed = reviewRecordSchema.safeParse(review);
  if (!parsed.success) {
    throw new StoreError(
      WHERE,
      `Refused to write invalid data to PostgreSQL: ${parsed.error.issues[0]?.message}`,
    );
  }
  return review;
}

interface DeliveryRow {
  key: string;
  status: DeliveryEntry["status"];
  attempted_at: string;
  sent_at: string | null;
}

function entryOf(row: DeliveryRow): DeliveryEntry {
  return {
    status: row.status,
    attemptedAt: row.attempted_at,
    ...(row.sent_at ? { sentAt: row.sent_at } : {}),
  };
}

/** A reminder's advisory lock key: one 64-bit number per delivery key. */
const LOCK_KEY = "hashtextextended('reminder:' || $1, 0)";

/**
 * The register in PostgreSQL, shared by every instance. Each change runs in one transaction
 * holding the review's row lock (a new review: the counter row's lock), so concurrent changes on
 * any instance queue and each sees the last. A reminder is held with a transaction-scoped
 * advisory lock while it is sent: if the process dies, its connection drops and PostgreSQL frees
 * the lock at once, so another instance (or a restart) can check Slack and finish it.
 */
export class PgRegisterBackend implements RegisterBackend {
  readonly where = WHERE;

  constructor(private readonly pool: Pool) {}

  /** Refuses at start-up a counter behind its ids (as the file store does). */
  async checkIntegrity(): Promise<void> {
    const { rows } = await guarded("read the register", () =>
      this.pool.query<{ next_number: number; highest: number | null }>(
        "SELECT next_number, (SELECT max(number) FROM reviews) AS highest FROM register_counter",
      ),
    );
    const row = rows[0];
    if (!row) {
      throw new StoreError(WHERE, "The register's counter row is missing from PostgreSQL.");
    }
    if (row.highest !== null && row.next_number <= row.highest) {
      throw new StoreError(
        WHERE,
        `The register in PostgreSQL cannot be used: its counter (register_counter.next_number) is ${row.next_number} but review number ${row.highest} exists, so a new review would reuse an id. Set next_number to ${row.highest + 1}, then start again.`,
      );
    }
  }

  async list(open?: boolean): Promise<ReviewRecord[]> {
    const { rows } = await guarded("read the register", () =>
      open === undefined
        ? this.pool.query<{ record: ReviewRecord }>("SELECT record FROM reviews ORDER BY number")
        : this.pool.query<{ record: ReviewRecord }>(
            "SELECT record FROM reviews WHERE closed = $1 ORDER BY number",
            [!open],
          ),
    );
    return rows.map((r) => r.record);
  }

  async find(id: string): Promise<ReviewRecord | undefined> {
    const { rows } = await guarded("read the register", () =>
      this.pool.query<{ record: ReviewRecord }>("SELECT record FROM reviews WHERE id = $1", [id]),
    );
    return rows[0]?.record;
  }

  changeReview<R>(
    id: string,
    decide: (current: ReviewRecord | undefined) => Decision<ReviewRecord, R>,
  ): Promise<R> {
    return guarded("change the register", () =>
      transaction(this.pool, async (client) => {
        const { rows } = await client.query<{ record: ReviewRecord }>(
          "SELECT record FROM reviews WHERE id = $1 FOR UPDATE",
          [id],
        );
        const current = rows[0]?.record;
        const { next, result } = decide(current);
        if (next && current) {
          await client.query("UPDATE reviews SET record = $2, closed = $3 WHERE id = $1", [
            id,
            checked(next),
            Boolean(next.closed),
          ]);
        }
        return result;
      }),
    );
  }

  createReview<R>(
    caseRef: string,
    decide: (slot: { number: number; openClash?: ReviewRecord }) => Decision<ReviewRecord, R>,
  ): Promise<R> {
    return guarded("add to the register", () =>
      transaction(this.pool, async (client) => {
        // The counter's row lock makes new reviews queue: each reads the number and the open
        // cases as the previous one left them.
        const counter = await client.query<{ next_number: number }>(
          "SELECT next_number FROM register_counter FOR UPDATE",
        );
        const number = counter.rows[0]?.next_number ?? 1;
        const clash = await client.query<{ record: ReviewRecord }>(
          "SELECT record FROM reviews WHERE case_ref = $1 AND NOT closed LIMIT 1",
          [caseRef],
        );
        const { next, result } = decide({ number, openClash: clash.rows[0]?.record });
        if (next) {
          await insertReview(client, checked(next));
          await client.query("UPDATE register_counter SET next_number = $1", [number + 1]);
        }
        return result;
      }),
    );
  }

  async deliveryEntries(): Promise<Map<string, DeliveryEntry>> {
    const { rows } = await guarded("read reminder records", () =>
      this.pool.query<DeliveryRow>(
        "SELECT key, status, attempted_at, sent_at FROM reminder_deliveries",
      ),
    );
    return new Map(rows.map((r) => [r.key, entryOf(r)]));
  }

  async withDelivery<T>(
    key: string,
    work: (entry: DeliveryEntry | undefined) => Promise<T>,
  ): Promise<{ held: true; value: T } | { held: false }> {
    const client = await guarded("be reached", () => this.pool.connect());
    let broken: Error | undefined;
    try {
      await guarded("hold a reminder", async () => {
        await client.query("BEGIN");
        // Bounds a stalled (not dead) holder; a dead one's connection closes at once.
        await client.query("SET LOCAL idle_in_transaction_session_timeout = '30min'");
      });
      const got = await guarded("hold a reminder", () =>
        client.query<{ held: boolean }>(`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS held`, [
          key,
        ]),
      );
      if (!got.rows[0]?.held) return { held: false };
      const { rows } = await guarded("read a reminder record", () =>
        client.query<DeliveryRow>(
          "SELECT key, status, attempted_at, sent_at FROM reminder_deliveries WHERE key = $1",
          [key],
        ),
      );
      const value = await work(rows[0] ? entryOf(rows[0]) : undefined);
      return { held: true, value };
    } finally {
      // Ends the transaction, which frees the lock; the records were written (and committed)
      // on other connections as the work went.
      await client.query("ROLLBACK").catch((err: Error) => {
        broken = err;
      });
      client.release(broken);
    }
  }

  async recordDelivery(key: string, status: DeliveryEntry["status"], at: Date): Promise<void> {
    const badKey = deliveryKeySchema.safeParse(key);
    if (!badKey.success) {
      throw new StoreError(
        WHERE,
        `Refused to write invalid data to PostgreSQL: ${badKey.error.issues[0]?.message}`,
      );
    }
    const iso = at.toISOString();
    await guarded("record a reminder", () =>
      this.pool.query(
        `INSERT INTO reminder_deliveries (key, status, attempted_at, sent_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, sent_at = EXCLUDED.sent_at`,
        [key, status, iso, status === "sent" ? iso : null],
      ),
    );
  }

  async forgetDelivery(key: string): Promise<void> {
    await guarded("record a reminder", () =>
      this.pool.query("DELETE FROM reminder_deliveries WHERE key = $1 AND status = 'sending'", [
        key,
      ]),
    );
  }

  async dropDeliveries(keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const result = await guarded("prune reminder records", () =>
      this.pool.query(
        "DELETE FROM reminder_deliveries WHERE key = ANY($1::text[]) AND status = 'sent'",
        [keys],
      ),
    );
    return result.rowCount ?? 0;
  }

  async exportAll(): Promise<ReviewRegisterFile> {
    return guarded("read the register", () =>
      transaction(this.pool, async (client) => {
        await client.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        const reviews = await client.query<{ record: ReviewRecord }>(
          "SELECT record FROM reviews ORDER BY number",
        );
        const counter = await client.query<{ next_number: number }>(
          "SELECT next_number FROM register_counter",
        );
        const deliveries = await client.query<DeliveryRow>(
          "SELECT key, status, attempted_at, sent_at FROM reminder_deliveries ORDER BY attempted_at, key",
        );
        const data: ReviewRegisterFile = {
          version: 2,
          nextNumber: counter.rows[0]?.next_number ?? 1,
          reviews: reviews.rows.map((r) => r.record),
          deliveries: {},
        };
        for (const row of deliveries.rows) data.deliveries[row.key] = entryOf(row);
        return data;
      }),
    );
  }

  async importAll(data: ReviewRegisterFile): Promise<void> {
    const problem = checkRegisterIntegrity(data);
    if (problem) throw new StoreError(WHERE, `Nothing was copied: ${problem}.`);
    await guarded("copy the register in", () =>
      transaction(this.pool, async (client) => {
        await client.query("LOCK TABLE reviews, register_counter, reminder_deliveries");
        const held = await client.query<{ n: string }>(
          "SELECT (SELECT count(*) FROM reviews) + (SELECT count(*) FROM reminder_deliveries) AS n",
        );
        if (Number(held.rows[0]?.n) > 0) {
          throw new StoreError(
            WHERE,
            "PostgreSQL already holds a register; nothing was copied. Empty its reviews and reminder_deliveries tables first if it should be replaced.",
          );
        }
        for (const r of data.reviews) await insertReview(client, checked(r));
        for (const [key, entry] of Object.entries(data.deliveries)) {
          deliveryEntrySchema.parse(entry);
          await client.query(
            "INSERT INTO reminder_deliveries (key, status, attempted_at, sent_at) VALUES ($1, $2, $3, $4)",
            [key, entry.status, entry.attemptedAt, entry.sentAt ?? null],
          );
        }
        await client.query("UPDATE register_counter SET next_number = $1", [data.nextNumber]);
      }),
    );
  }

  async readable(): Promise<boolean> {
    try {
      await this.pool.query("SELECT 1 FROM reviews LIMIT 1");
      return true;
    } catch {
      return false;
    }
  }
}

async function insertReview(client: Client, review: ReviewRecord): Promise<void> {
  await client.query(
    "INSERT INTO reviews (id, number, case_ref, closed, record) VALUES ($1, $2, $3, $4, $5)",
    [review.id, reviewNumber(review.id), review.caseRef, Boolean(review.closed), review],
  );
}
