/**
 * Claims a key once: true the first time, false while the claim lasts. The store's claimOnce does
 * the same across instances; this one serves a single process until that is wired in.
 */
export type ClaimOnce = (key: string, ttlMs: number) => Promise<boolean>;

/** An in-process ClaimOnce on the wall clock (Slack's retries and signatures run on it too). */
export function claimOnceInMemory(wallClock: () => number = () => Date.now()): ClaimOnce {
  const claims = new Map<string, number>();
  let sweptAt = 0;
  return async (key, ttlMs) => {
    const now = wallClock();
    // Forget expired claims now and then, so the map holds only the last few minutes' requests.
    if (now - sweptAt > 60_000) {
      for (const [k, until] of claims) if (until <= now) claims.delete(k);
      sweptAt = now;
    }
    const until = claims.get(key);
    if (until !== undefined && until > now) return false;
    claims.set(key, now + ttlMs);
    return true;
  };
}
