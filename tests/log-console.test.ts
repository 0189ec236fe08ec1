import { afterEach, describe, expect, it } from "vitest";
import { routeConsoleToLog } from "../src/log.js";
import { captureLog } from "./support/capture-log.js";

describe("what libraries print with console.error / console.warn goes to the log", () => {
  const original = { error: console.error, warn: console.warn };
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
  });

  it("logs one warning per call: an error's name and message, never its stack", async () => {
    const { log, records: lines } = captureLog();
    const restore = routeConsoleToLog(log);
    const err = new Error("The token has expired");
    err.name = "TokenExpiredError";
    console.error(err);
    restore();
    await new Promise((r) => setImmediate(r));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, event: "library_console" });
    expect(lines[0]?.line).toBe("TokenExpiredError: The token has expired");
    expect(JSON.stringify(lines[0])).not.toMatch(/\bat .*:\d+/);
  });

  it("keeps only the first line of a multi-line print (botbuilder dumps the signing key)", async () => {
    const { log, records: lines } = captureLog();
    const restore = routeConsoleToLog(log);
    console.warn(
      "Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA0U\n-----END RSA PUBLIC KEY-----",
    );
    console.error("x".repeat(5000));
    restore();
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => l.line)).toEqual([
      "Error finding key for token. Available keys: -----BEGIN RSA PUBLIC KEY-----",
      "x".repeat(80),
    ]);
  });

  it("puts the console back when asked, but leaves a later replacement alone", () => {
    const { log } = captureLog();
    const restore = routeConsoleToLog(log);
    expect(console.error).not.toBe(original.error);
    restore();
    expect(console.error).toBe(original.error);
    expect(console.warn).toBe(original.warn);

    const again = routeConsoleToLog(log);
    const later = () => undefined;
    console.error = later;
    again();
    expect(console.error).toBe(later);
    expect(console.warn).toBe(original.warn);
  });
});

describe("several assistants in one process (a test run)", () => {
  it("send to the newest log still running, and put the console back when the last stops", async () => {
    const original = console.error;
    const a = captureLog();
    const b = captureLog();
    const stopA = routeConsoleToLog(a.log);
    const stopB = routeConsoleToLog(b.log);
    console.error("to b");
    stopB();
    console.error("to a");
    stopA();
    stopA();
    await new Promise((r) => setImmediate(r));
    expect(b.records.map((l) => l.line)).toEqual(["to b"]);
    expect(a.records.map((l) => l.line)).toEqual(["to a"]);
    expect(console.error).toBe(original);
  });
});
