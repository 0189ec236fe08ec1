import { describe, expect, it } from "vitest";
import { createLevelsOfNeedSkill, LEVELS_SKILL } from "../../dialogs/levels-of-need/skill.js";
import { Assistant } from "../../src/core/assistant/assistant.js";
import { newSession, type Skill } from "../../src/core/assistant/turn.js";
import { loadMessages } from "../../src/core/content/messages.js";
import { at, content, mash } from "../levels-of-need/play.js";

/** A skill that records that it ran in its flow state, then fails half way through the turn. */
const failing: Skill = {
  name: "failing",
  handle(turn) {
    if (turn.input.text !== "break") return undefined;
    turn.session.flows.failing = { ran: true };
    throw new Error("the skill failed part way");
  },
};

describe("Assistant turns and the stored session", () => {
  it("a turn that fails part way leaves the stored session as it was, check in progress and all", async () => {
    const assistant = new Assistant({ messages: loadMessages(), mash }, [
      failing,
      createLevelsOfNeedSkill(content, mash),
    ]);
    // A Levels of Need check under way: its state is in the session.
    let session = newSession(at(0));
    session = (
      await assistant.handleTurn({ text: "", action: "levels", data: {} }, session, at(1), "cli")
    ).session;
    session = (await assistant.handleTurn({ text: "no", data: {} }, session, at(2), "cli")).session;
    expect(session.flows[LEVELS_SKILL]).toBeDefined();
    const before = structuredClone(session);

    await expect(
      assistant.handleTurn({ text: "break", data: {} }, session, at(3), "cli"),
    ).rejects.toThrow("part way");
    expect(session).toEqual(before);
    expect(session.flows.failing).toBeUndefined();

    // And the check carries on from the stored session.
    const next = await assistant.handleTurn({ text: "1", data: {} }, session, at(4), "cli");
    expect(next.session.flows[LEVELS_SKILL]).not.toEqual(before.flows[LEVELS_SKILL]);
    expect(session).toEqual(before);
  });
});
