import { describe, expect, it } from "vitest";
import { readLastJsonLine } from "../../../src/cli/bench/read-last-json-line.js";

describe("readLastJsonLine", () => {
  it("takes the last JSON object line after the readable report", () => {
    const out = 'table\n{"a":1}\nmore text\n{"dueMsAt10k":16.9,"rssMbAt10k":200}\n\n';
    expect(readLastJsonLine(out)).toEqual({ dueMsAt10k: 16.9, rssMbAt10k: 200 });
  });

  it("skips lines that only look like JSON, and arrays", () => {
    expect(readLastJsonLine('{"ok":true}\n{not json\n[1,2]\r\n')).toEqual({ ok: true });
  });

  it("finds nothing in output without figures", () => {
    expect(readLastJsonLine("Error: something broke\n")).toBeUndefined();
    expect(readLastJsonLine("")).toBeUndefined();
  });
});
