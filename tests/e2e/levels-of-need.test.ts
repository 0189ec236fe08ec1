import { describe, expect, it } from "vitest";
import {
  type AdaptiveCardJson,
  type BotFrameworkClient,
  cardButtons,
  cardText,
  choiceValues,
  lastCard,
  type SentActivity,
  shareOneAssistant,
  submitOf,
} from "../support/bot-framework-client.js";

/** The first element of a card's body, as Teams draws it at the top. */
const firstElement = (card: AdaptiveCardJson) => card.body[0] as Record<string, unknown>;

/** Every Action.OpenUrl in a card (in the body's action sets and at the bottom), by URL. */
function openUrls(card: AdaptiveCardJson): string[] {
  const urls: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (o.type === "Action.OpenUrl" && typeof o.url === "string") urls.push(o.url);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return urls;
}

/** "call 999" drawn first and largest: an attention container whose text is extra large. */
function expectCall999First(card: AdaptiveCardJson) {
  const top = firstElement(card);
  expect(top).toMatchObject({ type: "Container", style: "attention" });
  const items = top.items as Record<string, unknown>[];
  expect(items[0]).toMatchObject({ type: "TextBlock", size: "ExtraLarge", weight: "Bolder" });
  expect(String(items[0]!.text)).toMatch(/999/);
  expect(openUrls(card)).toContain("tel:999");
}

/** The ticked values a Teams card's list shows (what Teams submits when Next is pressed). */
function tickedValue(card: AdaptiveCardJson): string {
  const set = card.body.find((el) => el.type === "Input.ChoiceSet") as { value?: string };
  return set.value ?? "";
}

const progress = (activity: SentActivity) =>
  cardText(activity)
    .match(/Question (\d+) of (\d+)/)
    ?.slice(1);

describe("the Levels of Need check over /api/messages", () => {
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  it("a whole check by button presses, from the menu button to the MARF summary", async () => {
    let replies = await client.press({ action: "levels" });
    expect(cardText(replies[0]!)).toMatch(/don't type names/);
    expect(cardButtons(replies[0]!)).toEqual(["Yes, in immediate danger", "No", "Cancel"]);

    replies = await client.press(submitOf(lastCard(replies), "No"));
    replies = await client.press(submitOf(lastCard(replies), "12 to 17"));
    let card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", {
        picked: choiceValues(card, ["Has gone missing", "Early signs of exploitation"]),
      }),
    );
    replies = await client.press(submitOf(lastCard(replies), "Next", { picked: "" }));
    card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["Family relationships"]) }),
    );
    card = lastCard(replies);
    expect(cardText(replies[0]!)).toMatch(/views, strengths and household/);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["There are other children"]) }),
    );
    card = lastCard(replies);
    replies = await client.press(
      submitOf(card, "Next", { picked: choiceValues(card, ["Extra help is in place, and it is"]) }),
    );

    const outcome = cardText(replies[0]!);
    expect(outcome).toMatch(/Suggested level: 3, Complex needs/);
    expect(outcome).toMatch(/two or more statements/);
    expect(outcome).toMatch(/Has gone missing from home/);
    expect(outcome).toMatch(/MARF\), with the CAF as part 2 to show the help already given/);
    expect(outcome).toMatch(/other children in the household: think about them too/);
    expect(outcome).toMatch(/supports your professional judgement and does not replace it/);
    expect(cardButtons(replies[0]!)).toContain("MASH contacts");

    replies = await client.press(submitOf(lastCard(replies), "Summary for the MARF"));
    const summary = cardText(replies[0]!);
    expect(summary).toMatch(/Level 3, Complex needs/);
    expect(summary).toMatch(/Help in place: Extra help is in place, and it is making a difference/);

    replies = await client.press(submitOf(lastCard(replies), "MASH contacts"));
    expect(cardText(replies[0]!)).toContain("01908 253169");
  });

  it("a whole check by typed answers, numbered 1 to 7 with the total the same on every card", async () => {
    const counted: string[][] = [];
    const step = async (text: string) => {
      const replies = await client.say(text);
      const at = progress(replies.at(-1)!);
      if (at) counted.push(at);
      return replies;
    };
    await step("check levels of need");
    await step("2");
    await step("under 5");
    const afterDev = await step("1, 2");
    expect(cardText(afterDev[0]!)).toMatch(/Parenting capacity/);
    await step("3");
    await step("none");
    await step("none");
    const outcome = await step("1");
    expect(cardText(outcome[0]!)).toMatch(/Suggested level: 2, Early help/);
    expect(counted).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), "7"]));
    const summary = await client.say("summary");
    expect(cardText(summary[0]!)).toMatch(
      /The child's development: Has missed immunisations, health checks or health appointments; Slow to reach milestones/,
    );
    expect(cardText(summary[0]!)).toMatch(/Parenting capacity: Young or inexperienced parents/);
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
    const stale = await client.press(submitOf(dangerCard, "No"));
    expect(cardText(stale[0]!)).toMatch(/That question has passed/);
    expect(cardText(stale[0]!)).toMatch(/The child's development/);
  });

  it("'Yes, in immediate danger': call 999 first and largest, then the MASH, tappable", async () => {
    const replies = await client.say("threshold check");
    expect(cardText(replies[0]!)).toMatch(/immediate danger/);
    const danger = await client.press(submitOf(lastCard(replies), "Yes, in immediate danger"));
    const card = lastCard(danger);
    expectCall999First(card);
    const text = cardText(danger[0]!);
    expect(text).toMatch(/Call 999 now/);
    expect(text).toMatch(/01908 253169 or 01908 253170/);
    expect(text).toMatch(/01908 265545/);
    expect(JSON.stringify(card)).toContain("[01908\u00a0253169](tel:01908253169)");
  });

  it("an old 'Yes, in immediate danger' button repeats the 999 advice, mid-check or after", async () => {
    const first = await client.say("levels");
    const dangerCard = lastCard(first);
    await client.press(submitOf(dangerCard, "No"));
    let replies = await client.press(submitOf(dangerCard, "Yes, in immediate danger"));
    expectCall999First(lastCard(replies));
    // And once nothing is running at all.
    replies = await client.press(submitOf(dangerCard, "Yes, in immediate danger"));
    expectCall999First(lastCard(replies));
    expect(cardText(replies[0]!)).toMatch(/Call 999 now/);
  });

  it("in a group chat too, an old 'Yes, in immediate danger' gives the 999 advice at once", async () => {
    const res = await client.post({
      type: "message",
      channelId: "msteams",
      serviceUrl: "https://connector.test.invalid",
      id: "group-1",
      from: { id: "user-1" },
      recipient: { id: "bot-1" },
      conversation: { id: `${client.conversationId}-group`, conversationType: "groupChat" },
      value: { action: "levels:danger" },
    });
    expect(res.status).toBeLessThan(300);
    expectCall999First(lastCard(res.replies));
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

describe("a tick survives every way of moving on", () => {
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  /** Starts a check and ticks "missed immunisations" on the development card by pressing Next. */
  async function tickedThenMovedOn(): Promise<SentActivity[]> {
    await client.say("levels");
    await client.say("no");
    const dev = lastCard(await client.say("5 to 11"));
    return client.press(
      submitOf(dev, "Next", { picked: choiceValues(dev, ["Has missed immunisations"]) }),
    );
  }

  async function finishFromParenting(): Promise<string> {
    await client.say("none");
    await client.say("none");
    await client.say("none");
    return cardText((await client.say("1"))[0]!);
  }

  it("typed 'next' after going back keeps the tick", async () => {
    await tickedThenMovedOn();
    const back = await client.say("back");
    expect(cardText(back[0]!)).toMatch(/Already ticked: 1\. Numbers you type are added/);
    expect(tickedValue(lastCard(back))).toBe("checks-missed");
    const next = await client.say("next");
    expect(cardText(next[0]!)).toMatch(/Parenting capacity/);
    const outcome = await finishFromParenting();
    expect(outcome).toMatch(/The child's development\n- Has missed immunisations/);
    expect(outcome).not.toMatch(/The child's development\n- Nothing chosen/);
  });

  it("Next pressed after going back keeps the tick, with or without the list in the press", async () => {
    await tickedThenMovedOn();
    let back = await client.say("back");
    // Teams sends the list as it shows it: ticked already.
    await client.press(submitOf(lastCard(back), "Next", { picked: tickedValue(lastCard(back)) }));
    back = await client.say("back");
    // A client that leaves an untouched list out of the press.
    const next = await client.press(submitOf(lastCard(back), "Next"));
    expect(cardText(next[0]!)).toMatch(/Parenting capacity/);
    expect(await finishFromParenting()).toMatch(
      /The child's development\n- Has missed immunisations/,
    );
  });

  it("back from the outcome and forward again keeps every tick", async () => {
    await tickedThenMovedOn();
    const outcome = await finishFromParenting();
    expect(outcome).toMatch(/Has missed immunisations/);
    for (let i = 0; i < 4; i++) await client.say("back");
    const dev = await client.say("back");
    expect(cardText(dev[0]!)).toMatch(/The child's development/);
    // Next on each card: development, parenting, family, the last card of ticks, then help.
    for (let i = 0; i < 4; i++) await client.say("next");
    const again = await client.say("next");
    expect(cardText(again[0]!)).toMatch(/Suggested level: 2/);
    expect(cardText(again[0]!)).toMatch(/The child's development\n- Has missed immunisations/);
  });

  it("typed numbers on a card with ticks are added to them, and the next card says so", async () => {
    await tickedThenMovedOn();
    const back = await client.say("back");
    const choices = (
      lastCard(back).body.find((el) => el.type === "Input.ChoiceSet") as {
        choices: { title: string }[];
      }
    ).choices;
    const attendance = choices.findIndex((c) => c.title.startsWith("Often absent")) + 1;
    const next = await client.say(String(attendance));
    expect(cardText(next[0]!)).toMatch(
      new RegExp(
        `I added what you typed \\(${attendance}\\) to what you had already ticked on "The child's development", so now 2 are ticked`,
      ),
    );
    const outcome = await finishFromParenting();
    expect(outcome).toMatch(/- Has missed immunisations[^\n]*\n- Often absent from school/);
  });

  it("'none' typed clears the ticks, as the card says", async () => {
    await tickedThenMovedOn();
    await client.say("back");
    await client.say("none");
    expect(await finishFromParenting()).toMatch(/The child's development\n- Nothing chosen/);
  });
});

describe("every card takes typed numbers, the install welcome included", () => {
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  it("'2' on the welcome sent at install starts the check", async () => {
    const welcome = await client.install();
    expect(cardButtons(welcome[0]!)).toEqual([
      "MASH contacts",
      "Check levels of need",
      "Ask a question",
    ]);
    const replies = await client.say("2");
    expect(cardText(replies[0]!)).toMatch(/immediate danger right now/);
  });

  it("'1' and 'ask a question' on the install welcome press those buttons", async () => {
    await client.install();
    expect(cardText((await client.say("1"))[0]!)).toMatch(/MASH contact details/);
    await client.install();
    expect(cardText((await client.say("Ask a question"))[0]!)).toMatch(/Type your question/);
  });
});

describe("outcomes a practitioner can act on", () => {
  let client: BotFrameworkClient;
  shareOneAssistant((started) => {
    client = started;
  });

  async function check(answers: string[]): Promise<SentActivity> {
    await client.say("levels");
    let replies: SentActivity[] = [];
    for (const a of answers) replies = await client.say(a);
    return replies[0]!;
  }

  it("Level 4 goes straight to the outcome, with call 999 first and the MASH tappable", async () => {
    await client.say("levels");
    await client.say("no");
    const dev = lastCard(await client.say("under 5"));
    const injury = (
      dev.body.find((el) => el.type === "Input.ChoiceSet") as {
        choices: { title: string }[];
      }
    ).choices.findIndex((c) => c.title.startsWith("An injury with no explanation"));
    const replies = await client.say(String(injury + 1));
    const card = lastCard(replies);
    expectCall999First(card);
    const text = cardText(replies[0]!);
    expect(text).toMatch(/Suggested level: 4/);
    expect(text).toMatch(/I stopped asking/);
    expect(text).not.toMatch(/Question \d of/);
    expect(JSON.stringify(card)).toContain("(tel:01908253169)");
    expect(JSON.stringify(card)).toContain("(tel:01908265545)");
  });

  it("a lone childminder with no DSL is told to ring the MASH for advice", async () => {
    // Under 5; family: domestic abuse (5th); context: works alone (5th); no help yet.
    const outcome = cardText(await check(["no", "under 5", "none", "none", "5", "5", "1"]));
    expect(outcome).toMatch(/Suggested level: 3/);
    expect(outcome).toMatch(/You work alone, so ring the MASH for advice first: 01908 253169/);
    expect(outcome).toMatch(/no designated safeguarding lead or manager to talk it through with/);
    expect(outcome).toMatch(/No extra help has been given yet/);
  });

  it("social care already involved points to the allocated social worker", async () => {
    // 5 to 11; family: money worries (2nd); help: social care (5th).
    const outcome = cardText(await check(["no", "5 to 11", "none", "none", "2", "none", "5"]));
    expect(outcome).toMatch(/Suggested level: 2/);
    expect(outcome).toMatch(/tell the child's allocated social worker/);
    expect(outcome).not.toMatch(/start a CAF/);
  });

  it("a stale button on a finished check gets a short note, not the whole outcome again", async () => {
    await client.say("levels");
    await client.say("no");
    const ageCard = lastCard(await client.say("5 to 11"));
    for (const a of ["none", "none", "none", "none", "1"]) await client.say(a);
    const replies = await client.press(submitOf(ageCard, "Back"));
    expect(replies).toHaveLength(1);
    const card = lastCard(replies);
    expect(card.body).toHaveLength(1);
    expect(cardText(replies[0]!)).toMatch(/That check has finished, with a suggested Level 1/);
    expect(cardButtons(replies[0]!)).toEqual([
      "Summary for the MARF",
      "Change my answers",
      "Start again",
    ]);
  });

  it("no card names a file or a path, and every phone number is whole and tappable", async () => {
    const seen: SentActivity[] = [];
    const say = async (t: string) => seen.push(...(await client.say(t)));
    for (const t of ["levels", "no", "12 to 17", "1, 9", "6", "5", "4, 5", "4", "summary", "mash"])
      await say(t);
    await say("levels");
    await say("yes");
    await say("help");
    // Answers from the knowledge base name their sources too (one article's source names a file).
    await say("what should I do if a child is in immediate danger?");
    await say("how do I make a referral to the MASH?");
    expect(seen.length).toBeGreaterThan(10);
    for (const activity of seen) {
      const json = JSON.stringify(activity.attachments?.[0]?.content ?? {});
      expect(json).not.toMatch(/\.md\b|\.yaml\b|knowledge\/|shared\//);
      // A number written with an ordinary space could break across two lines.
      expect(json.match(/.{40}01908 \d.{20}/)?.[0]).toBeUndefined();
      expect(json).not.toMatch(/(?<!01908\u00a0|01908)2531(69|70)/);
    }
    const mash = seen.find((a) => cardText(a).includes("MASH contact details"))!;
    const card = mash.attachments![0]!.content;
    expectCall999First(card);
    expect(openUrls(card)).toEqual(
      expect.arrayContaining([
        "tel:01908253169",
        "tel:01908253170",
        "tel:01908265545",
        "mailto:children@milton-keynes.gov.uk",
      ]),
    );
  });
});
