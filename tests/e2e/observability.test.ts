import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { BotFrameworkClient, SERVICE_URL } from "../support/bot-framework-client.js";
import { captureLog } from "../support/capture-log.js";
import { httpRequest } from "../support/http-request.js";

/** One sample's value from Prometheus' text format, or undefined when it is not there. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const want = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort();
  for (const line of text.split("\n")) {
    const m = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? "").split(",").filter(Boolean).sort();
    if (want.every((w) => have.includes(w))) return Number(m[3]);
  }
  return undefined;
}

describe("what an operator can see", () => {
  let client: BotFrameworkClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it("/metrics counts turns by channel and kind, answers by outcome, and never carries message text", async () => {
    client = await BotFrameworkClient.start();
    await client.say("mash");
    await client.say("mash");
    await client.say("how do I make a referral to the MASH?");
    await client.say("zzqx wibble frobnicate");
    const res = await httpRequest(`${client.running.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(sample(res.body, "assistant_turns_total", { channel: "teams", kind: "mash" })).toBe(2);
    expect(
      sample(res.body, "assistant_turn_seconds_count", { channel: "teams", kind: "mash" }),
    ).toBe(2);
    const outcomes = ["answer", "suggest", "none", "danger"].map(
      (outcome) => sample(res.body, "assistant_answers_total", { outcome }) ?? 0,
    );
    expect(outcomes.reduce((a, b) => a + b, 0)).toBe(2);
    expect(res.body).toContain("assistant_reminders_sent_total 0");
    expect(res.body).toContain("assistant_store_errors_total");
    expect(res.body).not.toMatch(/referral|wibble/);
  });

  it("a failed turn is logged with the error's start and no stack trace at info level", async () => {
    const { log, records } = captureLog("info");
    client = await BotFrameworkClient.start({}, undefined, log);
    // The connector refuses the reply: the turn fails inside botbuilder.
    nock.cleanAll();
    nock(SERVICE_URL)
      .persist()
      .post(/.*/)
      .reply(400, { error: { code: "x", message: "y".repeat(5000) } });
    const longId = "i".repeat(3000);
    const r = await client.post({
      type: "message",
      text: "mash",
      channelId: "msteams",
      serviceUrl: SERVICE_URL,
      id: longId,
      from: { id: "user-1" },
      recipient: { id: "bot-1" },
      conversation: { id: client.conversationId },
    });
    expect(r.status).toBeGreaterThanOrEqual(200);
    const failed = records.find((l) => l.event === "turn_error");
    expect(failed).toBeDefined();
    const line = JSON.stringify(failed);
    expect(line).not.toContain("stack");
    expect(line).not.toMatch(/\.ts:\d+|node_modules/);
    for (const l of records) expect(JSON.stringify(l)).not.toContain("i".repeat(60));
  });

  it("a refused Teams request gets a short JSON 401 with nothing internal in it", async () => {
    client = await BotFrameworkClient.start({
      MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
      MicrosoftAppPassword: "secret",
      HOST: "127.0.0.1",
    });
    const r = await client.post(
      {
        type: "message",
        text: "mash",
        channelId: "msteams",
        serviceUrl: SERVICE_URL,
        conversation: { id: "c" },
        from: { id: "u" },
        recipient: { id: "b" },
      },
      { authorization: "Bearer not.a.jwt" },
    );
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toEqual({ error: "Unauthorized." });
  });

  it("warns at start-up when message text is logged or question text recorded", async () => {
    const quiet = captureLog("info");
    client = await BotFrameworkClient.start({}, undefined, quiet.log);
    expect(quiet.records.filter((l) => l.level === 40)).toEqual([]);
    await client.stop();

    const { log, records } = captureLog("info");
    client = await BotFrameworkClient.start(
      { LOG_MESSAGE_TEXT: "TRUE", RECORD_QUESTION_TEXT: "true" },
      undefined,
      log,
    );
    const warnings = records.filter((l) => l.level === 40);
    expect(warnings.map((l) => l.event)).toEqual([
      "message_text_logging_on",
      "question_text_recording_on",
    ]);
    expect(String(warnings[0]?.msg)).toMatch(/case records/);
  });

  it("warns at start-up that a multi-tenant bot cannot be registered again, and not for single-tenant", async () => {
    const teams = { MicrosoftAppId: "app-id", MicrosoftAppPassword: "pw", HOST: "127.0.0.1" };
    const multi = captureLog("info");
    client = await BotFrameworkClient.start(teams, undefined, multi.log);
    expect(multi.records.filter((l) => l.level === 40).map((l) => l.event)).toEqual([
      "multi_tenant_bot",
    ]);
    await client.stop();

    const single = captureLog("info");
    client = await BotFrameworkClient.start(
      { ...teams, MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: "tenant-id" },
      undefined,
      single.log,
    );
    expect(single.records.filter((l) => l.level === 40)).toEqual([]);
  });
});
