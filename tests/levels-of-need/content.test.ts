import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { answer, start } from "../../dialogs/levels-of-need/flow.js";
import { ContentError } from "../../src/core/content/load-data-file.js";
import { LEVELS_FILE, loadLevelsContent } from "../../src/core/levels-of-need/content.js";
import { T0 } from "./play.js";

const raw = () => parse(readFileSync(LEVELS_FILE, "utf8"));

// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed YAML freely, as an editor would.
function loadEdited(edit: (doc: Record<string, any>) => void) {
  const doc = raw();
  edit(doc);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "levels-")), "levels-of-need.yaml");
  writeFileSync(file, stringify(doc));
  return () => loadLevelsContent(file);
}

describe("the Levels of Need content file", () => {
  it("loads, is marked as still to be checked against the MK document, and has three domains", () => {
    const c = loadLevelsContent();
    expect(c.checked).toBe(false);
    expect(c.checkNote).toMatch(/Milton Keynes Levels of Need document/);
    expect(c.domains.map((d) => d.id)).toEqual(["development", "parenting", "family"]);
    expect(c.levels.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    for (const d of c.domains)
      for (const n of [2, 3, 4])
        expect(
          d.indicators.some((i) => i.level === n),
          `${d.id} L${n}`,
        ).toBe(true);
  });

  it("a next step naming an answer that does not exist stops the start, with the field named", () => {
    const load = loadEdited((d) => {
      d.levels[1].next[0].when = { context: ["nobody"] };
    });
    expect(load).toThrow(/levels\.1\.next\.0\.when\.context: unknown context answer "nobody"/);
    expect(loadEdited((d) => (d.rules[0].when = { level: [4] }))).toThrow(
      /a rule cannot ask for the level/,
    );
  });

  it("names documents as its source, never a file", () => {
    const c = loadLevelsContent();
    expect(c.source).not.toMatch(/\.(md|yaml|ts)\b|\/|seed/i);
  });

  it("its welcome asks people not to type names", () => {
    expect(loadLevelsContent().wording.welcome).toMatch(/don't type names/);
  });

  it("names the file and the field when a rule refers to something that does not exist", () => {
    const load = loadEdited((d) => {
      d.rules[2].when.all[1].support = ["nobody"];
    });
    expect(load).toThrow(ContentError);
    expect(load).toThrow(
      /levels-of-need\.yaml: rules\.2\.when\.all\.1\.support: unknown support answer "nobody"/,
    );
  });

  it("refuses rules with no catch-all at the end, unknown keys, and duplicate ids", () => {
    expect(loadEdited((d) => d.rules.pop())).toThrow(/last rule must be `when: \{always: true\}`/);
    expect(loadEdited((d) => (d.rules[0].when = { indicator: { level: 4 } }))).toThrow(
      /rules\.0\.when/,
    );
    expect(
      loadEdited((d) => (d.domains[1].indicators[0].id = d.domains[0].indicators[0].id)),
    ).toThrow(/statement id "checks-missed" is used twice/);
    expect(loadEdited((d) => (d.danger[0].id = true))).toThrow(/danger/);
  });

  it("the rules are data: editing one in the file changes the suggested level, no code involved", () => {
    const edited = loadEdited((d) => {
      // The partnership decides a single Level 2 statement is not enough for Level 2.
      const i = d.rules.findIndex(
        (r: { level: number; when: { indicators?: { level?: number } } }) =>
          r.level === 2 && r.when.indicators?.level === 2,
      );
      d.rules[i].when.indicators.atLeast = 2;
    })();
    const play = (c: typeof edited) => {
      let r = start(c, T0);
      for (const values of [["no"], ["5-11"], ["attendance"], [], [], [], ["none"]]) {
        const token = r.step.kind === "question" ? r.step.token : undefined;
        r = answer(c, structuredClone(r.state), { kind: "choose", values, token }, T0);
      }
      return r.step.kind === "outcome" ? r.step.level.number : undefined;
    };
    expect(play(loadLevelsContent())).toBe(2);
    expect(play(edited)).toBe(1);
  });
});
