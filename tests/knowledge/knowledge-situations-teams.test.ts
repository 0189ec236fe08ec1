import { describe, expect, it } from "vitest";
import {
  type BotFrameworkClient,
  cardButtons,
  cardText,
  shareOneAssistant,
} from "../support/bot-framework-client.js";

/** What a practitioner types first, as they would type it, through the real server and protocol. */
describe("danger, situations and refusals in Teams, through /api/messages", () => {
  // One assistant for the block, a new conversation for each test: start-up is the slow part.
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  it("meets an emergency typed in words with the 999 card first, then the MASH and out of hours", async () => {
    const replies = await client.say(
      "a pupil has been threatened with a knife and the person is waiting outside school now",
    );
    expect(replies).toHaveLength(1);
    const text = cardText(replies[0]!);
    expect(text.split("\n")[0]).toMatch(/call 999/i);
    expect(text.indexOf("999")).toBeLessThan(text.indexOf("01908 253169"));
    expect(text).toContain("01908 265545");
    expect(text).toMatch(/designated safeguarding lead or manager/);
    // Drawn as the danger, Level 4 and MASH cards draw it: first, largest, and a tap to call.
    const card = replies[0]!.attachments?.[0]?.content as { body: Record<string, unknown>[] };
    expect(card.body[0]).toMatchObject({ type: "Container", style: "attention" });
    const banner = (card.body[0]!.items as Record<string, unknown>[])[0]!;
    expect(banner).toMatchObject({ type: "TextBlock", size: "ExtraLarge" });
    expect(String(banner.text)).toMatch(/999/);
    expect(JSON.stringify(card)).toContain('"url":"tel:999"');
  });

  it("puts 999 first even when the message also names a command", async () => {
    const replies = await client.say("child says dad will kill him tonight, whats the mash number");
    expect(cardText(replies[0]!).split("\n")[0]).toMatch(/call 999/i);
  });

  it("puts 999 first in the middle of a Levels of Need check, then offers the question again", async () => {
    const started = await client.say("check levels of need");
    expect(cardText(started.at(-1)!)).toMatch(/immediate danger/i);
    const replies = await client.say("her mum's boyfriend is drunk and violent right now");
    expect(cardText(replies[0]!).split("\n")[0]).toMatch(/call 999/i);
    // The check is not lost: its question comes after the 999 card.
    expect(replies.slice(1).map(cardText).join("\n")).toMatch(/immediate danger/i);
  });

  it("raises no alarm for an ordinary question that shares a word with an emergency", async () => {
    const replies = await client.say("what is the knife crime training");
    expect(cardText(replies[0]!)).not.toMatch(/call 999 now/i);
  });

  it("answers 'I am worried about a child' with what to do now and the check as a button", async () => {
    const replies = await client.say("I am worried about a child");
    const text = cardText(replies[0]!);
    expect(text).toMatch(/Worried about a child/);
    expect(text).toMatch(/designated safeguarding lead or manager/);
    // Not the LADO article (about staff), though the worry article says where a concern about
    // staff goes instead.
    expect(text).not.toMatch(/LADO guidance: concerns about people who work with children/);
    expect(cardButtons(replies[0]!)).toEqual(
      expect.arrayContaining(["Check levels of need", "MASH contacts"]),
    );
  });

  it("sends a concern about a member of staff to the LADO", async () => {
    const replies = await client.say(
      "one of our TAs has been messaging a yr 10 on snapchat, who do i report that to?",
    );
    expect(cardText(replies[0]!)).toMatch(/LADO guidance: concerns about people/);
  });

  it("declines a question about the practitioner's own workplace, saying what it can do", async () => {
    const replies = await client.say("who is my line manager");
    const text = cardText(replies[0]!);
    expect(text).toMatch(/can't see your workplace/);
    expect(cardButtons(replies[0]!)).toEqual(
      expect.arrayContaining(["MASH contacts", "Check levels of need"]),
    );
  });

  it("says no check is in progress when 'back' is typed outside one", async () => {
    const replies = await client.say("back");
    expect(cardText(replies[0]!)).toMatch(/no check in progress/);
    expect(cardButtons(replies[0]!)).toContain("Check levels of need");
  });

  it("does what was meant for commands typed with a slip", async () => {
    expect(cardText((await client.say("masj"))[0]!)).toContain("01908 253169");
    expect(cardText((await client.say("hlep"))[0]!)).toMatch(/What I can do/);
    const levels = await client.say("levls of need");
    expect(cardText(levels.at(-1)!)).toMatch(/immediate danger/i);
  });
});
