import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const ask = (...args: string[]) =>
  execFileSync(process.execPath, [TSX, "src/cli/ask.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "info" },
  });

const FIELDS = [
  "kind",
  "answered",
  "title",
  "answer",
  "source",
  "reviewed",
  "alternatives",
  "id",
  "score",
  "via",
];

describe("npm run ask", () => {
  it("--json prints exactly one JSON line with the agreed fields, plain text answer", () => {
    const out = ask("--json", "how do I make a referral?");
    const lines = out.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer)).toEqual(FIELDS);
    expect(answer.kind).toBe("answer");
    expect(answer.answered).toBe(true);
    expect(answer.id).toBe("making-a-referral");
    expect(answer.answer).toContain("MARF");
    expect(answer.answer).not.toMatch(/\*\*|\]\(|^#/m);
    // Sources name documents, never our seed numbers or files.
    expect(answer.source).toMatch(/Policy & Procedures/);
    expect(answer.source).not.toMatch(/seed|\.ya?ml|\.md/);
    expect(answer.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const alt of answer.alternatives) expect(Object.keys(alt)).toEqual(["id", "title"]);
  });

  it("--json - answers each line of standard input in order: danger first, out of scope declined", () => {
    const out = execFileSync(process.execPath, [TSX, "src/cli/ask.ts", "--json", "-"], {
      cwd: ROOT,
      encoding: "utf8",
      input: [
        "what does LADO mean",
        "a pupil has been threatened with a knife and the person is waiting outside school now",
        "who is my line manager",
        "the printer is jammed",
        "who works in the mash",
        "how do i reset my password",
      ].join("\n"),
    });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual([
      "answer",
      "danger",
      "none",
      "none",
      "answer",
      "none",
    ]);
    expect(lines.map((l) => l.answered)).toEqual([true, false, false, false, true, false]);
    // An out-of-scope question names no article and no source.
    expect(lines[5]).toMatchObject({ title: "", id: "", source: "" });
    expect(lines[1].answer).toMatch(/999/);
    expect(lines[1].answer).toContain("01908 265545");
    for (const l of lines) expect(Object.keys(l)).toEqual(FIELDS);
  });

  it("prints a readable answer without --json", () => {
    const out = ask("what does LADO mean");
    expect(out).toContain("LADO stands for Local Authority Designated Officer.");
    expect(out).toMatch(/Source: Glossary/);
  });
});
