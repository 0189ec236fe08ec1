import type { CloudAdapter, TurnContext } from "botbuilder";
import express, { type Express } from "express";
import { BODY_LIMIT } from "../../server.js";

/** Where the Bot Framework connector (Teams) posts activities. */
export const TEAMS_MESSAGES_PATH = "/api/messages";

/**
 * Mounts the Bot Framework endpoint: JSON bodies up to BODY_LIMIT, a malformed activity refused
 * with 400, everything else to the adapter (which checks the caller's token) and the bot.
 */
export function mountTeamsRoute(
  app: Express,
  adapter: CloudAdapter,
  bot: { run(context: TurnContext): Promise<void> },
): void {
  app.post(TEAMS_MESSAGES_PATH, express.json({ limit: BODY_LIMIT }), async (req, res) => {
    // Every activity names its conversation and where to answer; without them botbuilder fails
    // deep inside the turn (501 for an invoke), so a malformed one is refused here instead.
    const body = req.body as
      | { type?: unknown; serviceUrl?: unknown; conversation?: { id?: unknown } }
      | null
      | undefined;
    if (
      typeof body !== "object" ||
      body === null ||
      Array.isArray(body) ||
      typeof body.type !== "string" ||
      typeof body.serviceUrl !== "string" ||
      typeof body.conversation?.id !== "string"
    ) {
      res.status(400).json({
        error:
          "Expected a Bot Framework activity (a JSON object with a type, serviceUrl and conversation.id).",
      });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
}
