import { describe, expect, it } from "vitest";
import type { FlowResult } from "../../dialogs/levels-of-need/flow.js";
import { renderStep } from "../../dialogs/levels-of-need/render.js";
import { renderMessage } from "../../src/channels/slack/render-blocks.js";
import { loadSlackMessages } from "../../src/channels/slack/slack-messages.js";
import { renderAdaptiveCard } from "../../src/channels/teams/render-adaptive-card.js";
import type { Reply } from "../../src/core/reply.js";
import { checkSlackMessage } from "../support/check-slack-limits.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";
import { content, mash, playThrough, Replay } from "./play.js";

const words = loadSlackMessages().render;

/**
 * Every card the check can send, for each age band and each level, is a valid Adaptive Card for
 * Teams and a Slack message within Block Kit's limits: a card Teams refuses, or a message Slack
 * rejects with invalid_blocks, would leave the practitioner with nothing.
 */
function everyReply(): [string, Reply][] {
  const out: [string, Reply][] = [];
  const add = (name: string, result: FlowResult) => {
    for (const reply of renderStep(content, mash, result)) out.push([name, reply]);
  };
  for (const age of content.ageBands.map((b) => b.id)) {
    const r = new Replay();
    add(`${age} start`, r.result);
    r.choose("no");
    add(`${age} age`, r.result);
    r.choose(age);
    while (r.result.step.kind === "question") {
      const q = r.result.step;
      add(`${age} ${q.id}`, r.result);
      // Tick everything below Level 4 (the longest cards), or pick the first answer.
      r.choose(...(q.multi ? q.options.map((o) => o.value).slice(0, 4) : [q.options[0]!.value]));
      if (r.result.step.kind === "question" && r.result.step.id === q.id) break;
    }
    add(`${age} outcome`, r.result);
    r.send({ kind: "back" });
    add(`${age} back with ticks`, r.result);
  }
  const l4 = playThrough({ age: "12-17", development: ["disclosure"], support: "none" });
  add("level 4", l4.result);
  const token = l4.result.step.kind === "outcome" ? l4.result.step.token : "";
  l4.send({ kind: "summary", token });
  add("summary", l4.result);
  l4.send({ kind: "back", token: "old.1" });
  add("finished", l4.result);
  const danger = new Replay();
  danger.choose("yes");
  add("danger", danger.result);
  return out;
}

describe("every Levels of Need card", () => {
  const replies = everyReply();

  it("covers the questions, outcomes, summary, short note and danger", () => {
    expect(replies.length).toBeGreaterThan(25);
  });

  it.each(replies)(
    "%s: a valid Adaptive Card and a Slack message within the limits",
    (_n, reply) => {
      expect(validateAdaptiveCard(renderAdaptiveCard(reply).content)).toEqual([]);
      expect(checkSlackMessage(renderMessage([reply], words))).toEqual([]);
    },
  );
});
