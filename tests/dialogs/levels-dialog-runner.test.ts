import {
  type Activity,
  ActivityTypes,
  ConversationState,
  MemoryStorage,
  TestAdapter,
  type TurnContext,
} from "botbuilder";
import type { DialogState } from "botbuilder-dialogs/lib/dialogContext.js";
import { DialogSet } from "botbuilder-dialogs/lib/dialogSet.js";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import {
  DIALOG_STATE_KEY,
  LEVELS_DIALOG_ID,
  LEVELS_DIALOG_TURN,
  LevelsDialogRunner,
  type LevelsDialogTurn,
  LevelsOfNeedDialog,
} from "../../dialogs/levels-of-need-dialog.js";
import { readTeamsInput } from "../../src/channels/teams/read-input.js";
import { TeamsBot } from "../../src/channels/teams/teams-bot.js";
import { Assistant } from "../../src/core/assistant/assistant.js";
import { newSession, type Session } from "../../src/core/assistant/turn.js";
import { loadMessages } from "../../src/core/content/messages.js";
import { LevelsConversation } from "../../src/core/levels-of-need/levels-conversation.js";
import { createLevelsSkill } from "../../src/core/levels-of-need/levels-skill.js";
import { MemorySessionStore } from "../../src/store/session-store.js";
import { content, mash, T0 } from "../levels-of-need/play.js";

interface Card {
  body: Record<string, unknown>[];
  actions: { title: string; data: Record<string, string> }[];
}

/** A press or a typed message, found on whichever card the path under test sent last. */
type Step = { say: string } | { press: string; picked?: string };

const SCRIPT: Step[] = [
  { say: "check levels of need" },
  { press: "No" },
  { say: "mash" },
  { press: "12 to 17" },
  { press: "Next", picked: "offending,missing" },
  { press: "Back" },
  { press: "Next", picked: "risk-taking" },
  { press: "Next", picked: "" },
  { say: "what is a rapid review for" },
  { press: "Next", picked: "" },
  { press: "Next", picked: "none" },
  { press: "Summary for the MARF" },
  { press: "Change my answers" },
  { press: "Start again" },
  { press: "Yes" },
];

function activityOf(step: Step, last: Card | undefined): Partial<Activity> {
  if ("say" in step) return { type: ActivityTypes.Message, text: step.say };
  const action = last?.actions.find((a) => a.title === step.press);
  if (!action) throw new Error(`no "${step.press}" on ${last?.actions.map((a) => a.title)}`);
  const inputs = step.picked === undefined ? {} : { picked: step.picked };
  return { type: ActivityTypes.Message, value: { ...action.data, ...inputs } };
}

/** Plays the script through `handler`, returning every activity sent, turn by turn. */
async function play(handler: (context: TurnContext, minute: number) => Promise<void>) {
  let minute = 0;
  const adapter = new TestAdapter((context) => handler(context, minute));
  const turns: Partial<Activity>[][] = [];
  let last: Card | undefined;
  for (const step of SCRIPT) {
    minute += 1;
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(activityOf(step, last));
    const sent = adapter.activeQueue.splice(0) as Partial<Activity>[];
    turns.push(sent);
    const card = sent.filter((a) => a.attachments?.length).at(-1);
    if (card) last = card.attachments?.[0]?.content as Card;
  }
  return turns;
}

const at = (minute: number) => new Date(T0.getTime() + minute * 60_000);

function build() {
  const conversation = new LevelsConversation(content, mash);
  const assistant = new Assistant({ messages: loadMessages(), mash }, [
    createLevelsSkill(conversation),
  ]);
  return { conversation, assistant };
}

describe("the Levels of Need dialog's runner", () => {
  it("sends exactly what the same dialog sends when botbuilder's DialogSet and DialogContext run it", async () => {
    // The runner: through the Teams bot, as in production.
    const runnerSide = build();
    let clock = 0;
    const bot = new TeamsBot({
      assistant: runnerSide.assistant,
      sessions: new MemorySessionStore(),
      dialogs: [new LevelsDialogRunner(runnerSide.conversation, runnerSide.assistant)],
      log: pino({ level: "silent" }),
      logMessageText: false,
      now: () => at(clock),
    });
    const viaRunner = await play(async (context, minute) => {
      clock = minute;
      await bot.run(context);
    });

    // botbuilder's own machinery: a DialogSet over conversation state, a DialogContext a turn.
    const dcSide = build();
    const state = new ConversationState(new MemoryStorage());
    const dialogs = new DialogSet(state.createProperty<DialogState>("dialogs")).add(
      new LevelsOfNeedDialog(dcSide.conversation),
    );
    let session: Session = newSession(at(0));
    const viaDialogContext = await play(async (context, minute) => {
      const now = at(minute);
      const input = readTeamsInput(context.activity, context.activity.text);
      const turn: LevelsDialogTurn = {
        input,
        now,
        sent: [],
        interrupt: async (other) => {
          const result = await dcSide.assistant.handleTurn(other, session, now, "teams");
          session = result.session;
          return result.replies;
        },
      };
      context.turnState.set(LEVELS_DIALOG_TURN, turn);
      const dc = await dialogs.createContext(context);
      if (dc.activeDialog) await dc.continueDialog();
      else if (dcSide.conversation.wantsToStart(input))
        await dc.beginDialog(LEVELS_DIALOG_ID, { input });
      else throw new Error("the script only talks to the check once it has started");
      await state.saveChanges(context);
    });

    const cards = (turns: Partial<Activity>[][]) =>
      turns.map((sent) => sent.map((a) => a.attachments?.[0]?.content));
    expect(cards(viaRunner)).toEqual(cards(viaDialogContext));
    // The script reaches the outcome, the summary, the 999 advice and a MASH interruption.
    const all = JSON.stringify(viaRunner);
    for (const seen of ["Suggested level", "paste into the MARF", "999", "01908 253169"])
      expect(all).toContain(seen);
  });

  it("never changes the session it is given, whatever the turn does with it", async () => {
    const { conversation, assistant } = build();
    const runner = new LevelsDialogRunner(conversation, assistant);
    let session = newSession(at(0));
    let minute = 0;
    let last: Card | undefined;
    const adapter = new TestAdapter(async (ctx) => {
      const before = structuredClone(session);
      const input = readTeamsInput(ctx.activity, ctx.activity.text);
      const result = await runner.run(ctx, input, session, at(minute));
      expect(session).toEqual(before);
      if (result) session = result.session;
    });
    for (const step of SCRIPT) {
      minute += 1;
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(activityOf(step, last));
      const sent = adapter.activeQueue.splice(0) as Partial<Activity>[];
      const card = sent.filter((a) => a.attachments?.length).at(-1);
      if (card) last = card.attachments?.[0]?.content as Card;
    }
    // "Yes" to danger ended it: nothing of the check is left.
    expect(session.flows[DIALOG_STATE_KEY]).toBeUndefined();
  });
});
