import { describe, expect, it } from "vitest";
import { renderAdaptiveCard } from "../../src/channels/teams/render-adaptive-card.js";
import {
  answer,
  type EngineResult,
  type Question,
  start,
} from "../../src/core/levels-of-need/engine.js";
import { renderResume, renderStep } from "../../src/core/levels-of-need/render-step.js";
import { areSharedBlocks, type Reply, replyToText } from "../../src/core/reply.js";
import { at, content, mash, T0 } from "./play.js";

const reply = (r: EngineResult): Reply => renderStep(content, mash, r)[0]!;

/** A check taken to the first domain question (5 to 11), started at `minute`. */
function toDomain(minute: number): EngineResult {
  let r = start(content, at(minute));
  r = answer(content, r.state, { kind: "choose", values: ["no"] }, at(minute + 1));
  return answer(content, r.state, { kind: "choose", values: ["5-11"] }, at(minute + 2));
}

/** The same reply as plain, unfrozen data: what rendering must give when nothing is shared. */
const unshared = (r: Reply): Reply => structuredClone(r);

describe("question blocks shared between conversations", () => {
  it("are the same frozen blocks for two checks at the same question; only the buttons' token differs", () => {
    const a = reply(toDomain(0));
    const b = reply(toDomain(100));
    expect(areSharedBlocks(a.blocks)).toBe(true);
    expect(a.blocks).toBe(b.blocks);
    expect(a.buttons?.[0]?.data?.t).not.toBe(b.buttons?.[0]?.data?.t);
    expect(() => (a.blocks as unknown[]).push({ kind: "text", text: "x" })).toThrow();
    expect(() => {
      (a.blocks[0] as { text: string }).text = "changed";
    }).toThrow();
  });

  it("render to exactly the text and card of the same reply unshared, in both tones", () => {
    const replies = [
      reply(start(content, T0)),
      reply(toDomain(0)),
      renderResume(content, toDomain(0).step as Question),
    ];
    for (const r of replies) {
      for (const tone of ["normal", "urgent"] as const) {
        const shared = { ...r, tone };
        // Twice: the second time comes from what was kept.
        for (let i = 0; i < 2; i++) {
          expect(replyToText(shared)).toBe(replyToText(unshared(shared)));
          expect(renderAdaptiveCard(shared)).toEqual(renderAdaptiveCard(unshared(shared)));
        }
      }
    }
  });

  it("are never kept with ticks in them, and a resume note or notice never leaks into another", () => {
    let r = toDomain(0);
    const fresh = reply(r).blocks;
    r = answer(
      content,
      r.state,
      { kind: "choose", values: ["checks-missed"], token: (r.step as { token: string }).token },
      at(3),
    );
    r = answer(content, r.state, { kind: "back" }, at(4));
    const ticked = reply(r);
    expect(areSharedBlocks(ticked.blocks)).toBe(false);
    expect(replyToText(ticked)).toContain("[x]");
    expect(replyToText(reply(toDomain(50)))).not.toContain("[x]");
    expect(reply(toDomain(50)).blocks).toBe(fresh);

    const resumed = renderResume(content, toDomain(0).step as Question);
    expect(resumed.blocks[0]).toEqual({ kind: "note", text: content.wording.notices.resume });
    expect(replyToText(reply(toDomain(60)))).not.toContain(content.wording.notices.resume);
    const stale = answer(
      content,
      toDomain(0).state,
      { kind: "choose", values: [], token: "x.1" },
      at(5),
    );
    expect(replyToText(reply(stale))).toContain(content.wording.notices.passed);
    expect(replyToText(reply(toDomain(70)))).not.toContain(content.wording.notices.passed);
  });
});
