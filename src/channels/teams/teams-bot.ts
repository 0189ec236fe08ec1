import { ActivityHandler, type InvokeResponse, TurnContext } from "botbuilder";
import type { Assistant } from "../../core/assistant/assistant.js";
import type { Session, TurnInput } from "../../core/assistant/turn.js";
import type { Reply } from "../../core/reply.js";
import type { Logger } from "../../log.js";
import { loggableAction, loggableText } from "../../log.js";
import type { SessionStore } from "../../store/session-store.js";
import { readSubmit, readTeamsInput } from "./read-input.js";
import { replyActivity } from "./render-adaptive-card.js";

/**
 * Something that may take a Teams turn before the assistant does: a botbuilder dialog driving a
 * core flow (see dialogs/). It sends its own replies and returns the next session, or undefined
 * to leave the turn to the assistant.
 */
export interface TeamsTurnHandler {
  run(
    context: TurnContext,
    input: TurnInput,
    session: Session,
    now: Date,
  ): Promise<{ session: Session; replies: Reply[] } | undefined>;
}

export interface TeamsBotDeps {
  assistant: Assistant;
  /** Dialogs asked first, in order. */
  dialogs?: TeamsTurnHandler[];
  sessions: SessionStore;
  log: Logger;
  logMessageText: boolean;
  now?: () => Date;
}

/**
 * The Teams edge: turns activities into calls on the channel-free Assistant and renders what it
 * returns as Adaptive Cards. No feature logic lives here.
 */
export class TeamsBot extends ActivityHandler {
  private readonly now: () => Date;

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.now = deps.now ?? (() => new Date());

    this.onMembersAdded(async (context, next) => {
      // Teams announces a personal install as the bot itself being added, and a new person in a
      // team or chat as that person: welcome once per such event, whoever was added.
      if ((context.activity.membersAdded ?? []).length > 0) {
        await context.sendActivity(replyActivity(this.deps.assistant.welcome()));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const activity = context.activity;
      const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
      const input = readTeamsInput(activity, text);
      await this.runTurn(context, input);
      await next();
    });
  }

  /** Action.Execute card buttons arrive as invokes and must be answered, or Teams shows an error. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === "adaptiveCard/action") {
      const action = (context.activity.value as { action?: { verb?: string; data?: unknown } })
        ?.action;
      const submit = readSubmit({
        ...(action?.data as object),
        action: action?.verb ?? (action?.data as { action?: string })?.action,
      });
      await this.runTurn(context, { text: "", ...submit });
      return {
        status: 200,
        body: {
          statusCode: 200,
          type: "application/vnd.microsoft.activity.message",
          value: "Done",
        },
      };
    }
    return super.onInvokeActivity(context);
  }

  private async runTurn(context: TurnContext, input: TurnInput): Promise<void> {
    const { assistant, sessions, log } = this.deps;
    const key = `teams:${context.activity.conversation?.id ?? "unknown"}`;
    const now = this.now();
    const started = process.hrtime.bigint();
    const session = await sessions.get(key, now);
    let result: { session: Session; replies: Reply[]; unknownAction?: true } | undefined;
    for (const dialog of this.deps.dialogs ?? []) {
      result = await dialog.run(context, input, session, now);
      if (result) break;
    }
    if (result) {
      await sessions.set(key, result.session);
    } else {
      result = await assistant.handleTurn(input, session, now, "teams");
      await sessions.set(key, result.session);
      await sendReplies(context, result.replies);
    }
    // Checked first: with info logging off, building the record would be work for nothing.
    if (log.isLevelEnabled("info")) {
      log.info(
        {
          event: "turn",
          channel: "teams",
          action: loggableAction(input.action, result.unknownAction),
          replies: result.replies.length,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          ...loggableText(input.text, this.deps.logMessageText),
        },
        "turn handled",
      );
    }
  }
}

async function sendReplies(context: TurnContext, replies: Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map((r) => replyActivity(r)));
}
