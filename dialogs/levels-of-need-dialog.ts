import type { TurnContext } from "botbuilder";
// The dialog class comes from its own file: botbuilder-dialogs' index also loads the prompts and
// their text recognizers (several MB of code and regular expressions built at load), which
// roughly doubled start-up time and memory for classes we never use.
import {
  Dialog,
  type DialogInstance,
  type DialogTurnResult,
} from "botbuilder-dialogs/lib/dialog.js";
import type { DialogContext, DialogState } from "botbuilder-dialogs/lib/dialogContext.js";
import { replyActivity } from "../src/channels/teams/render-adaptive-card.js";
import type { Assistant } from "../src/core/assistant/assistant.js";
import { promptOf, resolveTypedInput } from "../src/core/assistant/resolve-typed-input.js";
import { makeSession, type Session, type TurnInput } from "../src/core/assistant/turn.js";
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

/** Per-turn services the dialog needs. */
export interface LevelsDialogTurn {
  input: TurnInput;
  now: Date;
  /** Answers input that is not for the check. */
  interrupt(input: TurnInput): Promise<Reply[]>;
  /** Every reply sent this turn, for the typed-answer prompt of the next turn. */
  sent: Reply[];
}

/**
 * Where a DialogContext caller (a DialogSet, a parent dialog) puts this turn's services in
 * turnState before it begins or continues the dialog; LevelsDialogRunner hands them over directly.
 */
export const LEVELS_DIALOG_TURN = Symbol("levelsDialogTurn");

/** The dialog's own slot on the stack: the engine's JSON-safe state. */
export interface LevelsDialogState {
  levels?: unknown;
}

interface LevelsDialogOptions {
  input?: TurnInput;
}

const START: TurnInput = { text: "", action: "levels", data: {} };

export class LevelsOfNeedDialog extends Dialog<LevelsDialogOptions> {
  constructor(private readonly conversation: LevelsConversation) {
    super(LEVELS_DIALOG_ID);
  }

  override async beginDialog(
    dc: DialogContext,
    options?: LevelsDialogOptions,
  ): Promise<DialogTurnResult> {
    return this.afterStep(dc, options?.input ?? START);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.afterStep(dc, turnOf(dc.context).input);
  }

  private async afterStep(dc: DialogContext, input: TurnInput): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as LevelsDialogState;
    const going = await this.step(dc.context, turnOf(dc.context), state, input);
    return going ? Dialog.EndOfTurn : dc.endDialog();
  }

  /**
   * One turn of the check for this dialog's state on the stack, which it updates. Returns
   * whether the check goes on (false: the dialog has ended and its state can go).
   */
  async step(
    context: TurnContext,
    turn: LevelsDialogTurn,
    state: LevelsDialogState,
    input: TurnInput,
  ): Promise<boolean> {
    const result = this.conversation.turn(state.levels, input, turn.now);
    if (!result) {
      // Not an answer: let the assistant reply, then carry on where the person was.
      const replies = await turn.interrupt(input);
      const resume = this.conversation.resume(state.levels, turn.now);
      await send(context, turn, resume ? [...replies, resume] : replies);
      return true;
    }
    await send(context, turn, result.replies);
    if (!result.state) return false;
    state.levels = result.state;
    return true;
  }
}

function turnOf(context: TurnContext): LevelsDialogTurn {
  const turn = context.turnState.get(LEVELS_DIALOG_TURN) as LevelsDialogTurn | undefined;
  if (!turn) throw new Error(`LevelsOfNeedDialog needs turnState[LEVELS_DIALOG_TURN].`);
  return turn;
}

async function send(context: TurnContext, turn: LevelsDialogTurn, replies: Reply[]) {
  if (replies.length === 0) return;
  turn.sent.push(...replies);
  await context.sendActivities(replies.map((r) => replyActivity(r)));
}

/**
 * Runs the dialog for a Teams turn when the check is asked for or under way, with the dialog
 * stack kept in the session (so it expires after 30 minutes idle like everything else there).
 * Returns undefined when the turn is not for the check and the assistant should handle it.
 *
 * The stack only ever holds this one dialog, so the runner begins, continues and ends it itself,
 * as botbuilder's DialogContext would (the same `{ dialogStack: [{ id, state }] }` in the
 * session): a DialogContext builds a DialogStateManager, registers botbuilder's components and
 * wraps every call for errors on each turn, which cost more CPU than the whole check.
 */
export class LevelsDialogRunner {
  private readonly dialog: LevelsOfNeedDialog;

  constructor(
    private readonly conversation: LevelsConversation,
    private readonly assistant: Assistant,
  ) {
    this.dialog = new LevelsOfNeedDialog(conversation);
  }

  async run(
    context: TurnContext,
    raw: TurnInput,
    session: Session,
    now: Date,
  ): Promise<{ session: Session; replies: Reply[] } | undefined> {
    const input = resolveTypedInput(raw, session.lastPrompt);
    const stored = session.flows[DIALOG_STATE_KEY] as DialogState | undefined;
    const active = stored?.dialogStack?.at(-1);
    if (active?.id !== LEVELS_DIALOG_ID && !this.conversation.wantsToStart(input)) return undefined;

    // The stored session is never changed: the turn builds the next one, sharing what it does
    // not change (the engine replaces its state, never edits it), so a turn that fails part
    // way leaves the stored session as it was, without copying the whole session every turn.
    let base = session;
    const turn: LevelsDialogTurn = {
      input,
      now,
      sent: [],
      interrupt: async (other) => {
        // `other` was resolved above against base's last prompt, which the turn has not changed.
        const result = await this.assistant.handleResolvedTurn(other, base, now, "teams");
        base = result.session;
        return result.replies;
      },
    };
    const instance: DialogInstance<LevelsDialogState> =
      active?.id === LEVELS_DIALOG_ID
        ? {
            id: LEVELS_DIALOG_ID,
            state: { levels: (active.state as LevelsDialogState | undefined)?.levels },
          }
        : { id: LEVELS_DIALOG_ID, state: {} };
    const going = await this.dialog.step(context, turn, instance.state, input);

    const flows = { ...base.flows };
    if (going) flows[DIALOG_STATE_KEY] = { dialogStack: [instance] } satisfies DialogState;
    else delete flows[DIALOG_STATE_KEY];
    const last = turn.sent.at(-1);
    const next = makeSession(now.getTime(), last ? promptOf(last) : undefined, flows);
    return { session: next, replies: turn.sent };
  }
}
