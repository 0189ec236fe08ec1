import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import {
  WorkerAnswerer,
  type WorkerAnswererOptions,
} from "../../src/core/knowledge/worker-answerer.js";
import { answerShape, sourceSearchThread } from "../support/search-thread.js";
import { until } from "../support/until.js";
import { messageText } from "./support/arbitraries.js";

/**
 * The knowledge search thread with the fuzzers' message text: whatever is typed (unicode, lone
 * surrogates, control characters, huge) crosses to the thread and back as the same answer the
 * main thread gives, and the thread never fails, stops or falls behind.
 */

const content = loadKnowledge();
const index = buildKnowledgeIndex(content);

describe("message text through the knowledge search thread", () => {
  const events: string[] = [];
  const record = (r: Record<string, unknown>) => events.push(String(r.event));
  const log = { info: record, warn: record, error: record };
  let thread: WorkerAnswerer;

  beforeAll(async () => {
    thread = new WorkerAnswerer({
      content,
      index,
      script: sourceSearchThread(),
      log: log as unknown as WorkerAnswererOptions["log"],
      // Generous: this checks answers, not speed, on a machine running other test files.
      timeoutMs: 30_000,
    });
    await until(() => thread.threaded);
  });
  afterAll(async () => {
    await thread.close();
  });

  it("gives the main thread's answer for 2,000 random messages", async () => {
    await fc.assert(
      fc.asyncProperty(messageText, async (text) => {
        const got = await thread.answer(text);
        expect(answerShape(got)).toEqual(answerShape(answerQuestion(index, text)));
      }),
      { numRuns: 2_000 },
    );
    expect(thread.answered.main).toBe(0);
    expect(events).toEqual(["knowledge_thread_ready"]);
  });
});
