/**
 * The figures a benchmark printed: its last line that is a JSON object. Benchmarks print a
 * readable report first and the machine-readable figures last, so the aggregator and anyone
 * scripting them can take this line and ignore the rest.
 */
export function readLastJsonLine(output: string): Record<string, unknown> | undefined {
  const lines = output.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("{")) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // A line that only looks like JSON: keep looking further up.
    }
  }
  return undefined;
}
