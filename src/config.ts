import { z } from "zod";

/**
 * Configuration is read by one pure function so that tests (and our own checks) can pass any
 * environment in, and so that every problem is reported at once rather than one per restart.
 */

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * An on/off setting: true or false, in any case, and nothing else. "yes" or "1" are refused
 * rather than guessed at: LOG_MESSAGE_TEXT=yes once turned on message-text logging unnoticed.
 */
const booleanFlag = z
  .string()
  .optional()
  .refine((v) => v === undefined || /^(true|false)$/i.test(v.trim()), {
    message: "must be true or false",
  })
  .transform((v) => v?.trim().toLowerCase() === "true");

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time such as 09:00")
  .default("09:00");

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(3978),
  HOST: optionalText,
  DATA_DIR: z.string().trim().min(1, "must not be empty").default("./data"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\//,
      "must be a PostgreSQL URL such as postgres://user:password@host:5432/db",
    )
    .optional(),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` })
    .default("info"),
  LOG_MESSAGE_TEXT: booleanFlag,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], {
      message: "must be MultiTenant, SingleTenant or UserAssignedMSI",
    })
    .default("MultiTenant"),
  MicrosoftAppTenantId: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PANEL_CHANNEL: optionalText,
  SLACK_API_URL: optionalText,
  REMINDER_TIME: timeOfDay,
  RECORD_QUESTION_TEXT: booleanFlag,
});

export type Env = Record<string, string | undefined>;

export interface Config {
  port: number;
  /** Interface to bind. Without Microsoft credentials this is always loopback. */
  host: string;
  dataDir: string;
  /** With it, everything kept is in PostgreSQL and any number of instances can run. */
  databaseUrl?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Operators may turn on message text in logs for debugging; off by default for privacy. */
  logMessageText: boolean;
  microsoft: {
    appId?: string;
    appPassword?: string;
    appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    tenantId?: string;
  };
  /** Local mode: no Microsoft app id, anonymous Bot Framework requests accepted on loopback. */
  localMode: boolean;
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    panelChannel?: string;
    /** Base URL of Slack's Web API, ending in "/"; undefined = the SDK's https://slack.com/api/. */
    apiUrl?: string;
    /** HTTP (Events API at /slack/events), Socket Mode, or off. */
    mode: "http" | "socket" | "off";
  };
  reminderTime: string;
  recordQuestionText: boolean;
}

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
  constructor(readonly problems: string[]) {
    super(
      `The assistant cannot start because its configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join("\n")}\nFix these in the environment or .env (see .env.example) and start again.`,
    );
    this.name = "ConfigError";
  }
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * Only literal loopback addresses count: a name such as "127.example.org" starts like one but
 * can resolve to any interface, which would expose the unauthenticated local mode.
 */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Reads and checks the environment. Throws ConfigError naming every variable that is wrong. */
export function readConfig(env: Env): Config {
  // Treat empty strings as unset so that a copied .env.example with blanks still works.
  const cleaned: Env = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== "") cleaned[key] = value;
  }
  // Each variable is parsed on its own so that one bad value does not hide the others, and the
  // checks across variables below still run on everything that did parse.
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(cleaned[name]);
    if (result.success) values[name] = result.data;
    else {
      for (const issue of result.error.issues) {
        // A database URL may hold a password: never repeat it in an error.
        const shown = name === "DATABASE_URL" ? "(hidden)" : JSON.stringify(cleaned[name] ?? "");
        problems.push(`${name}=${shown}: ${issue.message}`);
      }
    }
  }
  const e = values as Partial<z.output<typeof envSchema>>;
  const localMode = e.MicrosoftAppId === undefined;

  if (e.MicrosoftAppId && e.MicrosoftAppType !== "UserAssignedMSI" && !e.MicrosoftAppPassword) {
    problems.push("MicrosoftAppPassword: is required when MicrosoftAppId is set");
  }
  if (
    e.MicrosoftAppId &&
    (e.MicrosoftAppType === "SingleTenant" || e.MicrosoftAppType === "UserAssignedMSI") &&
    !e.MicrosoftAppTenantId
  ) {
    problems.push(
      `MicrosoftAppTenantId: is required when MicrosoftAppType is ${e.MicrosoftAppType} (the Directory (tenant) ID of the Azure Bot's app registration or managed identity)`,
    );
  }
  const host = e.HOST ?? (localMode ? "127.0.0.1" : "0.0.0.0");
  if (localMode && !isLoopback(host)) {
    problems.push(
      `HOST=${JSON.stringify(host)}: without MicrosoftAppId the assistant accepts unauthenticated requests, so it only listens on loopback (127.0.0.1); set MicrosoftAppId and MicrosoftAppPassword to listen on ${host}`,
    );
  }

  const slackHttp = Boolean(e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET);
  const slackSocket = Boolean(e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN);
  if (e.SLACK_BOT_TOKEN && !e.SLACK_BOT_TOKEN.startsWith("xoxb-")) {
    problems.push("SLACK_BOT_TOKEN: must be a bot token starting with xoxb-");
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith("xapp-")) {
    problems.push("SLACK_APP_TOKEN: must be an app-level token starting with xapp-");
  }
  if (e.SLACK_BOT_TOKEN && !slackHttp && !slackSocket) {
    problems.push(
      "SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  if ((e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) && !e.SLACK_BOT_TOKEN) {
    problems.push("SLACK_BOT_TOKEN: is required when other Slack variables are set");
  }
  const apiUrl = e.SLACK_API_URL ? readApiUrl(e.SLACK_API_URL, problems) : undefined;
  if (problems.length > 0) throw new ConfigError(problems);
  const ok = envSchema.parse(cleaned);

  return {
    port: ok.PORT,
    host,
    dataDir: ok.DATA_DIR,
    databaseUrl: ok.DATABASE_URL,
    logLevel: ok.LOG_LEVEL,
    logMessageText: ok.LOG_MESSAGE_TEXT,
    microsoft: {
      appId: ok.MicrosoftAppId,
      appPassword: ok.MicrosoftAppPassword,
      appType: ok.MicrosoftAppType,
      tenantId: ok.MicrosoftAppTenantId,
    },
    localMode,
    slack: {
      botToken: ok.SLACK_BOT_TOKEN,
      signingSecret: ok.SLACK_SIGNING_SECRET,
      appToken: ok.SLACK_APP_TOKEN,
      panelChannel: ok.SLACK_PANEL_CHANNEL,
      apiUrl,
      mode: slackSocket ? "socket" : slackHttp ? "http" : "off",
    },
    reminderTime: ok.REMINDER_TIME,
    recordQuestionText: ok.RECORD_QUESTION_TEXT,
  };
}

/**
 * SLACK_API_URL: where the Web API calls go (a proxy, or a local stand-in in tests). The bot token
 * travels with every call, so plain http is only accepted to this machine.
 */
function readApiUrl(value: string, problems: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(
      `SLACK_API_URL=${JSON.stringify(value)}: must be a URL such as https://slack.com/api/`,
    );
    return undefined;
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(host))) {
    problems.push(
      `SLACK_API_URL=${JSON.stringify(value)}: must start with https:// (plain http only to this machine, since the bot token is sent with every call)`,
    );
    return undefined;
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
