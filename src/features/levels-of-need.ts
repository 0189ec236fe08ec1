import { loadLevelsContent } from "../core/levels-of-need/content.js";
import { LevelsConversation } from "../core/levels-of-need/levels-conversation.js";
import { createLevelsSkill, LEVELS_SKILL } from "../core/levels-of-need/levels-skill.js";
import type { FeatureFactory } from "./feature.js";

/**
 * The guided Levels of Need check, the same in every channel. Its content is read (and checked)
 * at start-up, so a mistake in the content file stops the assistant with the field named rather
 * than misleading anyone. It asks about a child, so it runs only in a personal chat.
 */
export const levelsOfNeedFeature: FeatureFactory = async (ctx) => {
  const conversation = new LevelsConversation(loadLevelsContent(), ctx.mash);
  const skill = createLevelsSkill(conversation);
  return {
    name: "levels-of-need",
    skills: [
      {
        ...skill,
        personalOnly: (turn) =>
          turn.session.flows[LEVELS_SKILL] !== undefined || conversation.wantsToStart(turn.input),
      },
    ],
  };
};
