import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import {
  buildTeamsPackage,
  fillManifest,
  MANIFEST_DIR,
  PackageError,
  validateManifest,
} from "../../src/cli/build-teams-package.js";
import { drawColorIcon, drawOutlineIcon } from "../../src/cli/draw-teams-icons.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BOT_ID = "1f2e3d4c-5b6a-4789-8abc-def012345678";
const VERSION = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const template = readFileSync(path.join(MANIFEST_DIR, "manifest.json"), "utf8");
const filled = () =>
  JSON.parse(fillManifest(template, { BOT_ID, TEAMS_APP_ID: BOT_ID, VERSION: "1.2.3" }));

/** Reads width and height straight from the PNG's IHDR chunk. */
function pngHeader(bytes: Uint8Array) {
  const b = Buffer.from(bytes);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(b.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("the Teams manifest", () => {
  it("uses a current schema and has the fields Teams requires", () => {
    const m = filled();
    expect(m.manifestVersion).toMatch(/^1\.2\d$/);
    expect(m.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(m.id).toBe(BOT_ID);
    expect(m.version).toBe("1.2.3");
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect(m.name.full).toMatch(/Milton Keynes safeguarding assistant/);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.description.full).toMatch(/never replaces/);
    expect(m.description.full).toMatch(/999/);
    expect(m.developer.name).toMatch(/^MK Together/);
    for (const url of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
      expect(m.developer[url]).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    }
    expect(m.icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(m.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(m.validDomains).toEqual([]);
  });

  it("declares the bot in personal, team and group chat scopes, installed personally by default", () => {
    const m = filled();
    const [bot, ...others] = m.bots;
    expect(others).toHaveLength(0);
    expect(bot.botId).toBe(BOT_ID);
    // MASH contacts and questions work in every scope; the add button offers a personal chat first.
    expect(bot.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(m.defaultInstallScope).toBe("personal");
  });

  it("offers the Levels of Need check only in a personal chat, so answers about a child stay private", () => {
    const { commandLists } = filled().bots[0] as {
      commandLists: { scopes: string[]; commands: { title: string }[] }[];
    };
    const titlesIn = (scope: string) =>
      commandLists
        .filter((l) => l.scopes.includes(scope))
        .flatMap((l) => l.commands.map((c) => c.title.toLowerCase()));
    // One command list per scope, so no scope can pick up another's commands.
    for (const scope of ["personal", "team", "groupChat"]) {
      expect(commandLists.filter((l) => l.scopes.includes(scope))).toHaveLength(1);
    }
    expect(titlesIn("personal")).toEqual([
      "help",
      "mash contacts",
      "check levels of need",
      "ask a question",
    ]);
    for (const shared of ["team", "groupChat"]) {
      expect(titlesIn(shared)).toEqual(["help", "mash contacts", "ask a question"]);
    }
    expect(filled().description.full).toMatch(
      /Levels of Need check runs only in your personal chat/,
    );
  });

  it("asks for no permission to read channel or chat messages that do not mention it", () => {
    // Without resource-specific consent a bot in a channel or group chat receives only the
    // messages that @mention it: practitioners' other conversations never reach the assistant.
    const m = filled();
    expect(m.authorization).toBeUndefined();
    expect(m.webApplicationInfo).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/ChannelMessage|ChatMessage|\.Read\.(Group|Chat)/);
  });

  it("passes the official Teams schema once filled in, offline", async () => {
    expect(await validateManifest(filled())).toEqual([]);
  });

  it("fails the schema when something is wrong, naming the field", async () => {
    const broken = filled();
    broken.developer.name = "MK Together (Milton Keynes Safeguarding Partnership)";
    delete broken.accentColor;
    broken.bots[0].botId = "not-a-guid";
    broken.defaultInstallScope = "everyone";
    const problems = (await validateManifest(broken)).join("\n");
    expect(problems).toMatch(/\/developer\/name .*32/);
    expect(problems).toMatch(/accentColor/);
    expect(problems).toMatch(/\/bots\/0\/botId/);
    expect(problems).toMatch(/defaultInstallScope/);
  });

  it("refuses a placeholder with no value", () => {
    expect(() => fillManifest(template, { BOT_ID })).toThrow(/TEAMS_APP_ID, VERSION|VERSION/);
  });
});

describe("the icons", () => {
  const color = readFileSync(path.join(MANIFEST_DIR, "color.png"));
  const outline = readFileSync(path.join(MANIFEST_DIR, "outline.png"));

  it("are 192x192 (colour) and 32x32 (outline) PNGs", () => {
    expect(pngHeader(color)).toEqual({ width: 192, height: 192 });
    expect(pngHeader(outline)).toEqual({ width: 32, height: 32 });
  });

  it("has an outline icon that is only white on transparent, as Teams requires", () => {
    const png = PNG.sync.read(outline);
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3]!;
      if (alpha === 0) continue;
      expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque++;
    }
    expect(opaque).toBeGreaterThan(50);
    expect(png.data[3]).toBe(0); // the corner is transparent
  });

  it("has a full-colour icon with an opaque background", () => {
    const png = PNG.sync.read(color);
    for (const i of [0, (192 * 192 - 1) * 4]) expect(png.data[i + 3]).toBe(255);
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.subarray(i, i + 3).join());
    expect(colours.size).toBeGreaterThan(3);
  });

  it("are what npm run make:icons draws (re-run it after changing the drawing)", () => {
    expect(PNG.sync.read(drawColorIcon()).data.equals(PNG.sync.read(color).data)).toBe(true);
    expect(PNG.sync.read(drawOutlineIcon()).data.equals(PNG.sync.read(outline).data)).toBe(true);
  });
});

describe("the Teams app package", () => {
  it("zips exactly manifest.json and the two icons at its root, with the bot id filled in", async () => {
    const built = await buildTeamsPackage({ botId: BOT_ID, version: VERSION });
    const files = unzipSync(built.zip);
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.version).toBe(VERSION);
    expect(strFromU8(files["manifest.json"]!)).not.toContain("{{");
    expect(pngHeader(files["color.png"]!)).toEqual({ width: 192, height: 192 });
    expect(pngHeader(files["outline.png"]!)).toEqual({ width: 32, height: 32 });
  });

  it("refuses a bot id that is not a GUID, a non-numeric version, and a wrong-sized icon", async () => {
    await expect(buildTeamsPackage({ botId: "my-bot", version: VERSION })).rejects.toThrow(
      /not a Microsoft App ID/,
    );
    await expect(buildTeamsPackage({ botId: BOT_ID, version: "1.0.0-beta" })).rejects.toThrow(
      /MAJOR\.MINOR\.PATCH/,
    );
    const dir = mkdtempSync(path.join(tmpdir(), "mk-manifest-"));
    try {
      cpSync(MANIFEST_DIR, dir, { recursive: true });
      writeFileSync(path.join(dir, "outline.png"), drawColorIcon());
      const error = await buildTeamsPackage({ botId: BOT_ID, version: VERSION, manifestDir: dir })
        .then(() => undefined)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PackageError);
      expect((error as Error).message).toMatch(
        /outline\.png must be a 32x32 PNG \(it is 192x192\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("npm run package:teams writes the zip, or says kindly that the bot id is missing", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "mk-package-")), "app.zip");
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/package-teams.ts", ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", ...env },
        encoding: "utf8",
      });

    const missing = run(["--out", out], { MicrosoftAppId: "" });
    // A developer's own .env may set MicrosoftAppId; the refusal is only checkable without one.
    if (!existsSync(path.join(ROOT, ".env"))) {
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/needs the bot's Microsoft App ID/);
      expect(missing.stderr).toMatch(/--bot-id/);
      expect(existsSync(out)).toBe(false);
    }

    const ok = run(["--bot-id", BOT_ID, "--out", out]);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/manifest\.json, color\.png, outline\.png/);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(JSON.parse(strFromU8(files["manifest.json"]!)).bots[0].botId).toBe(BOT_ID);
  });
});
