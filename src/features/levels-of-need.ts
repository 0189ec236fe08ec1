import { createLevelsOfNeedSkill } from "../../dialogs/levels-of-need/skill.js";
import { loadLevelsContent } from "../core/levels-of-need/content.js";
import type { FeatureFactory } from "./feature.js";

/**
 * The guided Levels of Need check, the same in every channel. Its content is read (and checked)
 * at start-up, so a mistake in the content file stops the assistant with the field named rather
 * than misleading anyone. The flow (dialogs/levels-of-need) is one skill of the assistant; it
 * asks about a child, so it runs only in a personal chat (the skill says which turns are its).
 */
export const levelsOfNeedFeature: FeatureFactory = async (ctx) => ({
  name: "levels-of-need",
  skills: [createLevelsOfNeedSkill(loadLevelsContent(), ctx.mash)],
});
