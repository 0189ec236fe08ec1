import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { ROOT } from "../support/main-process.js";

/**
 * .env.example is what an administrator copies: it must name every setting the assistant reads
 * (and nothing it does not), and work as it is, in local mode, once copied.
 */

const text = readFileSync(path.join(ROOT, ".env.example"), "utf8");

/** Every variable readConfig looks at, found by watching which names it asks the environment for. */
function settingsRead(): string[] {
  const asked = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get(_target, name) {
      if (typeof name === "string") asked.add(name);
      return undefined;
    },
  });
  readConfig(env);
  return [...asked].sort();
}

describe(".env.example", () => {
  it("lists every setting the assistant reads, and no other", () => {
    const lines = text.split("\n");
    // A setting is a KEY=value line, or a commented-out "# KEY=value" for one left at its default.
    const documented = lines
      .map((l) => /^(?:# )?([A-Za-z][A-Za-z0-9_]*)=/.exec(l)?.[1])
      .filter((k): k is string => k !== undefined);
    expect([...documented].sort()).toEqual(settingsRead());
    expect(new Set(documented).size).toBe(documented.length);
  });

  it("works as it is once copied: local mode, with nothing to fix", () => {
    const config = readConfig(parseEnv(text));
    expect(config.localMode).toBe(true);
    expect(config.host).toBe("127.0.0.1");
    expect(config.logMessageText).toBe(false);
    expect(config.recordQuestionText).toBe(false);
    expect(config.slack.mode).toBe("off");
  });

  it("registers new bots the way Azure still allows: single-tenant by default, with a tenant id", () => {
    const values = parseEnv(text);
    expect(values.MicrosoftAppType).toBe("SingleTenant");
    expect(text).toMatch(/multi-tenant bots cannot be created since 31 July 2025/);
    // Filling in the identity's three values is all it takes to leave local mode.
    const config = readConfig({
      ...values,
      MicrosoftAppId: "1f2e3d4c-5b6a-4789-8abc-def012345678",
      MicrosoftAppPassword: "secret",
      MicrosoftAppTenantId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    });
    expect(config.localMode).toBe(false);
    expect(config.microsoft.appType).toBe("SingleTenant");
    expect(config.host).toBe("0.0.0.0");
  });

  it("leaves DATA_DIR unset, so the container's and the service unit's own data folder apply", () => {
    expect(parseEnv(text).DATA_DIR).toBeUndefined();
    expect(text).toMatch(/^# DATA_DIR=\.\/data$/m);
  });
});
