import { Writable } from "node:stream";
import { type Logger, pino } from "pino";

/** A logger whose JSON lines are kept, parsed, for a test to read. */
export function captureLog(level = "info"): { log: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const log = pino(
    { level },
    new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean))
          records.push(JSON.parse(line));
        done();
      },
    }),
  );
  return { log, records };
}
