import { newSession, SESSION_IDLE_MS, type Session } from "../core/assistant/turn.js";

/**
 * Conversation sessions live in memory only and expire after 30 minutes idle: they hold answers
 * and prompts, never message text, and nothing about a child is ever written to disk.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly idleMs = SESSION_IDLE_MS) {}

  get(key: string, now: Date): Session {
    const found = this.sessions.get(key);
    if (found && now.getTime() - found.updatedAt <= this.idleMs) return found;
    if (found) this.sessions.delete(key);
    return newSession(now);
  }

  set(key: string, session: Session): void {
    this.sessions.set(key, session);
  }

  /** Drops idle sessions; called periodically so memory stays flat. */
  sweep(now: Date): number {
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
