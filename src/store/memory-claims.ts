/**
 * claimOnce for one process (the file store): a key is claimed by its first caller and refused
 * to every other until it expires. Replay protection for Slack requests; with several instances
 * the PostgreSQL store does the same across them.
 */
export class MemoryClaims {
  private readonly claims = new Map<string, number>();

  constructor(private readonly clock: () => number = Date.now) {}

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const until = this.claims.get(key);
    if (until !== undefined && until > now) return false;
    this.claims.set(key, now + ttlMs);
    if (this.claims.size > 10_000) this.sweep();
    return true;
  }

  /** Drops expired claims so memory stays flat. */
  sweep(): void {
    const now = this.clock();
    for (const [key, until] of this.claims) if (until <= now) this.claims.delete(key);
  }
}
