import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildTeamsPackage, PACKAGE_FILE, PackageError } from "./build-teams-package.js";
import { readStringOptions } from "./read-string-options.js";

/**
 * `npm run package:teams [-- --bot-id GUID] [--app-id GUID] [--out FILE]`: writes the Teams app
 * package (manifest/build/mk-safeguarding-assistant.zip) to upload in Teams or the admin centre.
 * The bot id comes from --bot-id or MicrosoftAppId (environment or .env); the version from
 * package.json.
 */

const USAGE = `Usage: npm run package:teams [-- --bot-id GUID] [--app-id GUID] [--out FILE]

  --bot-id   the bot's Microsoft App ID (default: MicrosoftAppId from the environment or .env)
  --app-id   the Teams app's own id (default: the bot id)
  --out      where to write the zip (default: ${path.relative(process.cwd(), PACKAGE_FILE)})`;

async function main(): Promise<number> {
  const args = readStringOptions(
    process.argv.slice(2),
    ["bot-id", "app-id", "out"] as const,
    USAGE,
  );
  if (typeof args === "string") {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  if (existsSync(".env")) process.loadEnvFile(".env");
  const botId = args["bot-id"] ?? process.env.MicrosoftAppId?.trim();
  if (!botId) {
    console.error(
      "The Teams package needs the bot's Microsoft App ID, and none is set.\n" +
        "Set MicrosoftAppId in .env (the Microsoft App ID of your Azure Bot registration), or run:\n" +
        "  npm run package:teams -- --bot-id 00000000-0000-0000-0000-000000000000",
    );
    return 1;
  }
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const out = path.resolve(args.out ?? PACKAGE_FILE);

  try {
    const built = await buildTeamsPackage({
      botId,
      appId: args["app-id"],
      version: pkg.version,
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, built.zip);
    console.log(
      `Wrote ${path.relative(process.cwd(), out)} (${built.zip.length} bytes): ${built.files.join(", ")}\n` +
        `  app "${(built.manifest.name as { short: string }).short}" version ${pkg.version}, bot ${botId}\n` +
        `Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin centre.`,
    );
    return 0;
  } catch (err) {
    if (err instanceof PackageError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Packaging failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
