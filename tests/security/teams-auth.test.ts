import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { startAssistant } from "../../src/app.js";
import { ConfigError } from "../../src/config.js";
import {
  BotFrameworkClient,
  cardText,
  SERVICE_URL,
  tempDataDir,
} from "../support/bot-framework-client.js";
import { httpRequest } from "../support/http-request.js";
import { BotFrameworkTokenService } from "./bot-framework-auth.js";

const APP_ID = "11111111-2222-3333-4444-555555555555";
const OTHER_APP_ID = "99999999-8888-7777-6666-555555555555";

function activity(n: number) {
  return {
    type: "message",
    text: "mash",
    channelId: "msteams",
    serviceUrl: SERVICE_URL,
    id: `act-${n}`,
    from: { id: "user-1" },
    recipient: { id: "bot-1" },
    conversation: { id: "conv-auth" },
  };
}

describe("Teams with a Microsoft app id: only tokens for this bot are accepted", () => {
  let client: BotFrameworkClient;
  let consoleError: MockInstance<typeof console.error>;
  const tokens = new BotFrameworkTokenService();
  let n = 0;

  beforeAll(async () => {
    // botbuilder's CloudAdapter prints a turn's error with console.error; refusals must not get
    // there (a stack on stderr per probe), so any call is recorded and fails the test below.
    consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    client = await BotFrameworkClient.start({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: "test-password",
      HOST: "127.0.0.1",
    });
    tokens.intercept();
  });
  afterAll(async () => {
    await client.stop();
    vi.restoreAllMocks();
  });

  const send = (headers: Record<string, string>) => client.post(activity(++n), headers);

  it("accepts a properly signed token for our app id (so the refusals below mean something)", async () => {
    const ok = await send({
      authorization: `Bearer ${tokens.token({ aud: APP_ID, serviceurl: SERVICE_URL })}`,
    });
    expect(ok.status).toBe(200);
    expect(tokens.keyFetches).toBeGreaterThan(0);
    expect(ok.replies).toHaveLength(1);
    expect(cardText(ok.replies[0]!)).toContain("01908 253169");
  });

  it.each([
    ["no token", {}],
    ["an empty bearer", { authorization: "Bearer " }],
    ["a malformed token", { authorization: "Bearer not.a.jwt" }],
    ["garbage that is not a bearer token", { authorization: "Basic dXNlcjpwYXNz" }],
  ])("refuses %s with 401 and runs nothing", async (_name, headers) => {
    const res = await send(headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.replies).toHaveLength(0);
    expect(res.body).not.toMatch(/01908|at .*:\d+/);
  });

  it("refuses a correctly signed token for ANOTHER app (audience) with 401", async () => {
    const res = await send({
      authorization: `Bearer ${tokens.token({ aud: OTHER_APP_ID, serviceurl: SERVICE_URL })}`,
    });
    expect(res.status).toBe(401);
    expect(res.replies).toHaveLength(0);
  });

  it("refuses tokens that are signed by someone else, expired, from another issuer or for another serviceUrl", async () => {
    const stranger = new BotFrameworkTokenService();
    const now = Math.floor(Date.now() / 1000);
    const bad = [
      // Same kid, different key: the signature does not verify.
      stranger.token({ aud: APP_ID, serviceurl: SERVICE_URL }, { kid: tokens.kid }),
      tokens.token({ aud: APP_ID, serviceurl: SERVICE_URL, exp: now - 3600, nbf: now - 7200 }),
      tokens.token({ aud: APP_ID, serviceurl: SERVICE_URL, iss: "https://evil.example" }),
      tokens.token({ aud: APP_ID, serviceurl: "https://evil.example/connector" }),
      // An unsigned token ("alg: none") with the right claims.
      `${tokens.token({ aud: APP_ID, serviceurl: SERVICE_URL }, { alg: "none" }).split(".").slice(0, 2).join(".")}.`,
    ];
    for (const token of bad) {
      const res = await send({ authorization: `Bearer ${token}` });
      expect(res.status, token.slice(0, 40)).toBe(401);
      expect(res.replies).toHaveLength(0);
    }
  });

  it("puts no stack on stderr for any of those refusals (they go to the log as one warning)", () => {
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("Anonymous (local) mode only ever listens on loopback", () => {
  const base = { PORT: "0", LOG_LEVEL: "silent" };
  beforeAll(() => {
    nock.enableNetConnect(/^(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/);
  });

  it.each([
    "0.0.0.0",
    "::",
    "192.168.1.20",
    "example.org",
    // A name that merely starts like a loopback address can resolve anywhere.
    "127.attacker.example",
    "127.0.0.1.nip.io",
  ])("refuses HOST=%s without credentials: start-up stops with a clear message", async (host) => {
    const started = startAssistant({ env: { ...base, DATA_DIR: tempDataDir(), HOST: host } });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toThrow(
      new RegExp(
        `HOST="${host.replace(/\./g, "\\.")}".*only listens on loopback.*set MicrosoftAppId`,
      ),
    );
  });

  it.each([undefined, "", "localhost", "127.0.0.1", "127.0.0.2"])(
    "with HOST=%s it binds a loopback address, never every interface, and /healthz answers there",
    async (host) => {
      const running = await startAssistant({
        env: { ...base, DATA_DIR: tempDataDir(), HOST: host },
      });
      try {
        const address = (running.server.address() as AddressInfo).address;
        expect(address).toMatch(/^(127\.\d+\.\d+\.\d+|::1)$/);
        expect(address).not.toBe("0.0.0.0");
        expect(address).not.toBe("::");
        const health = await httpRequest(`${running.url}/healthz`);
        expect(health.status).toBe(200);
        expect(JSON.parse(health.body).checks).toContainEqual({
          name: "teams",
          ok: true,
          detail: "local mode (anonymous, loopback only)",
        });
      } finally {
        await running.close();
      }
    },
  );
});
