import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import type { Config } from "../../config.js";
import type { Messages } from "../../core/content/messages.js";
import type { Logger } from "../../log.js";

/**
 * The Bot Framework adapter. With no Microsoft app id it accepts anonymous requests (local mode),
 * which config only allows on loopback; with one, every request must carry a valid token.
 */
export function createTeamsAdapter(config: Config, messages: Messages, log: Logger): CloudAdapter {
  const m = config.microsoft;
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: m.appId ?? "",
    MicrosoftAppPassword: m.appPassword ?? "",
    MicrosoftAppType: m.appType,
    MicrosoftAppTenantId: m.tenantId ?? "",
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));

  // One place that handles errors: the log gets the code and detail, the person a kind message.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(
      {
        event: "turn_error",
        code: (error as { code?: string }).code ?? "UNEXPECTED",
        err: { name: error.name, message: error.message, stack: error.stack },
        activityType: context.activity.type,
      },
      "turn failed",
    );
    try {
      await context.sendActivity(messages.error);
    } catch (sendError) {
      log.warn(
        { event: "error_reply_failed", err: (sendError as Error).message },
        "could not send error reply",
      );
    }
  };
  return adapter;
}
