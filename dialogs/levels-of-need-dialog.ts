import type { StatePropertyAccessor, TurnContext } from "botbuilder";
// The dialog classes come from their own files: botbuilder-dialogs' index also loads the prompts
// and their text recognizers (several MB of code and regular expressions built at load), which
// roughly doubled start-up time and memory for classes we never use.
import { Dialog, type DialogTurnResult } from "botbuilder-dialogs/lib/dialog.js";
import type { DialogContext, DialogState } from "botbuilder-dialogs/lib/dialogContext.js";
import { DialogSet } from "botbuilder-dialogs/lib/dialogSet.js";
import type { DialogStateManagerConfiguration } from "botbuilder-dialogs/lib/memory/dialogStateManager.js";
import { replyActivity } from "../src/channels/teams/render-adaptive-card.js";
import type { Assistant } from "../src/core/assistant/assistant.js";
import { cloneJson } from "../src/core/assistant/clone-json.js";
import { promptOf, resolveTypedInput } from "../src/core/assistant/resolve-typed-input.js";
import type { Session, TurnInput } from "../src/core/assistant/turn.js";
import type { LevelsConversation } from "../src/core/levels-of-need/levels-conversation.js";
import type { Reply } from "../src/core/reply.js";

/**
 * The Levels of Need check in Teams, as a botbuilder dialog. It holds no flow of its own: each
 * turn goes to the channel-free LevelsConversation (the same one the assistant's skill uses for
 * Slack and the terminal), and the dialog renders the replies as Adaptive Cards. Anything that
 * is not an answer for the check ("mash", "help", a question) is an interruption: the assistant
 * answers it and the dialog shows the question it is waiting on again, botbuilder's usual
 * interruption pattern.
 */

export const LEVELS_DIALOG_ID = "levelsOfNeed";

/** Where the dialog stack is kept in the session (answers only; expires with the session). */
export const DIALOG_STATE_KEY = "teams:dialogs";

/** Per-turn services the dialog needs, put in turnState by the runner below. */
export interface LevelsDialogTurn {
  input: TurnInput;
  now: Date;
  /** Answers input that is not for the check. */
  interrupt(input: TurnInput): Promise<Reply[]>;
  /** Every reply sent this turn, for the typed-answer prompt of the next turn. */
  sent: Reply[];
}

const TURN_KEY = Symbol("levelsDialogTurn");

/**
 * botbuilder-dialogs builds its memory scope configuration (component registrations, a service
 * collection, path resolvers) afresh in every turn unless the turn already carries one under
 * this key, which is how its own DialogManager reuses one across turns. The scopes keep nothing
 * between turns, so the first turn's configuration is handed to every later one: that was most of
 * the dialog's cost per turn. (The key is botbuilder's internal name; were it to change,
 * botbuilder would just build the configuration each turn again.)
 */
const STATE_CONFIGURATION_KEY = "DialogStateManagerConfiguration";

interface LevelsDialogOptions {
  input?: TurnInput;
}

export class LevelsOfNeedDialog extends Dialog<LevelsDialogOptions> {
  constructor(private readonly conversation: LevelsConversation) {
    super(LEVELS_DIALOG_ID);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: LevelsDialogOptions,
  ): Promise<DialogTurnResult> {
    const input = options?.input ?? { text: "", action: "levels", data: {} };
    return this.step(dc, input);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.step(dc, turnOf(dc.context).input);
  }

  private async step(dc: DialogContext, input: TurnInput): Promise<DialogTurnResult> {
    const turn = turnOf(dc.context);
    const state = dc.activeDialog?.state as { levels?: unknown };
    const result = this.conversation.turn(state.levels, input, turn.now);
    if (!result) {
      // Not an answer: let the assistant reply, then carry on where the person was.
      const replies = await turn.interrupt(input);
      const resume = this.conversation.resume(state.levels, turn.now);
      await send(dc.context, turn, resume ? [...replies, resume] : replies);
      return Dialog.EndOfTurn;
    }
    await send(dc.context, turn, result.replies);
    if (!result.state) return dc.endDialog();
    state.levels = result.state;
    return Dialog.EndOfTurn;
  }
}

function turnOf(context: TurnContext): LevelsDialogTurn {
  const turn = context.turnState.get(TURN_KEY) as LevelsDialogTurn | undefined;
  if (!turn) throw new Error("LevelsOfNeedDialog must be run through LevelsDialogRunner.");
  return turn;
}

async function send(context: TurnContext, turn: LevelsDialogTurn, replies: Reply[]) {
  if (replies.length === 0) return;
  turn.sent.push(...replies);
  await context.sendActivities(replies.map((r) => replyActivity(r)));
}

const STACK_KEY = Symbol("levelsDialogStack");

/**
 * A state accessor over this turn's dialog stack, which the runner puts in turnState from the
 * conversation's session: so one DialogSet serves every turn.
 */
const stackOfTurn: StatePropertyAccessor<DialogState> = {
  get: async (context: TurnContext) => context.turnState.get(STACK_KEY) as DialogState,
  set: async () => {},
  delete: async () => {},
};

/**
 * Runs the dialog for a Teams turn when the check is asked for or under way, with the dialog
 * stack kept in the session (so it expires after 30 minutes idle like everything else there).
 * Returns undefined when the turn is not for the check and the assistant should handle it.
 */
export class LevelsDialogRunner {
  private readonly dialogs: DialogSet;
  private stateConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(
    private readonly conversation: LevelsConversation,
    private readonly assistant: Assistant,
  ) {
    this.dialogs = new DialogSet(stackOfTurn).add(new LevelsOfNeedDialog(conversation));
  }

  async run(
    context: TurnContext,
    raw: TurnInput,
    session: Session,
    now: Date,
  ): Promise<{ session: Session; replies: Reply[] } | undefined> {
    const input = resolveTypedInput(raw, session.lastPrompt);
    const stored = session.flows[DIALOG_STATE_KEY] as DialogState | undefined;
    const active = (stored?.dialogStack?.length ?? 0) > 0;
    if (!active && !this.conversation.wantsToStart(input)) return undefined;

    // One copy of the session, changed as the turn goes: the stored one stays as it was if the
    // turn fails part way.
    let working: Session = cloneJson(session);
    const dialogState: DialogState = (working.flows[DIALOG_STATE_KEY] as
      | DialogState
      | undefined) ?? {
      dialogStack: [],
    };
    const turn: LevelsDialogTurn = {
      input,
      now,
      sent: [],
      interrupt: async (other) => {
        const result = await this.assistant.handleTurn(other, working, now, "teams");
        working = result.session;
        return result.replies;
      },
    };
    context.turnState.set(TURN_KEY, turn);
    if (this.stateConfiguration) {
      context.turnState.set(STATE_CONFIGURATION_KEY, this.stateConfiguration);
    }
    context.turnState.set(STACK_KEY, dialogState);
    const dc = await this.dialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    if (dc.activeDialog) await dc.continueDialog();
    else await dc.beginDialog(LEVELS_DIALOG_ID, { input });

    if (dialogState.dialogStack.length > 0) working.flows[DIALOG_STATE_KEY] = dialogState;
    else delete working.flows[DIALOG_STATE_KEY];
    const last = turn.sent.at(-1);
    working.lastPrompt = last ? promptOf(last) : undefined;
    working.updatedAt = now.getTime();
    return { session: working, replies: turn.sent };
  }
}
