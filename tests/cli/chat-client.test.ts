import http from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningAssistant, startAssistant } from "../../src/app.js";
import { ChatClient, type ReceivedActivity } from "../../src/cli/chat/chat-client.js";
import {
  AssistantHttpError,
  AssistantUnreachableError,
} from "../../src/cli/chat/describe-assistant-errors.js";
import { PressError } from "../../src/cli/chat/read-press-args.js";
import { tempDataDir } from "../support/bot-framework-client.js";
import { httpRequest } from "../support/http-request.js";

// Only loopback: the assistant and the chat's own connector endpoint. Nothing reaches the internet.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterAll(() => {
  nock.enableNetConnect();
});

const texts = (replies: ReceivedActivity[]) => replies.map((r) => r.rendered.text).join("\n\n");

describe("the terminal chat against the real assistant", () => {
  let running: RunningAssistant;
  let client: ChatClient;
  const arrived: ReceivedActivity[] = [];

  // One assistant for the describe; each test chats in a conversation of its own.
  beforeAll(async () => {
    running = await startAssistant({
      env: { PORT: "0", DATA_DIR: tempDataDir(), LOG_LEVEL: "silent" },
    });
  });
  afterAll(async () => {
    await running.close();
  });
  beforeEach(async () => {
    arrived.length = 0;
    client = await ChatClient.start({
      assistantUrl: running.url,
      onActivity: (r) => arrived.push(r),
    });
  });
  afterEach(async () => {
    await client.close();
  });

  it("is welcomed when it joins, as on install in Teams", async () => {
    const replies = await client.join();
    expect(replies).toHaveLength(1);
    const text = texts(replies);
    expect(text).toMatch(/^MILTON KEYNES SAFEGUARDING ASSISTANT$/m);
    expect(text).toMatch(/never replace/i);
    expect(text).toContain("999");
    expect(text).toMatch(/\[1\] MASH contacts {2}\[2\] Check levels of need/);
    // The bot replied to the serviceUrl the chat gave it, in this conversation.
    expect(replies[0]!.activity.conversation).toMatchObject({ id: client.conversation });
    expect(arrived).toEqual(replies);
  });

  it("shows the help menu with numbered buttons, and the MASH card when asked", async () => {
    const help = texts(await client.say("help"));
    expect(help).toMatch(/^WHAT I CAN DO$/m);
    expect(help).toContain("[1] MASH contacts  [2] Check levels of need  [3] Ask a question");

    const mash = texts(await client.say("mash"));
    expect(mash).toMatch(/^Phone:\s+01908 253169 or 01908 253170$/m);
    expect(mash).toContain("children@milton-keynes.gov.uk");
    expect(mash).toContain("01908 265545");
  });

  it("presses a button with the card's own submit data, by number or by label", async () => {
    await client.say("help");
    // A press carries no text: only the card's data can make the bot answer with the MASH card.
    const byNumber = texts(await client.press("1"));
    expect(byNumber).toContain("01908 253169");
    const byLabel = texts(await client.press("Help"));
    expect(byLabel).toMatch(/^WHAT I CAN DO$/m);
    // Typing the number shown gives the same as pressing it: the bot numbers the same way.
    expect(texts(await client.say("1"))).toBe(byNumber);
  });

  it("explains a press that matches no button and sends nothing", async () => {
    await expect(client.press("1")).rejects.toThrow(PressError);
    await client.say("mash");
    const before = arrived.length;
    await expect(client.press("7")).rejects.toThrow(/no button 7.*\[1\] Check levels of need/);
    await expect(client.press("Finish")).rejects.toThrow(/No button called "Finish"/);
    expect(arrived.length).toBe(before);
  });

  it("gets the bot's kind replies for unknown text and empty messages", async () => {
    // Today the fallback menu; once questions are answered, the honest "I don't know". Either
    // way the person is pointed at the MASH and gets no stack trace.
    const unknown = texts(await client.say("what is the weather like"));
    expect(unknown).toMatch(/MASH/);
    expect(unknown).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(texts(await client.say(" "))).toMatch(/didn.t receive any text/i);
  });

  it("starts a new conversation with /new semantics: a fresh id and a fresh welcome", async () => {
    const first = client.conversation;
    const replies = await client.restart();
    expect(client.conversation).not.toBe(first);
    expect(texts(replies)).toMatch(/never replace/i);
  });

  it("takes the bot's messages only for its own conversation", async () => {
    const other = await httpRequest(
      `${client.serviceUrl}/v3/conversations/someone-else/activities`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "message", text: "not for you" }),
      },
    );
    expect(other.status).toBe(404);
    const bad = await httpRequest(
      `${client.serviceUrl}/v3/conversations/${client.conversation}/activities`,
      { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" },
    );
    expect(bad.status).toBe(400);
    expect(arrived).toHaveLength(0);

    const update = await httpRequest(
      `${client.serviceUrl}/v3/conversations/${client.conversation}/activities/reply-1`,
      {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: "message", text: "That question has passed." }),
      },
    );
    expect(update.status).toBe(200);
    expect(JSON.parse(update.body)).toEqual({ id: "reply-1" });
    expect(arrived.map((r) => [r.kind, r.rendered.text])).toEqual([
      ["update", "That question has passed."],
    ]);
  });
});

describe("the terminal chat when things go wrong", () => {
  it("says how to start the assistant when nothing is listening", async () => {
    // Take a free port, then free it: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));

    const client = await ChatClient.start({ assistantUrl: `http://127.0.0.1:${port}` });
    try {
      const error = await client.join().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AssistantUnreachableError);
      expect((error as Error).message).toMatch(/nothing is listening there/);
      expect((error as Error).message).toMatch(/npm start/);
      await expect(client.health()).rejects.toThrow(AssistantUnreachableError);
    } finally {
      await client.close();
    }
  });

  it("explains a 401 from an assistant that wants Bot Framework tokens", async () => {
    const running = await startAssistant({
      env: {
        PORT: "0",
        DATA_DIR: tempDataDir(),
        LOG_LEVEL: "silent",
        MicrosoftAppId: "00000000-0000-0000-0000-000000000001",
        MicrosoftAppPassword: "secret",
        HOST: "127.0.0.1",
      },
    });
    const client = await ChatClient.start({ assistantUrl: running.url });
    try {
      const error = await client.say("mash").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AssistantHttpError);
      expect((error as AssistantHttpError).status).toBe(401);
      expect((error as Error).message).toMatch(/without MicrosoftAppId \(local mode\)/);
    } finally {
      await client.close();
      await running.close();
    }
  });
});

/**
 * Action.Execute and card inputs: the assistant's own cards use Action.Submit today, so these
 * are checked against a small stand-in bot that sends such a card and records what comes back.
 */
describe("card submits through the protocol", () => {
  let bot: http.Server;
  let botUrl: string;
  const received: Record<string, unknown>[] = [];
  let invokeAnswer: unknown = {
    statusCode: 200,
    type: "application/vnd.microsoft.activity.message",
    value: "Done",
  };

  const card = {
    type: "AdaptiveCard",
    version: "1.5",
    body: [
      { type: "TextBlock", text: "Which of these apply?" },
      {
        type: "Input.ChoiceSet",
        id: "picked",
        isMultiSelect: true,
        choices: [
          { title: "First", value: "a" },
          { title: "Second", value: "b" },
          { title: "Third", value: "c" },
        ],
      },
      { type: "Input.Text", id: "note", value: "kept" },
    ],
    actions: [
      { type: "Action.Submit", title: "Next", data: { action: "next", step: "s1" } },
      { type: "Action.Execute", title: "Save", verb: "save", data: { step: "s1" } },
      {
        type: "Action.Submit",
        title: "Menu",
        data: { msteams: { type: "imBack", value: "help" } },
      },
    ],
  };

  beforeAll(async () => {
    bot = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const activity = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        received.push(activity);
        if (activity.type === "message" && activity.text === "card") {
          // Reply through the connector, as a bot does.
          await httpRequest(
            `${activity.serviceUrl}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`,
            {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({
                type: "message",
                attachments: [
                  { contentType: "application/vnd.microsoft.card.adaptive", content: card },
                ],
              }),
            },
          );
        }
        const body = activity.type === "invoke" ? JSON.stringify(invokeAnswer) : "";
        res.writeHead(200, { "content-type": "application/json" });
        res.end(body);
      });
    });
    await new Promise<void>((r) => bot.listen(0, "127.0.0.1", () => r()));
    botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => bot.close(() => r()));
  });

  it("sends Action.Submit as a message whose value is the data plus the card's inputs", async () => {
    const client = await ChatClient.start({ assistantUrl: botUrl, channelId: "emulator" });
    try {
      const shown = await client.say("card");
      expect(shown[0]!.rendered.text).toContain("  1. [ ] First");
      expect(shown[0]!.rendered.text.split("\n").at(-1)).toBe("[Next]  [Save]  [Menu]");
      received.length = 0;
      await client.press("Next", "1, 3");
      expect(received).toEqual([
        expect.objectContaining({
          type: "message",
          channelId: "emulator",
          serviceUrl: client.serviceUrl,
          value: { action: "next", step: "s1", picked: "a,c", note: "kept" },
        }),
      ]);
      expect(received[0]!.text).toBeUndefined();
      await expect(client.press("Next", "4")).rejects.toThrow(/"4" is not one of the options/);

      // A Teams imBack button sends its value as typed text.
      received.length = 0;
      await client.press("Menu");
      expect(received).toEqual([expect.objectContaining({ type: "message", text: "help" })]);
      expect(received[0]!.value).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it("sends Action.Execute as an adaptiveCard/action invoke and shows a card the bot returns", async () => {
    const client = await ChatClient.start({ assistantUrl: botUrl });
    try {
      await client.say("card");
      received.length = 0;
      invokeAnswer = {
        statusCode: 200,
        type: "application/vnd.microsoft.card.adaptive",
        value: { type: "AdaptiveCard", body: [{ type: "TextBlock", text: "Saved." }] },
      };
      const replies = await client.press("Save", "Second");
      expect(received).toEqual([
        expect.objectContaining({
          type: "invoke",
          name: "adaptiveCard/action",
          value: {
            action: {
              type: "Action.Execute",
              verb: "save",
              data: { step: "s1", picked: "b", note: "kept" },
            },
            trigger: "manual",
          },
        }),
      ]);
      expect(replies.map((r) => [r.kind, r.rendered.text])).toEqual([["update", "Saved."]]);
    } finally {
      await client.close();
    }
  });
});
