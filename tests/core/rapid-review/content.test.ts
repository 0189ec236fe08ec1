import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../../src/core/content/load-data-file.js";
import { loadMilestoneContent } from "../../../src/core/rapid-review/milestone-content.js";
import { loadRegisterMessages } from "../../../src/core/rapid-review/register-messages.js";

describe("rapid review content", () => {
  it("the milestone wording and the register messages load and validate", () => {
    const content = loadMilestoneContent(
      path.join(KNOWLEDGE_DIR, "rapid-review", "milestones.yaml"),
    );
    expect(content.source).toMatch(/seed 003/);
    const messages = loadRegisterMessages(
      path.join(KNOWLEDGE_DIR, "rapid-review", "messages.yaml"),
    );
    expect(messages.reminders.before).toContain("{title}");
  });

  it("is written in our own words: no run of 12 words copied from the handbook", () => {
    const seeds = path.resolve(KNOWLEDGE_DIR, "../../shared/seeds");
    let seedFiles: string[] = [];
    try {
      seedFiles = readdirSync(seeds);
    } catch {
      return; // The seeds live beside the repository on the project machine only.
    }
    const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const seen = new Set<string>();
    for (const f of seedFiles) {
      const w = words(readFileSync(path.join(seeds, f), "utf8"));
      for (let i = 0; i + 12 <= w.length; i++) seen.add(w.slice(i, i + 12).join(" "));
    }
    const dir = path.join(KNOWLEDGE_DIR, "rapid-review");
    for (const f of readdirSync(dir)) {
      const w = words(readFileSync(path.join(dir, f), "utf8"));
      const copied: string[] = [];
      for (let i = 0; i + 12 <= w.length; i++) {
        const run = w.slice(i, i + 12).join(" ");
        if (seen.has(run)) copied.push(run);
      }
      expect(copied, f).toEqual([]);
    }
  });
});
