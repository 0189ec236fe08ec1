import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.js";
import { BotFrameworkClient, cardText } from "../support/bot-framework-client.js";
import { captureLog } from "../support/capture-log.js";
import { until } from "../support/until.js";

const QUESTIONS = [
  "how do i make a refferal to childrens social care",
  "who chairs child death reviews",
  "what is a rapid review for",
  "what is the weather like on mars",
];

describe("questions answered on the knowledge search thread (KNOWLEDGE_SEARCH_THREAD=worker)", () => {
  const clients: BotFrameworkClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });

  it("gives practitioners the same cards as the main thread, and stops with the assistant", async () => {
    // One client at a time: both would catch replies at the same connector address.
    const plain = await BotFrameworkClient.start({ KNOWLEDGE_SEARCH_THREAD: "main" });
    const expected: string[] = [];
    for (const q of QUESTIONS) expected.push(cardText((await plain.say(q))[0]!));
    await plain.stop();

    const { log, records } = captureLog();
    const threaded = await BotFrameworkClient.start(
      { LOG_LEVEL: "info", KNOWLEDGE_SEARCH_THREAD: "worker" },
      undefined,
      log,
    );
    clients.push(threaded);
    expect(records.find((r) => r.event === "knowledge_loaded")?.searchThread).toBe("worker");
    await until(() => records.some((r) => r.event === "knowledge_thread_ready"));

    for (const [i, q] of QUESTIONS.entries()) {
      const replies = await threaded.say(q);
      expect(replies, q).toHaveLength(1);
      expect(cardText(replies[0]!), q).toBe(expected[i]);
    }
    expect(expected[0]).toContain("01908 253169");

    await threaded.stop();
    clients.splice(clients.indexOf(threaded), 1);
    // Every question went to the thread, and it was stopped, not lost.
    const stopped = records.find((r) => r.event === "knowledge_thread_stopped");
    expect(stopped?.answered).toEqual({ thread: QUESTIONS.length, main: 0 });
    expect(records.filter((r) => (r.level as number) >= 50)).toEqual([]);
  });

  it("is chosen by KNOWLEDGE_SEARCH_THREAD, and a wrong value is named", () => {
    expect(readConfig({}).knowledgeSearchThread).toBe("auto");
    expect(readConfig({ KNOWLEDGE_SEARCH_THREAD: "main" }).knowledgeSearchThread).toBe("main");
    expect(() => readConfig({ KNOWLEDGE_SEARCH_THREAD: "threads" })).toThrow(
      /KNOWLEDGE_SEARCH_THREAD.*must be auto, worker or main/,
    );
  });

  it("runs in the main thread when started from source with the default (auto)", async () => {
    const { log, records } = captureLog();
    clients.push(await BotFrameworkClient.start({ LOG_LEVEL: "info" }, undefined, log));
    expect(records.find((r) => r.event === "knowledge_loaded")?.searchThread).toBe("main");
  });
});
