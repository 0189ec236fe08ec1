import type { Skill } from "../assistant/turn.js";
import type { LevelsConversation } from "./levels-conversation.js";

export const LEVELS_SKILL = "levels";

/**
 * The check as an assistant skill: its state lives in the session under "levels" (answers only;
 * the session store drops it after 30 minutes idle, and the engine refuses it after that too).
 */
export function createLevelsSkill(conversation: LevelsConversation): Skill {
  return {
    name: LEVELS_SKILL,
    handle(turn) {
      const result = conversation.turn(turn.session.flows[LEVELS_SKILL], turn.input, turn.now);
      if (!result) return undefined;
      if (result.state) turn.session.flows[LEVELS_SKILL] = result.state;
      else delete turn.session.flows[LEVELS_SKILL];
      return result.replies;
    },
    resume(turn) {
      return conversation.resume(turn.session.flows[LEVELS_SKILL], turn.now);
    },
  };
}
