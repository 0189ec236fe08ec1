import { buildKnowledgeIndex } from "../core/knowledge/build-knowledge-index.js";
import { createKnowledgeSkill, type KnowledgeEvents } from "../core/knowledge/knowledge-skill.js";
import { DEFAULT_KNOWLEDGE_PATHS, loadKnowledge } from "../core/knowledge/load-knowledge.js";
import type { FeatureFactory } from "./feature.js";

/**
 * Procedural questions answered from knowledge/: loads and checks the articles (a broken one
 * stops start-up with its file name), builds the index once, and records feedback for editors.
 * Its skill treats any non-command message as a question, so it belongs last in FEATURES.
 */
export const knowledgeFeature: FeatureFactory = async (ctx) => {
  const content = loadKnowledge(DEFAULT_KNOWLEDGE_PATHS, ctx.now());
  const index = buildKnowledgeIndex(content);
  const store = await ctx.stores.openFeedback({
    recordQuestionText: ctx.config.recordQuestionText,
    now: ctx.now(),
  });
  // A failed write must not cost the practitioner their answer: log it (no text) and carry on.
  const safely = (what: string, fn: () => Promise<void>): Promise<void> =>
    fn().catch((err: Error & { code?: string }) => {
      ctx.metrics.storeError("knowledge-feedback");
      ctx.log.error({ event: "knowledge_feedback_failed", what, code: err.code }, err.message);
    });
  const events: KnowledgeEvents = {
    vote: (id, helpful, now) => safely("vote", () => store.vote(id, helpful, now)),
    unanswered: (question, now) => safely("unanswered", () => store.unanswered(question, now)),
  };
  ctx.log.info(
    {
      event: "knowledge_loaded",
      entries: index.documentCount,
      recordQuestionText: ctx.config.recordQuestionText,
    },
    "knowledge base loaded",
  );
  return {
    name: "knowledge",
    skills: [createKnowledgeSkill({ index, mash: ctx.mash, events })],
    health: async () => [
      (await store.readable())
        ? { name: "knowledge-feedback", ok: true }
        : { name: "knowledge-feedback", ok: false, detail: "not readable" },
    ],
    // Feedback still being written goes to disk before the process stops.
    stop: () => store.flush(),
  };
};
