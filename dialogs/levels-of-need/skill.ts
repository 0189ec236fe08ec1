import type { Skill } from "../../src/core/assistant/turn.js";
import type { MashContacts } from "../../src/core/contacts/mash-contacts.js";
import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import { answer, current } from "./flow.js";
import { readState } from "./levels-state.js";
import { LEVELS_ACTIONS, readFlowInput } from "./read-input.js";
import { renderResume, renderStep } from "./render.js";

export const LEVELS_SKILL = "levels";

/**
 * The Levels of Need check as an assistant skill: the one way it runs, in Teams, Slack and the
 * terminal alike. Its state lives in the session under "levels" (answers only; the session store
 * drops it after 30 minutes idle, and the flow refuses it after that too). Anything that is not
 * for the check ("mash", a question) is left to the rest of the assistant, which then shows the
 * question the check is waiting on again (`resume`).
 */
export function createLevelsOfNeedSkill(content: LevelsContent, mash: MashContacts): Skill {
  return {
    name: LEVELS_SKILL,
    handle(turn) {
      // Read (and checked against the schema) once a turn; a damaged state reads as none.
      const stored = readState(turn.session.flows[LEVELS_SKILL]);
      const input = readFlowInput(content, turn.input, current(content, stored, turn.now));
      if (!input) return undefined;
      const result = answer(content, stored, input, turn.now);
      if (result.state) turn.session.flows[LEVELS_SKILL] = result.state;
      else delete turn.session.flows[LEVELS_SKILL];
      return renderStep(content, mash, result);
    },
    // It asks about a child, so it runs only in a personal chat; but "Yes, in immediate danger"
    // is answered wherever it is pressed, since the 999 advice must never wait.
    personalOnly(turn) {
      if (turn.input.action === LEVELS_ACTIONS.danger) return false;
      return (
        turn.session.flows[LEVELS_SKILL] !== undefined ||
        readFlowInput(content, turn.input, undefined)?.kind === "begin"
      );
    },
    resume(turn) {
      const waiting = current(content, readState(turn.session.flows[LEVELS_SKILL]), turn.now);
      return waiting && waiting !== "finished" ? renderResume(content, waiting) : undefined;
    },
  };
}
