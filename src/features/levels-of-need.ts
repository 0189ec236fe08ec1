import { LevelsDialogRunner } from "../../dialogs/levels-of-need-dialog.js";
import type { FeatureFactory } from "../app.js";
import { loadLevelsContent } from "../core/levels-of-need/content.js";
import { LevelsConversation } from "../core/levels-of-need/levels-conversation.js";
import { createLevelsSkill } from "../core/levels-of-need/levels-skill.js";

/**
 * The guided Levels of Need check. Its content is read (and checked) at start-up, so a mistake
 * in the content file stops the assistant with the field named rather than misleading anyone.
 * One conversation object serves both hosts: the assistant's skill (terminal, Slack) and the
 * botbuilder dialog that runs the check in Teams.
 */
export const levelsOfNeedFeature: FeatureFactory = async (ctx) => {
  const conversation = new LevelsConversation(loadLevelsContent(), ctx.mash);
  return {
    name: "levels-of-need",
    skills: [createLevelsSkill(conversation)],
    teamsDialogs: (assistant) => [new LevelsDialogRunner(conversation, assistant)],
  };
};
