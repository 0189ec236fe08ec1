import { describe, expect, it } from "vitest";
import {
  BotFrameworkClient,
  cardButtons,
  cardText,
  shareOneAssistant,
} from "../support/bot-framework-client.js";
import { httpRequest } from "../support/http-request.js";

describe("Teams over the Bot Framework protocol", () => {
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  it("welcomes a new user with what it does, what it does not, and 999", async () => {
    const replies = await client.install();
    expect(replies).toHaveLength(1);
    const text = cardText(replies[0]!);
    expect(text).toMatch(/never replace/i);
    expect(text).toMatch(/999/);
  });

  it("welcomes on a personal install, where Teams announces only the bot as added", async () => {
    const r = await client.post({
      type: "conversationUpdate",
      channelId: "msteams",
      serviceUrl: "https://connector.test.invalid",
      id: "cu-1",
      from: { id: "user-1" },
      recipient: { id: "bot-1" },
      conversation: { id: client.conversationId },
      membersAdded: [{ id: "bot-1" }],
    });
    expect(r.replies).toHaveLength(1);
    expect(cardText(r.replies[0]!)).toMatch(/Milton Keynes safeguarding assistant/);
  });

  it("shows the MASH contact card for natural ways of asking", async () => {
    for (const ask of [
      "mash",
      "MASH contacts",
      "how do I contact the MASH",
      "phone number for MASH?",
    ]) {
      const replies = await client.say(ask);
      const text = cardText(replies[0]!);
      expect(text, ask).toContain("01908 253169");
      expect(text).toContain("01908 253170");
      expect(text).toContain("children@milton-keynes.gov.uk");
      expect(text).toMatch(/Monday to Thursday: 9am to 5pm/);
      expect(text).toMatch(/Friday: 9am to 4.30pm/);
      expect(text).toContain("01908 265545");
      expect(text).toMatch(/999/);
      expect(text).toMatch(/MARF/);
    }
  });

  it("shows the help menu with buttons, and a typed button number works like a press", async () => {
    const help = await client.say("help");
    expect(cardButtons(help[0]!)).toEqual(expect.arrayContaining(["MASH contacts", "Help"]));
    const index = cardButtons(help[0]!).indexOf("MASH contacts") + 1;
    const replies = await client.say(String(index));
    expect(cardText(replies[0]!)).toContain("01908 253169");
  });

  it("answers a card button press", async () => {
    const replies = await client.press({ action: "mash" });
    expect(cardText(replies[0]!)).toContain("01908 265545");
  });

  it("answers an Action.Execute invoke with an invoke response and the card", async () => {
    const r = await client.post({
      type: "invoke",
      name: "adaptiveCard/action",
      channelId: "msteams",
      serviceUrl: "https://connector.test.invalid",
      id: "inv-1",
      from: { id: "user-1" },
      recipient: { id: "bot-1" },
      conversation: { id: client.conversationId },
      value: { action: { type: "Action.Execute", verb: "mash", data: {} } },
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ statusCode: 200 });
    expect(cardText(r.replies[0]!)).toContain("01908 253169");
  });

  it("says kindly what it can do when it does not understand, and for unknown buttons", async () => {
    const unknown = await client.press({ action: "no-such-button" });
    expect(cardText(unknown[0]!)).toMatch(/old message|recognise/i);
    const junk = await client.press({ foo: { nested: true } });
    expect(cardText(junk[0]!)).toMatch(/MASH contacts/);
  });

  it("handles empty, huge and binary-looking messages without a stack trace", async () => {
    const empty = await client.say("   ");
    expect(cardText(empty[0]!)).toMatch(/didn.t receive any text/i);
    const huge = await client.say("x".repeat(10_001));
    expect(cardText(huge[0]!)).toMatch(/very long/);
    const binary = await client.say("\u0001\u0002\u0003\u0004abc");
    expect(cardText(binary[0]!)).toMatch(/doesn.t look like text/);
    for (const r of [...empty, ...huge, ...binary])
      expect(cardText(r)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("answers malformed JSON and non-activities with 400", async () => {
    expect((await client.post("{not json")).status).toBe(400);
    expect((await client.post({ hello: "world" })).status).toBe(400);
  });

  it("reports health", async () => {
    const res = await httpRequest(`${client.running.url}/healthz`);
    const body = JSON.parse(res.body);
    expect(res.status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.checks).toEqual(
      expect.arrayContaining([
        { name: "store-file", ok: true },
        { name: "teams", ok: true, detail: "local mode (anonymous, loopback only)" },
      ]),
    );
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("Teams with a Microsoft app id", () => {
  it("refuses a request without a valid token with 401", async () => {
    const client = await BotFrameworkClient.start({
      MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
      MicrosoftAppPassword: "secret",
      HOST: "127.0.0.1",
    });
    try {
      const noToken = await client.post({
        type: "message",
        text: "mash",
        serviceUrl: "https://connector.test.invalid",
        conversation: { id: "c" },
        from: { id: "u" },
        recipient: { id: "b" },
        channelId: "msteams",
      });
      expect(noToken.status).toBe(401);
      expect(noToken.replies).toHaveLength(0);
      const bad = await client.post(
        {
          type: "message",
          text: "mash",
          serviceUrl: "https://connector.test.invalid",
          conversation: { id: "c" },
        },
        { authorization: "Bearer not.a.jwt" },
      );
      expect(bad.status).toBe(401);
    } finally {
      await client.stop();
    }
  });
});
