import { readFileSync } from "node:fs";
import path from "node:path";
import nock from "nock";
import { beforeAll } from "vitest";

/**
 * Vitest setup file. Test files share their worker's modules (isolate: false: importing the
 * assistant once per worker rather than once per file is most of what makes the suite quick).
 * nock patches Node's HTTP and fetch when first imported, and stays so; so each file starts with
 * nock as it would in a process of its own: intercepting, with no mocks left and net connect
 * allowed, when the file (or a helper it imports) imports nock; not intercepting at all
 * otherwise (a real fetch to a loopback Slack stand-in fails while nock intercepts).
 */
const usesNock = new Map<string, boolean>();

function importsNock(file: string, seen = new Set<string>()): boolean {
  const known = usesNock.get(file);
  if (known !== undefined) return known;
  if (seen.has(file)) return false;
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  const relative = [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) =>
    path.resolve(path.dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts")),
  );
  const direct = /from\s+"nock"/.test(text);
  const viaHelper = relative.some(
    (f) => f.includes(`${path.sep}tests${path.sep}`) && importsNock(f, seen),
  );
  const result = direct || viaHelper;
  usesNock.set(file, result);
  return result;
}

// biome-ignore lint/correctness/noEmptyPattern: vitest reads the first argument as the fixtures the hook uses (none); the file comes second.
beforeAll(({}, suite) => {
  nock.cleanAll();
  nock.enableNetConnect();
  const wanted = importsNock((suite as { file: { filepath: string } }).file.filepath);
  if (wanted && !nock.isActive()) nock.activate();
  if (!wanted && nock.isActive()) nock.restore();
});
