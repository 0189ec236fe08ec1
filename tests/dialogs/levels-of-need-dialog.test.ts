import * as AC from "adaptivecards";
import { type Activity, ActivityTypes, TestAdapter } from "botbuilder";
import { pino } from "pino";
import { beforeEach, describe, expect, it } from "vitest";
import { DIALOG_STATE_KEY, LevelsDialogRunner } from "../../dialogs/levels-of-need-dialog.js";
import { TeamsBot } from "../../src/channels/teams/teams-bot.js";
import { Assistant } from "../../src/core/assistant/assistant.js";
import type { Session } from "../../src/core/assistant/turn.js";
import { loadMessages } from "../../src/core/content/messages.js";
import { LevelsConversation } from "../../src/core/levels-of-need/levels-conversation.js";
import { createLevelsSkill } from "../../src/core/levels-of-need/levels-skill.js";
import { MemorySessionStore } from "../../src/store/session-store.js";
import { content, mash, T0 } from "../levels-of-need/play.js";

interface Card {
  body: Record<string, unknown>[];
  actions: { type: string; title: string; data: Record<string, string> }[];
}

const cardOf = (a: Partial<Activity>): Card => a.attachments?.[0]?.content as Card;

/** What a person reads on a card. */
function textOf(a: Partial<Activity>): string {
  const card = cardOf(a);
  if (!card) return a.text ?? "";
  return card.body
    .flatMap((el) => [
      typeof el.text === "string" ? el.text : "",
      ...((el.choices as { title: string }[] | undefined)?.map((c) => c.title) ?? []),
      ...((el.facts as { title: string; value: string }[] | undefined)?.map(
        (f) => `${f.title}: ${f.value}`,
      ) ?? []),
    ])
    .join("\n");
}

/** Parses a card with the Adaptive Cards SDK and returns its complaints (none expected). */
function cardProblems(card: Card): string[] {
  const parsed = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  parsed.parse(card, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of parsed.validateProperties().validationEvents) problems.push(e.message);
  return problems;
}

class TeamsChat {
  readonly sessions = new MemorySessionStore();
  readonly adapter: TestAdapter;
  last: Partial<Activity>[] = [];
  minute = 0;

  constructor() {
    const conversation = new LevelsConversation(content, mash);
    const assistant = new Assistant({ messages: loadMessages(), mash }, [
      createLevelsSkill(conversation),
    ]);
    const bot = new TeamsBot({
      assistant,
      sessions: this.sessions,
      dialogs: [new LevelsDialogRunner(conversation, assistant)],
      log: pino({ level: "silent" }),
      logMessageText: false,
      now: () => new Date(T0.getTime() + this.minute * 60_000),
    });
    this.adapter = new TestAdapter((context) => bot.run(context));
  }

  private async receive(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.minute += 1;
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    this.last = this.adapter.activeQueue.splice(0);
    return this.last;
  }

  say(text: string) {
    return this.receive({ type: ActivityTypes.Message, text });
  }

  /** Presses a button on a card as Teams does with Action.Submit: its data plus the inputs. */
  press(title: string, inputs: Record<string, string> = {}, from = this.lastCard()) {
    const action = from.actions.find((a) => a.title === title);
    if (!action) throw new Error(`no "${title}" on the card: ${from.actions.map((a) => a.title)}`);
    return this.receive({ type: ActivityTypes.Message, value: { ...action.data, ...inputs } });
  }

  /** Ticks choices by their labels and presses the card's first (submit) button. */
  tick(labels: string[], from = this.lastCard()) {
    const set = from.body.find((el) => el.type === "Input.ChoiceSet") as {
      id: string;
      choices: { title: string; value: string }[];
    };
    const values = labels.map((l) => {
      const c = set.choices.find((x) => x.title.startsWith(l));
      if (!c) throw new Error(`no choice "${l}"`);
      return c.value;
    });
    return this.press(from.actions[0]!.title, { [set.id]: values.join(",") }, from);
  }

  /** Presses with Action.Execute: an adaptiveCard/action invoke that must get a response. */
  invoke(title: string, inputs: Record<string, string> = {}, from = this.lastCard()) {
    const action = from.actions.find((a) => a.title === title)!;
    const { action: verb, ...data } = action.data;
    return this.receive({
      type: ActivityTypes.Invoke,
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data: { ...data, ...inputs } } },
    });
  }

  lastCard(): Card {
    const cards = this.last.filter((a) => a.attachments?.length);
    const card = cards.at(-1);
    if (!card) throw new Error("no card in the last replies");
    return cardOf(card);
  }

  get text(): string {
    return this.last.map(textOf).join("\n---\n");
  }

  session(): Promise<Session> {
    const key = `teams:${this.adapter.conversation.conversation.id}`;
    return this.sessions.get(key, new Date(T0.getTime() + this.minute * 60_000));
  }
}

describe("the Levels of Need dialog in Teams (botbuilder TestAdapter)", () => {
  let chat: TeamsChat;
  beforeEach(() => {
    chat = new TeamsChat();
  });

  it("runs a whole check by card presses and ends with the outcome card", async () => {
    await chat.say("check levels of need");
    expect(chat.text).toMatch(/don't type names/);
    expect(chat.lastCard().actions.map((a) => a.title)).toEqual(["Yes", "No", "Cancel"]);
    expect((await chat.session()).flows[DIALOG_STATE_KEY]).toBeDefined();

    await chat.press("No");
    expect(chat.text).toMatch(/How old is the child/);
    await chat.press("Under 5 (or unborn)");
    expect(chat.text).toMatch(/The child's development/);
    const multi = chat.lastCard().body.find((el) => el.type === "Input.ChoiceSet");
    expect(multi).toMatchObject({ isMultiSelect: true });

    await chat.tick(["Has missed immunisations"]);
    await chat.tick(["Young or inexperienced parents"]);
    await chat.tick([]);
    expect(chat.text).toMatch(/What support/);
    await chat.tick(["None beyond everyday services"]);
    expect(chat.text).toMatch(/Suggested level: 2, Early help/);
    expect(chat.text).toMatch(/does not replace it/);
    expect(chat.text).toMatch(/Has missed immunisations/);
    expect(chat.lastCard().actions.map((a) => a.title)).toEqual([
      "Summary for the MARF",
      "MASH contacts",
      "Change my answers",
      "Start again",
    ]);

    await chat.press("Summary for the MARF");
    expect(chat.text).toMatch(/Suggested level of need \(Levels of Need check\): Level 2/);
    await chat.press("MASH contacts");
    expect(chat.text).toMatch(/01908 253169/);
  });

  it("every card it sends is a valid Adaptive Card", async () => {
    const cards: Card[] = [];
    const collect = () => {
      for (const a of chat.last) if (a.attachments?.length) cards.push(cardOf(a));
    };
    await chat.say("levels");
    collect();
    await chat.press("No");
    collect();
    await chat.press("12 to 17");
    collect();
    await chat.tick(["Trying out smoking"]);
    collect();
    await chat.press("Back");
    collect();
    await chat.tick(["Trying out smoking"]);
    await chat.tick([]);
    await chat.tick(["There is domestic abuse"]);
    collect();
    await chat.tick(["Extra help from one service"]);
    collect();
    await chat.tick(["No, the worries continue or are growing"]);
    collect();
    expect(chat.text).toMatch(/Suggested level: 3/);
    expect(cards.length).toBeGreaterThanOrEqual(7);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    // Going back shows the earlier ticks already ticked.
    expect(cards[4]!.body.find((el) => el.type === "Input.ChoiceSet")).toMatchObject({
      value: "risk-taking",
    });
  });

  it("takes typed answers, several at once", async () => {
    await chat.say("levels");
    await chat.say("2");
    await chat.say("5 to 11");
    await chat.say("1, 3");
    expect(chat.text).toMatch(/Parenting capacity/);
    const flows = (await chat.session()).flows[DIALOG_STATE_KEY] as {
      dialogStack: { state: { levels: { answers: unknown } } }[];
    };
    expect(flows.dialogStack[0]!.state.levels.answers).toEqual({
      age: "5-11",
      indicators: { development: ["checks-missed", "attendance"] },
    });
  });

  it("answers 'mash' mid-check, then shows the question again and carries on from it", async () => {
    await chat.say("levels");
    await chat.press("No");
    await chat.press("5 to 11");
    await chat.say("mash");
    expect(chat.last).toHaveLength(2);
    expect(textOf(chat.last[0]!)).toMatch(/01908 253169/);
    expect(textOf(chat.last[1]!)).toMatch(/Carrying on with your Levels of Need check/);
    expect(textOf(chat.last[1]!)).toMatch(/The child's development/);
    await chat.tick(["Often absent from school"]);
    expect(chat.text).toMatch(/Parenting capacity/);
  });

  it("a press on an old card says the question has passed and shows the current one", async () => {
    await chat.say("levels");
    await chat.press("No");
    const ageCard = chat.lastCard();
    await chat.press("5 to 11");
    await chat.press("12 to 17", {}, ageCard);
    expect(chat.text).toMatch(/That question has passed/);
    expect(chat.text).toMatch(/The child's development/);
  });

  it("'Yes' to danger gives 999 and the MASH and ends the dialog", async () => {
    await chat.say("levels");
    await chat.press("Yes");
    expect(chat.text).toMatch(/Call 999 now/);
    expect(chat.text).toMatch(/01908 265545/);
    expect((await chat.session()).flows[DIALOG_STATE_KEY]).toBeUndefined();
  });

  it("cancel ends the dialog and clears the answers; its old buttons then say so", async () => {
    await chat.say("levels");
    await chat.press("No");
    const ageCard = chat.lastCard();
    await chat.press("Cancel");
    expect(chat.text).toMatch(/cancelled/);
    expect((await chat.session()).flows[DIALOG_STATE_KEY]).toBeUndefined();
    await chat.press("5 to 11", {}, ageCard);
    expect(chat.text).toMatch(/finished or been cleared/);
  });

  it("answers Action.Execute invokes with an invoke response, and moves the check on", async () => {
    await chat.say("levels");
    await chat.invoke("No");
    const response = chat.last.find((a) => a.type === ActivityTypes.InvokeResponse);
    expect(response?.value).toMatchObject({ status: 200 });
    expect(chat.text).toMatch(/How old is the child/);
    await chat.invoke("12 to 17");
    await chat.invoke("Next", { picked: "offending,missing" });
    expect(chat.text).toMatch(/Parenting capacity/);
  });
});
