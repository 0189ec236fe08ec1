import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { strToU8, zipSync } from "fflate";

/**
 * Builds the Teams app package: manifest.json with the bot id and version filled in, and the two
 * icons, zipped at the root as Teams requires. The manifest is checked against the official
 * schema bundled with @microsoft/app-manifest (offline: no schema is fetched) before anything is
 * written, so a broken package never reaches an administrator.
 */

export const MANIFEST_DIR = fileURLToPath(new URL("../../manifest/", import.meta.url));
export const PACKAGE_FILE = path.join(MANIFEST_DIR, "build", "mk-safeguarding-assistant.zip");

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const ICON_SIZES = { "color.png": 192, "outline.png": 32 } as const;

/** Something about the inputs that stops packaging; the message says what to do. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface PackageInput {
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  botId: string;
  /** The Teams app's own id; Teams accepts the bot id here, which is the usual choice. */
  appId?: string;
  /** The app version, from package.json. */
  version: string;
  manifestDir?: string;
}

export interface TeamsPackage {
  zip: Uint8Array;
  manifest: Record<string, unknown>;
  files: string[];
}

/** Replaces every {{NAME}} in the manifest template; an unknown or unfilled one is an error. */
export function fillManifest(template: string, values: Record<string, string>): string {
  const missing = new Set<string>();
  const filled = template.replace(/\{\{\s*([A-Z_]+)\s*\}\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return "";
    }
    // Values go inside JSON strings: keep them valid JSON whatever they hold.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new PackageError(
      `The manifest has placeholders with no value: ${[...missing].join(", ")}`,
    );
  }
  return filled;
}

/** Errors from the official schema for the manifest's own manifestVersion, read from disk. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== "string" || !/^1\.\d+$/.test(version)) {
    return [`manifestVersion must be a string like "1.25", not ${JSON.stringify(version)}`];
  }
  let schemaFile: string;
  try {
    schemaFile = createRequire(import.meta.url).resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  } catch {
    return [`No bundled schema for manifestVersion ${version} in @microsoft/app-manifest`];
  }
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  // Passing the schema in keeps validation offline: without it the library may fetch one.
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as Parameters<Validate>[0],
    schema as Parameters<Validate>[1],
  );
}

/** Width and height from a PNG's IHDR chunk, or undefined if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export async function buildTeamsPackage(input: PackageInput): Promise<TeamsPackage> {
  const dir = input.manifestDir ?? MANIFEST_DIR;
  const botId = input.botId.trim();
  const appId = (input.appId ?? botId).trim();
  if (!GUID.test(botId)) {
    throw new PackageError(
      `The bot id ${JSON.stringify(botId)} is not a Microsoft App ID. It should look like ` +
        `00000000-0000-0000-0000-000000000000 (see your Azure Bot's Configuration page).`,
    );
  }
  if (!GUID.test(appId)) {
    throw new PackageError(`The Teams app id ${JSON.stringify(appId)} must be a GUID.`);
  }
  // Teams accepts only MAJOR.MINOR.PATCH numbers for an app's version.
  if (!/^\d+\.\d+\.\d+$/.test(input.version)) {
    throw new PackageError(
      `package.json's version ${JSON.stringify(input.version)} must be plain MAJOR.MINOR.PATCH for Teams.`,
    );
  }

  const template = readFileSync(path.join(dir, "manifest.json"), "utf8");
  const text = fillManifest(template, {
    BOT_ID: botId,
    TEAMS_APP_ID: appId,
    VERSION: input.version,
  });
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const problems = await validateManifest(manifest);
  if (problems.length > 0) {
    throw new PackageError(
      `manifest/manifest.json does not pass the Teams schema:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }

  const icons: Record<string, Uint8Array> = {};
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
    const found = pngSize(bytes);
    if (!found || found.width !== size || found.height !== size) {
      throw new PackageError(
        `manifest/${name} must be a ${size}x${size} PNG` +
          `${found ? ` (it is ${found.width}x${found.height})` : ""}. Re-draw it with: npm run make:icons`,
      );
    }
    icons[name] = bytes;
  }

  const zip = zipSync({
    "manifest.json": strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    ...icons,
  });
  return { zip, manifest, files: ["manifest.json", ...Object.keys(icons)] };
}
