import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningAssistant, startAssistant } from "../../src/app.js";
import { tempDataDir } from "../support/bot-framework-client.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs `npm run chat` the way a person would (through tsx), with the given lines as typing. */
function runChat(
  env: Record<string, string>,
  input: string,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/chat.ts", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("npm run chat", () => {
  let running: RunningAssistant;
  beforeAll(async () => {
    running = await startAssistant({
      env: { PORT: "0", DATA_DIR: tempDataDir(), LOG_LEVEL: "silent" },
    });
  });
  afterAll(async () => {
    await running.close();
  });

  it("chats: welcome, help, a typed number, /press, and stops at /quit", async () => {
    const { code, stdout, stderr } = await runChat(
      { ASSISTANT_URL: running.url },
      ["help", "1", "/press Help", "/press 9", "/help", "/quit", "mash"].join("\n"),
    );
    expect(stderr).toMatch(/There is no button 9 on the last card/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/MILTON KEYNES SAFEGUARDING ASSISTANT/);
    expect(stdout).toContain("[1] MASH contacts  [2] Check levels of need  [3] Ask a question");
    expect(stdout).toMatch(/Phone:\s+01908 253169 or 01908 253170/);
    expect(stdout.match(/^ {2}WHAT I CAN DO$/gm)).toHaveLength(2);
    expect(stdout).toMatch(/\/press N \| label/);
    // "mash" came after /quit, so it was never sent: the MASH card appears once (from "1").
    expect(stdout.match(/MASH CONTACT DETAILS/g)).toHaveLength(1);
    expect(stdout).not.toContain("\u001b[");
  });

  it("exits 1 and says how to start the assistant when it is not running", async () => {
    // Port 1 (tcpmux) has no listener on any machine this runs on. A port freed by a probe server
    // could be taken by another test's server before the CLI connects (seen once under npm test).
    const port = 1;

    const { code, stderr } = await runChat({ PORT: String(port) }, "help\n");
    expect(code).toBe(1);
    expect(stderr).toContain(`Can't reach the assistant at http://127.0.0.1:${port}`);
    expect(stderr).toMatch(/npm start/);
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it("refuses an unknown option with its usage", async () => {
    const { code, stderr } = await runChat({}, "", ["--colour"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option "--colour"/);
    expect(stderr).toMatch(/Usage: npm run chat/);
  });
});
