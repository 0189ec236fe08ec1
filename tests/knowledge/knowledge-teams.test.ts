import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type BotFrameworkClient,
  cardButtons,
  cardText,
  type SentActivity,
  shareOneAssistant,
} from "../support/bot-framework-client.js";

const actions = (a: SentActivity) => a.attachments?.[0]?.content.actions ?? [];

describe("knowledge questions in Teams, through the Bot Framework protocol", () => {
  // One assistant for the block, a new conversation for each test: start-up is the slow part.
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  it("answers a typed question with a card showing the answer, source and reviewed date", async () => {
    const replies = await client.say("who chairs the risk board?");
    expect(replies).toHaveLength(1);
    const text = cardText(replies[0]!);
    expect(text).toMatch(/Risk Board/);
    expect(text).toMatch(/Thames Valley Police/);
    expect(text).toMatch(
      /Source: MK Together Safeguarding Handbook.* · Reviewed \d{4}-\d{2}-\d{2}/,
    );
    expect(text).not.toMatch(/seed \d/);
    expect(text).toContain("Was this helpful?");
    expect(cardButtons(replies[0]!)).toEqual(expect.arrayContaining(["Yes", "No"]));
  });

  it("carries the MASH contacts with an answer that leads to a referral", async () => {
    const replies = await client.say("how do i make a refferal to childrens social care");
    const text = cardText(replies[0]!);
    expect(text).toMatch(/MARF/);
    expect(text).toContain("01908 253169");
    expect(cardButtons(replies[0]!)).toContain("MASH contacts");
  });

  it("records a 'not helpful' press in the data folder for the editors' report", async () => {
    const replies = await client.say("when did the mash start");
    const no = actions(replies[0]!).find((a) => a.title === "No");
    expect(no?.data).toMatchObject({ action: "kb:feedback", helpful: "no" });
    const thanks = await client.press(no!.data!);
    expect(cardText(thanks[0]!)).toMatch(/editors will review/);
    const file = path.join(client.running.config.dataDir, "knowledge-feedback.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(data.votes[String(no!.data!.id)]).toEqual({ helpful: 0, unhelpful: 1 });
  });

  it("takes the Yes and No off the answer card once a vote is given, thanking in their place", async () => {
    const replies = await client.say("when did the mash start");
    const card = replies[0]!;
    const yes = actions(card).find((a) => a.title === "Yes");
    await client.press(yes!.data!, card);
    expect(client.updated).toHaveLength(1);
    const updated = client.updated[0]!;
    expect(updated.id).toBe(card.id);
    expect(cardButtons(updated)).not.toContain("Yes");
    expect(cardButtons(updated)).not.toContain("No");
    expect(cardText(updated)).not.toMatch(/Was this helpful\?/);
    expect(cardText(updated)).toMatch(/glad that helped/);
    // The answer itself is still there to read.
    expect(cardText(updated).split("\n")[0]).toBe(cardText(card).split("\n")[0]);
  });

  it("follows a related-article button", async () => {
    const replies = await client.say("how do i make a referral");
    const related = actions(replies[0]!).find((a) => a.data?.action === "kb:article");
    expect(related).toBeDefined();
    const next = await client.press(related!.data!);
    expect(cardText(next[0]!)).toContain(related!.title);
  });

  it("gives no answer to an out-of-scope question, with the MASH contacts and the procedures", async () => {
    const replies = await client.say("what's the weather like tomorrow?");
    const text = cardText(replies[0]!);
    expect(text).toMatch(/I don't know that one/);
    expect(text).toContain("01908 253169");
    expect(text).toMatch(/online multi-agency safeguarding procedures/);
    expect(cardButtons(replies[0]!)).toContain("MASH contacts");
    const file = path.join(client.running.config.dataDir, "knowledge-feedback.json");
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(data.unanswered.total).toBe(1);
    expect(data.questions).toEqual([]);
    expect(readFileSync(file, "utf8")).not.toContain("weather");
  });

  it("is kind about a button for an article that no longer exists", async () => {
    const replies = await client.press({ action: "kb:article", id: "retired-article" });
    expect(cardText(replies[0]!)).toMatch(/no longer in my knowledge base/);
  });
});
