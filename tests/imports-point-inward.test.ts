import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The import rule (ARCHITECTURE.md): each layer may import its own layer and the layers after it
 * in this list, never one before it. The core knows no channel, store or SDK of ours, so a new
 * channel is one new folder and a feature, and the core can be tested without any of them.
 */
const LAYERS: { name: string; owns: (file: string) => boolean }[] = [
  {
    name: "entry points (main, app, cli)",
    owns: (f) => /^src\/(main|run-service|app)\.ts$/.test(f) || f.startsWith("src/cli/"),
  },
  { name: "features", owns: (f) => f.startsWith("src/features/") },
  { name: "channels", owns: (f) => f.startsWith("src/channels/") },
  { name: "reminders", owns: (f) => f.startsWith("src/reminders/") },
  { name: "dialogs", owns: (f) => f.startsWith("dialogs/") },
  { name: "store", owns: (f) => f.startsWith("src/store/") },
  {
    name: "server and process plumbing (server, config, log, metrics)",
    owns: (f) => /^src\/(server|config|log|metrics|check-node-version)\.ts$/.test(f),
  },
  { name: "core", owns: (f) => f.startsWith("src/core/") },
];

/**
 * Imports that break the rule today, each with the issue that removes it. The test fails when one
 * of these is gone too, so the list only ever shrinks and never hides a new one.
 */
const NOT_YET: string[] = [];

function layerOf(file: string): number {
  const i = LAYERS.findIndex((l) => l.owns(file));
  if (i < 0) throw new Error(`${file} belongs to no layer: add it to LAYERS`);
  return i;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(path.join(ROOT, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.ts$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(rel);
  }
  return out;
}

/** Relative imports (static, dynamic, type-only and re-exports), as repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+"(\.[^"]+)"/g),
    ...text.matchAll(/import\(\s*"(\.[^"]+)"\s*\)/g),
  ].map((m) => m[1] ?? "");
  return specs.map((s) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, ".ts"),
  );
}

describe("imports point inward only", () => {
  const files = [...sourceFiles("src"), ...sourceFiles("dialogs")];

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("no module imports a layer outside its own", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file)) {
        if (target.endsWith(".json") || target === "package.ts") continue;
        const to = layerOf(target);
        if (to < from) wrong.push(`${file} -> ${target}`);
      }
    }
    const outward = wrong.filter((w) => !NOT_YET.includes(w));
    expect(outward, "modules importing an outer layer (see LAYERS)").toEqual([]);
    const mended = NOT_YET.filter((w) => !wrong.includes(w));
    expect(mended, "mended: take these out of NOT_YET").toEqual([]);
  });
});
