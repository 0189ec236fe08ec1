import { createLevelsOfNeedSkill } from "../../dialogs/levels-of-need/skill.js";
import type { FeatureFactory } from "../app.js";
import { loadLevelsContent } from "../core/levels-of-need/content.js";

/**
 * The guided Levels of Need check. Its content is read (and checked) at start-up, so a mistake
 * in the content file stops the assistant with the field named rather than misleading anyone.
 * The flow is one skill of the assistant, driven the same way by Teams, Slack and the terminal.
 */
export const levelsOfNeedFeature: FeatureFactory = async (ctx) => ({
  name: "levels-of-need",
  skills: [createLevelsOfNeedSkill(loadLevelsContent(), ctx.mash)],
});
