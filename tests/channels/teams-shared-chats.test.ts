import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BotFrameworkClient,
  cardText,
  SERVICE_URL,
  type SentActivity,
} from "../support/bot-framework-client.js";

/** Teams names where a conversation happens; a group chat and a team channel are shared. */
type ConversationType = "personal" | "groupChat" | "channel";

describe("Teams in shared chats (group chats and team channels)", () => {
  let client: BotFrameworkClient;
  let n = 0;
  beforeEach(async () => {
    client = await BotFrameworkClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  function activity(type: ConversationType, extra: Record<string, unknown>) {
    n++;
    return {
      channelId: "msteams",
      serviceUrl: SERVICE_URL,
      id: `shared-${n}`,
      from: { id: "user-1", name: "Practitioner" },
      recipient: { id: "bot-1", name: "MK Safeguarding" },
      conversation: { id: `${type}-conversation`, conversationType: type },
      ...extra,
    };
  }

  async function say(type: ConversationType, text: string): Promise<SentActivity[]> {
    const r = await client.post(activity(type, { type: "message", text }));
    expect(r.status).toBe(200);
    return r.replies;
  }

  for (const type of ["groupChat", "channel"] as const) {
    it(`in a ${type}, the Levels of Need check is offered privately and asks nothing there`, async () => {
      for (const ask of ["check levels of need"]) {
        const replies = await say(type, ask);
        expect(replies).toHaveLength(1);
        const text = cardText(replies[0]!);
        expect(text).toMatch(/only run it in a private chat/);
        // No question of the check, and no buttons to answer one.
        expect(text).not.toMatch(/immediate danger\?/i);
        expect(replies[0]!.attachments?.[0]?.content.actions ?? []).toHaveLength(0);
      }
      const pressed = await client.post(
        activity(type, { type: "message", value: { action: "levels" } }),
      );
      expect(cardText(pressed.replies[0]!)).toMatch(/only run it in a private chat/);
    });

    it(`in a ${type}, MASH contacts and questions work as in a personal chat`, async () => {
      const mash = await say(type, "mash");
      expect(cardText(mash[0]!)).toContain("01908 253169");
      const answer = await say(type, "how do I make a referral to the MASH?");
      expect(cardText(answer[0]!)).not.toMatch(/only run it in a private chat/);
      expect(answer.length).toBeGreaterThan(0);
    });

    it(`in a ${type}, no welcome card when people or the assistant are added`, async () => {
      const people = await client.post(
        activity(type, { type: "conversationUpdate", membersAdded: [{ id: "user-2" }] }),
      );
      expect(people.status).toBe(200);
      expect(people.replies).toHaveLength(0);
      const bot = await client.post(
        activity(type, { type: "conversationUpdate", membersAdded: [{ id: "bot-1" }] }),
      );
      expect(bot.replies).toHaveLength(0);
    });
  }

  it("in a personal chat the check starts; the welcome comes once, when the assistant is installed", async () => {
    const first = await say("personal", "check levels of need");
    expect(cardText(first.at(-1)!)).toMatch(/danger/i);
    const installed = await client.post(
      activity("personal", { type: "conversationUpdate", membersAdded: [{ id: "bot-1" }] }),
    );
    // The welcome goes through the session like any reply (so typed numbers work on it); with a
    // check under way, it is followed by the question the check is waiting on.
    expect(installed.replies).toHaveLength(2);
    expect(cardText(installed.replies[0]!)).toMatch(/Milton Keynes safeguarding assistant/);
    expect(cardText(installed.replies[1]!)).toMatch(/Carrying on with your Levels of Need check/);
    const someoneElse = await client.post(
      activity("personal", { type: "conversationUpdate", membersAdded: [{ id: "user-1" }] }),
    );
    expect(someoneElse.replies).toHaveLength(0);
  });
});
