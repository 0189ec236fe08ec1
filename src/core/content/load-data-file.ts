import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";

/**
 * The folder holding package.json, found by walking up from this module. The code runs from
 * src/ (tsx, tests) or from the bundle in dist/ (npm start), so a fixed "../.." would be wrong
 * for one of them.
 */
export function findPackageRoot(from: string = path.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/** The repository's knowledge/ folder, wherever the process was started from. */
export const KNOWLEDGE_DIR = path.join(findPackageRoot(), "knowledge");

export class ContentError extends Error {
  readonly code = "CONTENT_INVALID";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
    this.name = "ContentError";
  }
}

/** Formats zod issues as "field.path: message" so an editor knows which line to fix. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${i.path.length ? i.path.join(".") : "(file)"}: ${i.message}`);
}

/**
 * Reads a YAML (or JSON) content file and validates it. Content is edited by non-programmers, so
 * a mistake must name the file and the field rather than surface as a crash later.
 */
export function loadDataFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const relative = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    // A .json file is machine-written (a trained model): JSON's own parser reads it far quicker.
    const text = readFileSync(file, "utf8");
    raw = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    const format = file.endsWith(".json") ? "JSON" : "YAML";
    throw new ContentError(relative, [
      `cannot be read as ${format} (${(err as Error).message.split("\n")[0]})`,
    ]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ContentError(relative, describeIssues(parsed.error.issues));
  return parsed.data;
}
