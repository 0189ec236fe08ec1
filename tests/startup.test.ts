import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unsupportedNodeMessage } from "../src/check-node-version.js";
import { ConnectorStandIn } from "../src/cli/bench/connector-stand-in.js";
import { driveConversations } from "../src/cli/bench/drive-conversations.js";
import { TURN_MIX } from "../src/cli/bench/turn-mix.js";
import { httpRequest } from "./support/http-request.js";
import { MainProcess } from "./support/main-process.js";
import { until } from "./support/until.js";

// npm start runs the bundle in dist/, which the tests' global setup builds when the sources are
// newer: a bundling mistake shows up here, not only in production.

describe("start-up (as npm start runs it)", () => {
  it("refuses bad configuration with one readable message and exit code 1", async () => {
    const c = MainProcess.start({
      PORT: "not-a-port",
      HOST: "0.0.0.0",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")),
    });
    expect(await c.exit).toBe(1);
    expect(c.output()).toMatch(/cannot start because its configuration has 2 problems/);
    expect(c.output()).toMatch(/PORT="not-a-port"/);
    expect(c.output()).toMatch(/HOST="0.0.0.0"/);
    expect(c.output()).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it("refuses a data folder it cannot write, naming it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "mk-")), "a-file");
    writeFileSync(file, "x");
    const c = MainProcess.start({ PORT: "0", DATA_DIR: path.join(file, "sub") });
    expect(await c.exit).toBe(1);
    expect(c.output()).toMatch(/data folder .*a-file\/sub cannot be created or written/);
  });

  it("starts in local mode, logs JSON without message text, and stops cleanly on SIGTERM", async () => {
    const c = MainProcess.start({ PORT: "0", DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")) });
    const url = await c.listening();
    const res = await httpRequest(`${url}/healthz`);
    expect(res.status).toBe(200);
    // A connector stand-in on loopback catches the reply, as Teams' service would.
    const connector = http.createServer((req, res) => {
      req.resume();
      req.on("end", () =>
        res.writeHead(200, { "content-type": "application/json" }).end('{"id":"r1"}'),
      );
    });
    await new Promise<void>((resolve) => connector.listen(0, "127.0.0.1", resolve));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    const secret = "Jane Doe aged 7 at Example School";
    await httpRequest(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        text: secret,
        channelId: "msteams",
        serviceUrl,
        conversation: { id: "c" },
        from: { id: "u" },
        recipient: { id: "b" },
      }),
    });
    expect(await c.kill("SIGTERM")).toBe(0);
    connector.close();
    const jsonLines = c
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"));
    expect(jsonLines.length).toBeGreaterThan(0);
    for (const line of jsonLines) expect(() => JSON.parse(line)).not.toThrow();
    expect(c.output()).not.toContain("Jane Doe");
  });

  it("the build answers the benchmark's whole turn mix over /api/messages (questions, MASH, a Levels of Need check)", async () => {
    const c = MainProcess.start({ PORT: "0", DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")) });
    const url = await c.listening();
    const connector = await ConnectorStandIn.start({ keep: () => true });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const result = await driveConversations({
        messagesUrl: `${url}/api/messages`,
        connector,
        conversations: 1,
        maxTurns: TURN_MIX.length,
        maxMs: 15_000,
        script: TURN_MIX,
        agent,
        runId: "startup-test",
      });
      expect(result.errors).toBe(0);
      expect(result.turns).toBe(TURN_MIX.length);
      const text = connector
        .drainKept()
        .map((r) => JSON.stringify(r.activity))
        .join("\n");
      // Kept whole by a non-breaking space, so it never breaks across two lines.
      expect(text).toContain("01908\u00a0253169");
      expect(text).toMatch(/Suggested level: 3/i);
    } finally {
      agent.destroy();
      await connector.close();
      await c.kill("SIGTERM");
    }
  });

  it("names the port when it is already in use", async () => {
    const first = MainProcess.start({
      PORT: "0",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")),
    });
    const url = await first.listening();
    const port = new URL(url).port;
    try {
      const second = MainProcess.start({
        PORT: port,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")),
      });
      expect(await second.exit).toBe(1);
      expect(second.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await first.kill("SIGTERM");
    }
  });

  it("stops when the npm that started it is killed, freeing the port", async () => {
    const npm = MainProcess.npmStart({
      LOG_LEVEL: "warn",
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "mk-")),
    });
    const url = await npm.listening();
    npm.child.kill("SIGKILL");
    await until(
      async () => (await httpRequest(`${url}/healthz`).catch(() => undefined)) === undefined,
      10_000,
      "the assistant stopping after npm was killed",
    );
  });
});

describe("the Node.js version check", () => {
  it("refuses a Node older than package.json's engines, in words an administrator can act on", () => {
    expect(unsupportedNodeMessage("v18.20.4", ">=20.11")).toBe(
      "The assistant needs Node.js 20.11 or later (an LTS line: 22 or 24), but this is Node.js 18.20.4. Install a supported Node.js and start again.",
    );
    expect(unsupportedNodeMessage("v20.10.0", ">=20.11")).toMatch(/needs Node.js 20.11/);
  });

  it("accepts the supported lines", () => {
    for (const v of ["v20.11.0", "v20.20.2", "v22.12.0", "v24.1.0"]) {
      expect(unsupportedNodeMessage(v, ">=20.11")).toBeUndefined();
    }
  });
});
