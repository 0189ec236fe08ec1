import { newSession, SESSION_IDLE_MS, type Session } from "../core/assistant/turn.js";

/**
 * Conversation sessions: answers and prompts only, never message text, expiring after 30
 * minutes idle. In memory with the file store (one process); in PostgreSQL with DATABASE_URL, so
 * a conversation carries on whichever instance gets the next turn.
 */
export interface SessionStore {
  /** The session for this conversation, or a new one if there is none or it has expired. */
  get(key: string, now: Date): Promise<Session>;
  set(key: string, session: Session): Promise<void>;
  /** Drops expired sessions; called periodically. Returns how many went. */
  sweep(now: Date): Promise<number>;
}

/** Sessions in this process's memory: nothing about a child is ever written to disk. */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly idleMs = SESSION_IDLE_MS) {}

  async get(key: string, now: Date): Promise<Session> {
    const found = this.sessions.get(key);
    if (found && now.getTime() - found.updatedAt <= this.idleMs) return found;
    if (found) this.sessions.delete(key);
    return newSession(now);
  }

  async set(key: string, session: Session): Promise<void> {
    this.sessions.set(key, session);
  }

  async sweep(now: Date): Promise<number> {
    let dropped = 0;
    for (const [key, s] of this.sessions) {
      if (now.getTime() - s.updatedAt > this.idleMs) {
        this.sessions.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.sessions.size;
  }
}
