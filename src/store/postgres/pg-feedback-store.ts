import { subDays } from "date-fns";
import { londonDate } from "../../core/london-time.js";
import {
  type FeedbackStore,
  type KnowledgeFeedback,
  QUESTION_TEXT_DAYS,
} from "../knowledge-feedback-store.js";
import { guarded, type Pool, transaction } from "./connect-postgres.js";

const COUNT_DAYS = 365;
const MAX_TEXT = 500;

/**
 * Knowledge feedback in PostgreSQL: each vote or unanswered question is one increment in the
 * database (`count = count + 1`), so instances never overwrite each other's counts. Question text
 * only when RECORD_QUESTION_TEXT is on, and never kept beyond 30 days.
 */
export class PgFeedbackStore implements FeedbackStore {
  private pending = new Set<Promise<unknown>>();

  private constructor(
    private readonly pool: Pool,
    private readonly recordQuestionText: boolean,
  ) {}

  static async open(
    pool: Pool,
    options: { recordQuestionText: boolean; now: Date },
  ): Promise<PgFeedbackStore> {
    const store = new PgFeedbackStore(pool, options.recordQuestionText);
    await store.prune(options.now);
    return store;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    void p.then(
      () => this.pending.delete(p),
      () => this.pending.delete(p),
    );
    return p;
  }

  private async prune(now: Date): Promise<void> {
    await guarded("prune knowledge feedback", async () => {
      if (this.recordQuestionText) {
        await this.pool.query("DELETE FROM knowledge_questions WHERE at < $1", [
          subDays(now, QUESTION_TEXT_DAYS).toISOString(),
        ]);
      } else {
        await this.pool.query("DELETE FROM knowledge_questions");
      }
      await this.pool.query("DELETE FROM knowledge_unanswered_days WHERE day < $1", [
        londonDate(subDays(now, COUNT_DAYS)),
      ]);
    });
  }

  vote(id: string, helpful: boolean, _now: Date): Promise<void> {
    return this.track(
      guarded("record a vote", async () => {
        await this.pool.query(
          `INSERT INTO knowledge_votes (entry_id, helpful, unhelpful) VALUES ($1, $2, $3)
           ON CONFLICT (entry_id) DO UPDATE SET
             helpful = knowledge_votes.helpful + EXCLUDED.helpful,
             unhelpful = knowledge_votes.unhelpful + EXCLUDED.unhelpful`,
          [id, helpful ? 1 : 0, helpful ? 0 : 1],
        );
      }),
    );
  }

  unanswered(question: string | undefined, now: Date): Promise<void> {
    return this.track(
      guarded("record an unanswered question", () =>
        transaction(this.pool, async (client) => {
          await client.query(
            "UPDATE knowledge_totals SET value = value + 1 WHERE name = 'unanswered'",
          );
          await client.query(
            `INSERT INTO knowledge_unanswered_days (day, count) VALUES ($1, 1)
             ON CONFLICT (day) DO UPDATE SET count = knowledge_unanswered_days.count + 1`,
            [londonDate(now)],
          );
          const text = question?.trim();
          if (this.recordQuestionText && text) {
            await client.query("INSERT INTO knowledge_questions (at, text) VALUES ($1, $2)", [
              now.toISOString(),
              text.slice(0, MAX_TEXT),
            ]);
          }
        }),
      ),
    ).then(() => this.prune(now));
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  async readable(): Promise<boolean> {
    try {
      await this.pool.query("SELECT 1 FROM knowledge_totals LIMIT 1");
      return true;
    } catch {
      return false;
    }
  }

  async snapshot(): Promise<KnowledgeFeedback> {
    return guarded("read knowledge feedback", async () => {
      const votes = await this.pool.query<{ entry_id: string; helpful: number; unhelpful: number }>(
        "SELECT entry_id, helpful, unhelpful FROM knowledge_votes ORDER BY entry_id",
      );
      const days = await this.pool.query<{ day: string; count: number }>(
        "SELECT day, count FROM knowledge_unanswered_days ORDER BY day",
      );
      const total = await this.pool.query<{ value: string }>(
        "SELECT value FROM knowledge_totals WHERE name = 'unanswered'",
      );
      const questions = await this.pool.query<{ at: string; text: string }>(
        "SELECT at, text FROM knowledge_questions ORDER BY id",
      );
      return {
        version: 1,
        votes: Object.fromEntries(
          votes.rows.map((v) => [v.entry_id, { helpful: v.helpful, unhelpful: v.unhelpful }]),
        ),
        unanswered: {
          total: Number(total.rows[0]?.value ?? 0),
          byDay: Object.fromEntries(days.rows.map((d) => [d.day, d.count])),
        },
        questions: questions.rows,
      };
    });
  }
}
