import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ActivityHandler } from "botbuilder";
import { createTeamsAdapter } from "../../channels/teams/create-adapter.js";
import { mountTeamsRoute } from "../../channels/teams/mount-teams-route.js";
import { readConfig } from "../../config.js";
import { loadMessages } from "../../core/content/messages.js";
import { createLogger } from "../../log.js";
import { createHttpApp, listen } from "../../server.js";

/** The simplest botbuilder bot there is: it says back what it was sent. */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text?.trim();
      await context.sendActivity(text ? `You said: ${text}` : "You pressed a button.");
      await next();
    });
  }
}

/**
 * The echo bot on exactly the assistant's server setup (our express app with its body parsing
 * and limits, our CloudAdapter configuration in local mode), so that the benchmark's comparison
 * measures what the assistant does in a turn, not a different HTTP stack.
 */
export async function startEchoBot(): Promise<{
  url: string;
  server: Server;
  close(): Promise<void>;
}> {
  const config = readConfig({ PORT: "0", LOG_LEVEL: "silent" });
  const log = createLogger(config);
  const adapter = createTeamsAdapter(config, loadMessages(), log);
  const bot = new EchoBot();
  const app = createHttpApp({
    log,
    health: async () => ({ status: "ok", version: "echo", checks: [], uptimeSeconds: 0, rssMb: 0 }),
    mount: (a) => mountTeamsRoute(a, adapter, bot),
  });
  const server = await listen(app, 0, config.host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
