import { ActivityHandler, type InvokeResponse, TurnContext } from "botbuilder";
import type { Assistant } from "../../core/assistant/assistant.js";
import type { Scope, TurnInput } from "../../core/assistant/turn.js";
import type { Reply } from "../../core/reply.js";
import type { TurnRunner } from "../run-turn.js";
import { readSubmit, readTeamsInput } from "./read-input.js";
import { replyActivity } from "./render-adaptive-card.js";

export interface TeamsBotDeps {
  /** Called per event: the assistant exists once every feature has been built. */
  assistant: () => Assistant;
  runTurn: TurnRunner;
}

/**
 * The Teams edge: turns activities into turns through the shared runner and renders what comes
 * back as Adaptive Cards. No feature logic lives here.
 */
export class TeamsBot extends ActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      // Teams announces a personal install as the bot itself being added. In a group chat or a
      // team, people joining are not installs: they get no card (everyone there would see it).
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      // The welcome goes through the session like any reply, so typing "2" on it presses its
      // second button.
      if (botAdded && scopeOf(context) === "personal") {
        await this.runTurn(context, { text: "", action: "welcome", data: {} });
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const activity = context.activity;
      const text = TurnContext.removeRecipientMention(activity) ?? activity.text;
      await this.runTurn(context, readTeamsInput(activity, text));
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
    const result = await this.deps.runTurn({
      channel: "teams",
      key: `teams:${context.activity.conversation?.id ?? "unknown"}`,
      input,
      scope: scopeOf(context),
    });
    await sendReplies(context, result.replies);
    // A card pressed in Teams names itself in replyToId: bring it up to date (a vote given, so
    // its Yes and No cannot be pressed again). If Teams refuses, the reply above still stands.
    const pressed = context.activity.replyToId;
    if (result.updateCard && pressed) {
      await context
        .updateActivity({ ...replyActivity(result.updateCard), id: pressed })
        .catch(() => undefined);
    }
  }
}

/**
 * A personal chat, or a group chat or team channel where others read along. Teams names it in
 * conversation.conversationType; other Bot Framework clients (the Emulator, our terminal chat)
 * leave it out and are one person talking to the assistant.
 */
function scopeOf(context: TurnContext): Scope {
  const type = context.activity.conversation?.conversationType;
  return type === "groupChat" || type === "channel" ? "shared" : "personal";
}

async function sendReplies(context: TurnContext, replies: Reply[]): Promise<void> {
  if (replies.length === 0) return;
  await context.sendActivities(replies.map((r) => replyActivity(r)));
}
