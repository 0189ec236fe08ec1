import { newSession, SESSION_IDLE_MS, type Session } from "../../core/assistant/turn.js";
import type { SessionStore } from "../session-store.js";
import { guarded, type Pool } from "./connect-postgres.js";

/**
 * Conversation sessions in PostgreSQL (answers and prompts only), so any instance can take the
 * next turn. Expiry is 30 minutes after the session's last change, on the same clock the
 * turn uses; an expired row reads as absent and the sweep deletes it.
 */
export class PgSessionStore implements SessionStore {
  constructor(
    private readonly pool: Pool,
    private readonly idleMs = SESSION_IDLE_MS,
  ) {}

  async get(key: string, now: Date): Promise<Session> {
    const { rows } = await guarded("read a conversation", () =>
      this.pool.query<{ state: Session }>(
        "SELECT state FROM conversation_state WHERE key = $1 AND expires_at >= $2",
        [key, now],
      ),
    );
    return rows[0]?.state ?? newSession(now);
  }

  async set(key: string, session: Session): Promise<void> {
    await guarded("keep a conversation", () =>
      this.pool.query(
        `INSERT INTO conversation_state (key, state, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(session), new Date(session.updatedAt + this.idleMs)],
      ),
    );
  }

  async sweep(now: Date): Promise<number> {
    const result = await guarded("expire conversations", () =>
      this.pool.query("DELETE FROM conversation_state WHERE expires_at < $1", [now]),
    );
    return result.rowCount ?? 0;
  }
}
