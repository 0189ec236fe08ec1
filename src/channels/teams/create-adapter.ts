import { createRequire } from "node:module";
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  StatusCodes,
  type TurnContext,
} from "botbuilder";
import type { Config } from "../../config.js";
import type { Messages } from "../../core/content/messages.js";
import type { Logger } from "../../log.js";

/**
 * CloudAdapter answers 401 only for botframework-connector's own AuthenticationError; a token
 * whose signature does not verify makes jsonwebtoken throw its JsonWebTokenError instead, which
 * CloudAdapter answers with 500. Taken from botbuilder's own copy of the connector, so it is the
 * very class CloudAdapter checks with instanceof.
 */
const { AuthenticationError } = createRequire(createRequire(import.meta.url).resolve("botbuilder"))(
  "botframework-connector",
) as { AuthenticationError: new (message: string, statusCode: number) => Error };

/** Any failure to authenticate a request is a refusal (401), never a server error (500). */
class RefusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string) {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      if (err instanceof AuthenticationError) throw err;
      throw new AuthenticationError(
        `Unauthorized: ${(err as Error)?.message ?? "the token could not be verified"}`,
        StatusCodes.UNAUTHORIZED,
      );
    }
  }
}

/**
 * CloudAdapter.process prints every error of a turn with console.error before answering, so
 * each refused request (a probe, an expired token) put an AuthenticationError stack on stderr,
 * outside the structured log. Refusals are answered here instead, as process() would answer
 * them (401 with the reason), with one warning in the log: no stack, no request content.
 */
/** A request's Authorization header, or the result of checking it (botbuilder takes either). */
type Authorization = Parameters<CloudAdapter["processActivityDirect"]>[0];

class TeamsAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly log: Logger,
  ) {
    super(auth);
  }

  protected override async processActivity(
    auth: Authorization,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    try {
      // (The overloads take a header or a result; the implementation takes either.)
      return await super.processActivity(auth as string, activity, logic);
    } catch (err) {
      if (!(err instanceof AuthenticationError)) throw err;
      // The reason can quote what the client sent (an issuer, a key id): the log keeps its start.
      this.log.warn(
        { event: "request_refused", reason: shorten(err.message) },
        "request refused: 401",
      );
      return { status: StatusCodes.UNAUTHORIZED, body: { error: "Unauthorized." } };
    }
  }
}

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
  const adapter = new TeamsAdapter(new RefusingAuthentication(options), log);

  // One place that handles errors: the log gets the code and detail, the person a kind message.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // botbuilder's messages can quote the activity's fields (ids, locale) word for word, so only
    // their start is logged; the stack (file paths) only when debugging.
    log.error(
      {
        event: "turn_error",
        code: shorten(String((error as { code?: unknown }).code ?? "UNEXPECTED")),
        // Not under "err": pino's error serializer would add the stack back.
        error: {
          name: shorten(error.name),
          message: shorten(error.message),
          ...(log.isLevelEnabled("debug") ? { stack: error.stack } : {}),
        },
        activityType: shorten(String(context.activity.type)),
      },
      "turn failed",
    );
    try {
      await context.sendActivity(messages.error);
    } catch (sendError) {
      log.warn(
        { event: "error_reply_failed", err: shorten((sendError as Error).message) },
        "could not send error reply",
      );
    }
  };
  return adapter;
}

/** The longest piece of an error message logged: enough to recognise it, too short to carry data. */
const LOGGED_MESSAGE_LENGTH = 60;

function shorten(text: string | undefined): string {
  const s = text ?? "";
  return s.length > LOGGED_MESSAGE_LENGTH ? `${s.slice(0, LOGGED_MESSAGE_LENGTH)}...` : s;
}
