/**
 * The p-th percentile by nearest rank: the smallest sample with at least p% of the samples at or
 * below it. No interpolation, so a reported p99 is always a latency that really happened.
 * `sorted` must be in ascending order; an empty list has no percentile (NaN).
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0..100, not ${p}`);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Sorts a copy of the samples (ms) and reads the figures the benchmarks report. */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
  };
}

/** Rounds to two decimals for printing and JSON. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
