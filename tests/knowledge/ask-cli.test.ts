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

describe("npm run ask", () => {
  it("--json prints exactly one JSON line with the agreed fields, plain text answer", () => {
    const out = ask("--json", "how do I make a referral?");
    const lines = out.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(Object.keys(answer)).toEqual([
      "answered",
      "answer",
      "title",
      "id",
      "source",
      "reviewed",
      "score",
      "alternatives",
    ]);
    expect(answer.answered).toBe(true);
    expect(answer.id).toBe("making-a-referral");
    expect(answer.answer).toContain("MARF");
    expect(answer.answer).not.toMatch(/\*\*|\]\(|^#/m);
    expect(answer.source).toMatch(/seed/);
    expect(answer.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof answer.score).toBe("number");
    for (const alt of answer.alternatives) expect(Object.keys(alt)).toEqual(["id", "title"]);
  });

  it("--json for an out-of-scope question: answered false, empty strings, a score", () => {
    const answer = JSON.parse(ask("--json", "how do i reset my password").trim());
    expect(answer).toMatchObject({
      answered: false,
      answer: "",
      title: "",
      id: "",
      source: "",
      reviewed: "",
    });
    expect(typeof answer.score).toBe("number");
  });

  it("prints a readable answer without --json", () => {
    const out = ask("what does LADO mean");
    expect(out).toContain("LADO stands for Local Authority Designated Officer.");
    expect(out).toMatch(/Source: Glossary/);
  });
});
