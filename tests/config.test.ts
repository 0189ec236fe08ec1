import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../src/config.js";

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("readConfig", () => {
  it("runs with embedded defaults: local mode on loopback, Slack off", () => {
    const c = readConfig({});
    expect(c).toMatchObject({ port: 3978, host: "127.0.0.1", dataDir: "./data", localMode: true });
    expect(c.slack.mode).toBe("off");
    expect(c.logMessageText).toBe(false);
    expect(c.recordQuestionText).toBe(false);
  });

  it("honours PORT and DATA_DIR", () => {
    const c = readConfig({ PORT: "4123", DATA_DIR: "/var/lib/mk" });
    expect(c.port).toBe(4123);
    expect(c.dataDir).toBe("/var/lib/mk");
  });

  it("names every bad variable in one message", () => {
    const problems = problemsOf({ PORT: "eighty", LOG_LEVEL: "loud", REMINDER_TIME: "9am" });
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/PORT="eighty": must be a whole number/);
    expect(problems.join("\n")).toMatch(/LOG_LEVEL="loud": must be one of/);
    expect(problems.join("\n")).toMatch(/REMINDER_TIME="9am": must be a 24-hour time/);
    expect(() => readConfig({ PORT: "70000" })).toThrow(
      /PORT="70000": must be between 0 and 65535/,
    );
  });

  it("refuses to listen beyond loopback without Microsoft credentials", () => {
    expect(problemsOf({ HOST: "0.0.0.0" }).join()).toMatch(
      /HOST="0.0.0.0".*only listens on loopback/,
    );
    expect(readConfig({ HOST: "127.0.0.2" }).host).toBe("127.0.0.2");
  });

  it("needs a password with an app id, and a tenant for single-tenant bots", () => {
    expect(problemsOf({ MicrosoftAppId: "abc" }).join()).toMatch(
      /MicrosoftAppPassword: is required/,
    );
    expect(
      problemsOf({
        MicrosoftAppId: "abc",
        MicrosoftAppPassword: "p",
        MicrosoftAppType: "SingleTenant",
      }).join(),
    ).toMatch(/MicrosoftAppTenantId: is required/);
    // A managed identity has no password, but botbuilder needs its tenant: say so at start-up
    // rather than fail on the first request.
    expect(
      problemsOf({ MicrosoftAppId: "abc", MicrosoftAppType: "UserAssignedMSI" }).join(),
    ).toMatch(/MicrosoftAppTenantId: is required when MicrosoftAppType is UserAssignedMSI/);
    expect(
      problemsOf({
        MicrosoftAppId: "abc",
        MicrosoftAppType: "UserAssignedMSI",
        MicrosoftAppTenantId: "t",
      }),
    ).toEqual([]);
    const c = readConfig({ MicrosoftAppId: "abc", MicrosoftAppPassword: "p" });
    expect(c.localMode).toBe(false);
    expect(c.host).toBe("0.0.0.0");
  });

  it("turns Slack on for HTTP or Socket Mode and checks token shapes", () => {
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack.mode).toBe(
      "http",
    );
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack.mode).toBe(
      "socket",
    );
    expect(problemsOf({ SLACK_BOT_TOKEN: "abc", SLACK_SIGNING_SECRET: "s" }).join()).toMatch(
      /xoxb-/,
    );
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" }).join()).toMatch(
      /SLACK_SIGNING_SECRET: is required/,
    );
    expect(problemsOf({ SLACK_SIGNING_SECRET: "s" }).join()).toMatch(
      /SLACK_BOT_TOKEN: is required/,
    );
  });

  it("SLACK_API_URL: https anywhere, plain http only to this machine (the bot token goes with it)", () => {
    const slack = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" };
    expect(readConfig(slack).slack.apiUrl).toBeUndefined();
    expect(readConfig({ ...slack, SLACK_API_URL: "https://proxy.example/api" }).slack.apiUrl).toBe(
      "https://proxy.example/api/",
    );
    expect(readConfig({ ...slack, SLACK_API_URL: "http://127.0.0.1:9999/api/" }).slack.apiUrl).toBe(
      "http://127.0.0.1:9999/api/",
    );
    expect(problemsOf({ ...slack, SLACK_API_URL: "http://proxy.example/api/" }).join()).toMatch(
      /SLACK_API_URL="http:\/\/proxy.example\/api\/": must start with https:\/\//,
    );
    expect(problemsOf({ ...slack, SLACK_API_URL: "slack" }).join()).toMatch(
      /SLACK_API_URL="slack": must be a URL/,
    );
  });

  it("treats blank values as unset, as in a copied .env.example", () => {
    expect(readConfig({ PORT: "", MicrosoftAppId: "  ", LOG_MESSAGE_TEXT: "" }).localMode).toBe(
      true,
    );
    expect(readConfig({ LOG_MESSAGE_TEXT: "true" }).logMessageText).toBe(true);
  });

  it("reads on/off settings as true or false in any case, and refuses anything else readably", () => {
    for (const on of ["true", "TRUE", "True", " true "]) {
      expect(readConfig({ LOG_MESSAGE_TEXT: on }).logMessageText, on).toBe(true);
      expect(readConfig({ RECORD_QUESTION_TEXT: on }).recordQuestionText, on).toBe(true);
    }
    for (const off of ["false", "FALSE", "False"]) {
      expect(readConfig({ LOG_MESSAGE_TEXT: off }).logMessageText, off).toBe(false);
    }
    expect(readConfig({}).logMessageText).toBe(false);
    for (const wrong of ["yes", "1", "on", "no", "0", "off", "truthy"]) {
      expect(problemsOf({ LOG_MESSAGE_TEXT: wrong }), wrong).toEqual([
        `LOG_MESSAGE_TEXT=${JSON.stringify(wrong)}: must be true or false`,
      ]);
    }
  });
});
