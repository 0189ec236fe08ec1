import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { renderStep } from "../../dialogs/levels-of-need/render.js";
import { replyToText } from "../../src/core/reply.js";
import { content, mash, playThrough, Replay } from "./play.js";

const vignette = z.strictObject({
  id: z.string(),
  case: z.string().min(20),
  danger: z.enum(["yes", "no"]),
  age: z.string().optional(),
  development: z.array(z.string()).optional(),
  parenting: z.array(z.string()).optional(),
  family: z.array(z.string()).optional(),
  support: z.string().optional(),
  level: z.number().int().min(1).max(4),
});

const file = fileURLToPath(new URL("./vignettes.yaml", import.meta.url));
const { vignettes } = z
  .object({ vignettes: z.array(vignette).min(12) })
  .parse(parse(readFileSync(file, "utf8")));

describe("vignettes land on the level a threshold document would give", () => {
  it("covers every level at least twice, and the danger gate", () => {
    for (const level of [1, 2, 3, 4])
      expect(
        vignettes.filter((v) => v.level === level && v.danger === "no").length,
      ).toBeGreaterThanOrEqual(2);
    expect(vignettes.filter((v) => v.danger === "yes").length).toBeGreaterThanOrEqual(2);
    expect(new Set(vignettes.map((v) => v.age).filter(Boolean)).size).toBe(3);
  });

  for (const v of vignettes) {
    it(`${v.id}: Level ${v.level}${v.danger === "yes" ? " (immediate danger)" : ""}`, () => {
      if (v.danger === "yes") {
        const r = new Replay();
        r.choose("yes");
        expect(r.result.step).toEqual({ kind: "ended", reason: "danger" });
        const text = renderStep(content, mash, r.result).map(replyToText).join("\n");
        expect(text).toMatch(/999/);
        return;
      }
      const r = playThrough({
        age: v.age ?? "",
        development: v.development,
        parenting: v.parenting,
        family: v.family,
        support: v.support ?? "",
      });
      // Every answer was accepted: no "couldn't match" on the way.
      expect(r.result.notice, "an answer in the vignette was not accepted").toBeUndefined();
      expect(r.result.step.kind).toBe("outcome");
      if (r.result.step.kind === "outcome") expect(r.result.step.level.number).toBe(v.level);
    });
  }
});
