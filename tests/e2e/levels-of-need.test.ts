import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BotFrameworkClient,
  cardButtons,
  cardText,
  choiceValues,
  lastCard,
  submitOf,
} from "../support/bot-framework-client.js";

describe("the Levels of Need check over /api/messages", () => {
  let client: BotFrameworkClient;
  beforeEach(async () => {
    client = await BotFrameworkClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  it("a whole check by button presses, from the menu button to the MARF summary", async () => {
    let replies = await client.press({ action: "levels" });
    expect(cardText(replies[0]!)).toMatch(/don't type names/);
    expect(cardButtons(replies[0]!)).toEqual(["Yes", "No", "Cancel"]);

    replies = await client.press(submitOf(lastCard(replies), "No"));
    replies = await client.press(submitOf(lastCard(replies), "12 to 17"));
    let card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", {
        picked: choiceValues(card, ["Has gone missing", "Early signs of exploitation"]),
      }),
    );
    replies = await client.press(submitOf(lastCard(replies), "Next"));
    card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["Family relationships"]) }),
    );
    card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["Extra help from one service"]) }),
    );
    card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["Yes, it is making"]) }),
    );

    const outcome = cardText(replies[0]!);
    expect(outcome).toMatch(/Suggested level: 3, Complex needs/);
    expect(outcome).toMatch(/two or more statements/);
    expect(outcome).toMatch(/Has gone missing from home/);
    expect(outcome).toMatch(/MARF\), with the CAF as part 2/);
    expect(outcome).toMatch(/supports your professional judgement and does not replace it/);
    expect(cardButtons(replies[0]!)).toContain("MASH contacts");

    replies = await client.press(submitOf(lastCard(replies), "Summary for the MARF"));
    const summary = cardText(replies[0]!);
    expect(summary).toMatch(/Level 3, Complex needs/);
    expect(summary).toMatch(/Support in place: Extra help from one service/);

    replies = await client.press(submitOf(lastCard(replies), "MASH contacts"));
    expect(cardText(replies[0]!)).toContain("01908 253169");
  });

  it("a whole check by typed answers, with several statements at once", async () => {
    await client.say("check levels of need");
    await client.say("2");
    await client.say("under 5");
    const afterDev = await client.say("1, 2");
    expect(cardText(afterDev[0]!)).toMatch(/Parenting capacity/);
    await client.say("3");
    await client.say("none");
    await client.say("1");
    const outcome = await client.say("summary");
    expect(cardText(outcome[0]!)).toMatch(/Level 2, Early help/);
    expect(cardText(outcome[0]!)).toMatch(
      /The child's development: Has missed immunisations, health checks or health appointments; Slow to reach milestones/,
    );
    expect(cardText(outcome[0]!)).toMatch(/Parenting capacity: Young or inexperienced parents/);
  });

  it("answers 'mash' mid-check, then carries on where the practitioner was", async () => {
    await client.say("levels of need");
    await client.say("no");
    await client.say("5 to 11");
    const replies = await client.say("mash");
    expect(replies).toHaveLength(2);
    expect(cardText(replies[0]!)).toContain("01908 265545");
    expect(cardText(replies[1]!)).toMatch(/Carrying on with your Levels of Need check/);
    expect(cardText(replies[1]!)).toMatch(/The child's development/);
    const next = await client.say("3");
    expect(cardText(next[0]!)).toMatch(/Parenting capacity/);
  });

  it("a button pressed on an old card gets 'that question has passed' and the current question", async () => {
    let replies = await client.say("levels");
    const dangerCard = lastCard(replies);
    replies = await client.press(submitOf(dangerCard, "No"));
    await client.press(submitOf(lastCard(replies), "5 to 11"));
    const stale = await client.press(submitOf(dangerCard, "Yes"));
    expect(cardText(stale[0]!)).toMatch(/That question has passed/);
    expect(cardText(stale[0]!)).toMatch(/The child's development/);
    expect(cardText(stale[0]!)).not.toMatch(/Call 999 now/);
  });

  it("'Yes' to the danger question: 999 and the MASH numbers, nothing asked first", async () => {
    const replies = await client.say("threshold check");
    expect(cardText(replies[0]!)).toMatch(/immediate danger/);
    const danger = await client.press(submitOf(lastCard(replies), "Yes"));
    const text = cardText(danger[0]!);
    expect(text).toMatch(/Call 999 now/);
    expect(text).toMatch(/01908 253169 or 01908 253170/);
    expect(text).toMatch(/01908 265545/);
  });

  it("answers an Action.Execute press (adaptiveCard/action invoke) with 200 and moves on", async () => {
    const replies = await client.say("levels");
    const { action: verb, ...data } = submitOf(lastCard(replies), "No") as Record<string, string>;
    const res = await client.post({
      type: "invoke",
      name: "adaptiveCard/action",
      channelId: "msteams",
      serviceUrl: "https://connector.test.invalid",
      id: "invoke-1",
      from: { id: "user-1" },
      recipient: { id: "bot-1" },
      conversation: { id: client.conversationId },
      value: { action: { type: "Action.Execute", verb, data } },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ statusCode: 200 });
    expect(cardText(res.replies[0]!)).toMatch(/How old is the child/);
  });
});
