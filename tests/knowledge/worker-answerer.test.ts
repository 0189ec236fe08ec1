import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type Answer, answerQuestion } from "../../src/core/knowledge/answer-question.js";
import {
  answerFromWire,
  answerToWire,
  type WireAnswer,
} from "../../src/core/knowledge/answer-wire.js";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { EVAL_FILE, readEvalCases } from "../../src/core/knowledge/evaluate-knowledge.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import {
  chooseSearchThread,
  WorkerAnswerer,
  type WorkerAnswererOptions,
  type WorkerScript,
} from "../../src/core/knowledge/worker-answerer.js";
import { answerShape, sourceSearchThread } from "../support/search-thread.js";
import { until } from "../support/until.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const content = loadKnowledge();
const index = buildKnowledgeIndex(content);
const QUESTIONS = [
  ...readEvalCases(EVAL_FILE),
  ...readEvalCases(path.join(HERE, "held-out-questions.jsonl")),
].map((c) => c.q);

/** A stand-in search thread from tests/fixtures, to make the real one's failures happen. */
function fixtureScript(name: string): WorkerScript {
  return { file: pathToFileURL(path.join(HERE, "..", "fixtures", name)), typescript: false };
}

interface Logged {
  level: string;
  record: Record<string, unknown>;
  message: string;
}
function memoryLog() {
  const lines: Logged[] = [];
  const at = (level: string) => (record: Record<string, unknown>, message: string) => {
    lines.push({ level, record, message });
  };
  return { lines, info: at("info"), warn: at("warn"), error: at("error") };
}

const open: WorkerAnswerer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()));
});
function answerer(script: WorkerScript, extra: { timeoutMs?: number; maxRestarts?: number } = {}) {
  const log = memoryLog();
  const a = new WorkerAnswerer({
    content,
    index,
    script,
    log: log as unknown as WorkerAnswererOptions["log"],
    ...extra,
  });
  open.push(a);
  return { a, log };
}

describe("answers crossing between threads", () => {
  it("come back as the same answer, with this side's entries, for every evaluation question", () => {
    for (const q of QUESTIONS) {
      const a = answerQuestion(index, q);
      const back = answerFromWire(structuredClone(answerToWire(a)), index.entries);
      expect(back && answerShape(back), q).toEqual(answerShape(a));
      if (back?.kind === "answer") expect(back.article).toBe(index.entries.get(back.article.id));
    }
  });

  it("are refused when they name an entry this side does not have", () => {
    const wire: WireAnswer = {
      kind: "answer",
      article: "no-such-article",
      score: 1,
      alternatives: [],
      via: "search",
    };
    expect(answerFromWire(wire, index.entries)).toBeUndefined();
    expect(
      answerFromWire({ kind: "suggest", candidates: [{ id: "gone", score: 0.5 }] }, index.entries),
    ).toBeUndefined();
  });
});

describe("the knowledge search thread", () => {
  it("gives the same answers as the main thread once it is ready", async () => {
    const { a, log } = answerer(sourceSearchThread());
    await until(() => a.threaded);
    const answers = await Promise.all(QUESTIONS.map((q) => a.answer(q)));
    answers.forEach((got, i) => {
      const q = QUESTIONS[i] as string;
      expect(answerShape(got), q).toEqual(answerShape(answerQuestion(index, q)));
    });
    expect(log.lines.map((l) => l.record.event)).toEqual(["knowledge_thread_ready"]);
  });

  it("answers in the main thread while the thread is starting", async () => {
    const { a } = answerer(fixtureScript("search-thread-never-ready.mjs"));
    const q = "how do i make a referral to social care";
    const got = a.answer(q);
    // Not a promise to wait on: answered at once, from the main thread's index.
    expect(got).not.toBeInstanceOf(Promise);
    expect(answerShape(got as Answer)).toEqual(answerShape(answerQuestion(index, q)));
  });

  it("answers in the main thread when the thread does not answer in time, and restarts a stuck one", async () => {
    const { a, log } = answerer(fixtureScript("search-thread-silent.mjs"), { timeoutMs: 100 });
    await until(() => a.threaded);
    const q = "who chairs child death reviews";
    expect(answerShape(await a.answer(q))).toEqual(answerShape(answerQuestion(index, q)));
    const slow = log.lines.find((l) => l.record.event === "knowledge_thread_slow");
    expect(slow?.record).toMatchObject({ questions: 1, stuck: true });
    // Stopped and started again, so later questions do not each wait out the time first.
    await until(() => log.lines.some((l) => l.record.event === "knowledge_thread_exit"));
    expect(log.lines.find((l) => l.record.event === "knowledge_thread_exit")?.record).toMatchObject(
      { restarting: true },
    );
    await until(() => a.threaded);
  });

  it("leaves a thread that is behind but still answering to catch up", async () => {
    const { a, log } = answerer(fixtureScript("search-thread-busy.mjs"), { timeoutMs: 300 });
    await until(() => a.threaded);
    const q = "what is early help";
    // 30 questions at once, answered one every 30 ms: the last ones are late.
    const answers = await Promise.all(Array.from({ length: 30 }, () => a.answer(q)));
    expect(answers).toHaveLength(30);
    expect(a.answered.thread).toBeGreaterThan(0);
    expect(a.answered.main).toBeGreaterThan(0);
    const slow = log.lines.filter((l) => l.record.event === "knowledge_thread_slow");
    expect(slow.length).toBeGreaterThan(0);
    expect(slow.every((l) => l.record.stuck === false)).toBe(true);
    expect(log.lines.some((l) => l.record.event === "knowledge_thread_exit")).toBe(false);
  });

  it("answers in the main thread when the thread names entries it does not know", async () => {
    const { a, log } = answerer(fixtureScript("search-thread-wrong-ids.mjs"));
    await until(() => a.threaded);
    const q = "what is a rapid review for";
    expect(answerShape(await a.answer(q))).toEqual(answerShape(answerQuestion(index, q)));
    expect(log.lines.find((l) => l.record.event === "knowledge_thread_no_answer")).toBeDefined();
  });

  it("loses no question when the thread dies, starts it again, and gives up after a few tries", async () => {
    const { a, log } = answerer(fixtureScript("search-thread-crashes.mjs"), { maxRestarts: 2 });
    const q = "what is early help";
    const expected = answerShape(answerQuestion(index, q));
    for (let round = 0; round < 3; round++) {
      await until(() => a.threaded);
      // Each of these is in flight when the thread exits.
      const got = await Promise.all([a.answer(q), a.answer(q)]);
      for (const g of got) expect(answerShape(g)).toEqual(expected);
    }
    await until(
      () => log.lines.filter((l) => l.record.event === "knowledge_thread_exit").length === 3,
    );
    const exits = log.lines.filter((l) => l.record.event === "knowledge_thread_exit");
    expect(exits.map((l) => l.record.restarting)).toEqual([true, true, false]);
    expect(a.threaded).toBe(false);
    expect(answerShape((await a.answer(q)) as Answer)).toEqual(expected);
  });

  it("logs no question text, whatever happens", async () => {
    const { a, log } = answerer(fixtureScript("search-thread-crashes.mjs"), { maxRestarts: 0 });
    await until(() => a.threaded);
    await a.answer("is Jayden Okonkwo-Smith at risk");
    await until(() => log.lines.some((l) => l.record.event === "knowledge_thread_exit"));
    expect(JSON.stringify(log.lines)).not.toMatch(/Jayden|Okonkwo/);
  });
});

describe("where questions are searched (KNOWLEDGE_SEARCH_THREAD)", () => {
  const source = pathToFileURL(path.join(HERE, "../../src/core/knowledge/worker-answerer.ts")).href;
  /** A built layout: a bundle chunk at dist/ and the thread's entry under it. */
  function built(): string {
    const dist = mkdtempSync(path.join(tmpdir(), "dist-"));
    mkdirSync(path.join(dist, "core", "knowledge"), { recursive: true });
    writeFileSync(path.join(dist, "core", "knowledge", "answer-worker.js"), "");
    return pathToFileURL(path.join(dist, "chunk-ABC.js")).href;
  }

  it("auto: the thread when built on more than one core, else the main thread", () => {
    const here = built();
    expect(chooseSearchThread("auto", { cores: 2, here })?.file.pathname).toMatch(
      /dist-\w+\/core\/knowledge\/answer-worker\.js$/,
    );
    expect(chooseSearchThread("auto", { cores: 1, here })).toBeUndefined();
    expect(chooseSearchThread("auto", { cores: 8, here: source })).toBeUndefined();
  });

  it("worker: the thread wherever its script is (from source, through tsx); main: never", () => {
    expect(chooseSearchThread("worker", { cores: 1, here: source })?.typescript).toBe(true);
    expect(chooseSearchThread("worker", { cores: 1, here: built() })?.typescript).toBe(false);
    expect(chooseSearchThread("main", { cores: 8, here: built() })).toBeUndefined();
  });
});
