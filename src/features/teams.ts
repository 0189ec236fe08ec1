import { createTeamsAdapter } from "../channels/teams/create-adapter.js";
import { mountTeamsRoute } from "../channels/teams/mount-teams-route.js";
import { TeamsBot } from "../channels/teams/teams-bot.js";
import type { FeatureFactory } from "./feature.js";

/**
 * Microsoft Teams (and any Bot Framework client) at /api/messages. With no Microsoft app id it
 * accepts anonymous requests, which config only allows on loopback (local mode); with one, every
 * request must carry a valid Bot Framework token.
 */
export const teamsFeature: FeatureFactory = async (ctx) => {
  const adapter = createTeamsAdapter(ctx.config, ctx.messages, ctx.log);
  const bot = new TeamsBot({ assistant: ctx.assistant, runTurn: ctx.runTurn });
  const mode = ctx.config.localMode ? "local mode (anonymous, loopback only)" : "authenticated";
  return {
    name: "teams",
    mount: (app) => mountTeamsRoute(app, adapter, bot),
    // Teams calls us; nothing to probe beyond the server answering this request.
    health: async () => [{ name: "teams", ok: true, detail: mode }],
  };
};
