import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile, summarizeLatencies } from "../../../src/cli/bench/summarize-latencies.js";

describe("percentile (nearest rank)", () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it("reads the sample at the rank, without interpolating", () => {
    expect(percentile(ten, 50)).toBe(5);
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile(ten, 99)).toBe(10);
    expect(percentile(ten, 100)).toBe(10);
    expect(percentile(ten, 0)).toBe(1);
    expect(percentile([4, 8], 50)).toBe(4);
  });

  it("p99 of 1000 samples is the 990th: the ten slowest are above it", () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(990);
  });

  it("has no percentile for no samples, and refuses a p outside 0..100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(ten, 101)).toThrow(RangeError);
    expect(() => percentile(ten, Number.NaN)).toThrow(RangeError);
  });

  it("is always one of the samples, with at least p% of them at or below it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (samples, p) => {
          const sorted = [...samples].sort((a, b) => a - b);
          const v = percentile(sorted, p);
          expect(sorted).toContain(v);
          const atOrBelow = sorted.filter((x) => x <= v).length;
          expect(atOrBelow / sorted.length).toBeGreaterThanOrEqual(p / 100 - 1e-9);
        },
      ),
    );
  });
});

describe("summarizeLatencies", () => {
  it("sorts the samples itself and leaves the caller's list alone", () => {
    const samples = [30, 10, 20, 40];
    expect(summarizeLatencies(samples)).toEqual({ count: 4, p50: 20, p99: 40, max: 40 });
    expect(samples).toEqual([30, 10, 20, 40]);
  });
});
