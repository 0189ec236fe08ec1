import { describe, expect, it } from "vitest";
import { parseLoadArgs } from "../../src/cli/load.js";

describe("npm run load arguments", () => {
  it("defaults to 200 conversations for 60 seconds at the local assistant's PORT", () => {
    expect(parseLoadArgs([], { PORT: "4000" })).toEqual({
      url: "http://127.0.0.1:4000",
      conversations: 200,
      seconds: 60,
      maxTurns: 200_000,
    });
    expect(parseLoadArgs([], {}).url).toBe("http://127.0.0.1:3978");
  });

  it("takes --url (or ASSISTANT_URL), --pid and limits, with = or a space", () => {
    const a = parseLoadArgs(
      ["--url=http://localhost:5000/", "--pid", "1234", "--seconds", "5", "--max-turns=100"],
      { ASSISTANT_URL: "http://127.0.0.1:1" },
    );
    expect(a).toMatchObject({ url: "http://localhost:5000", pid: 1234, seconds: 5, maxTurns: 100 });
    expect(parseLoadArgs([], { ASSISTANT_URL: "http://[::1]:3978" }).url).toBe("http://[::1]:3978");
  });

  it("only ever sends load to this machine", () => {
    expect(() => parseLoadArgs(["--url", "http://example.org:3978"], {})).toThrow(/this machine/);
    expect(() => parseLoadArgs(["--url", "https://127.0.0.1:3978"], {})).toThrow(/this machine/);
    expect(() => parseLoadArgs(["--url", "nonsense"], {})).toThrow(/not a URL/);
  });

  it("refuses limits that are not sensible whole numbers, and unknown options", () => {
    expect(() => parseLoadArgs(["--conversations", "0"], {})).toThrow(/1 to 1000/);
    expect(() => parseLoadArgs(["--seconds", "1e3"], {})).toThrow(/whole number/);
    expect(() => parseLoadArgs(["--max-turns"], {})).toThrow(/whole number/);
    expect(() => parseLoadArgs(["--fast"], {})).toThrow(/Unknown option/);
  });
});
