import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Logger } from "../../log.js";
import { type Answer, type AnswerQuestion, answerQuestion } from "./answer-question.js";
import { answerFromWire } from "./answer-wire.js";
import type { KnowledgeIndex } from "./build-knowledge-index.js";
import type { KnowledgeContent } from "./load-knowledge.js";
import type { FromWorker, QuestionOutcome, ToWorker } from "./worker-messages.js";

/** Where the search thread's code is, and whether it is TypeScript (run through tsx). */
export interface WorkerScript {
  file: URL;
  typescript: boolean;
}

/**
 * The search thread's script. Built (dist/), this module sits in a bundle at dist/ or dist/cli/
 * and the script is the build's entry dist/core/knowledge/answer-worker.js (or, compiled file
 * by file rather than bundled, the .js beside this one). Run from source (tsx, vitest) it is
 * the .ts beside this file, which Node runs through tsx's loader.
 */
export function findWorkerScript(here: string = import.meta.url): WorkerScript | undefined {
  if (here.endsWith(".ts")) {
    const file = new URL("./answer-worker.ts", here);
    return existsSync(fileURLToPath(file)) ? { file, typescript: true } : undefined;
  }
  for (const relative of ["./core/knowledge/", "../core/knowledge/", "./"]) {
    const file = new URL(`${relative}answer-worker.js`, here);
    if (existsSync(fileURLToPath(file))) return { file, typescript: false };
  }
  return undefined;
}

/**
 * Code for a worker that runs a TypeScript file: Node 20 does not apply `--import tsx` given in a
 * worker's execArgv to the worker's own entry, so the worker registers tsx's loader itself first.
 */
function throughTsx(file: URL): string {
  // require.resolve finds tsx's CommonJS build of the API; its ES module build sits beside it.
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  const tsx = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
}

/**
 * The search thread's script for a KNOWLEDGE_SEARCH_THREAD setting, or undefined when questions
 * are to be searched in the main thread: always for "main"; for "auto" when run from source
 * (tests and tsx start many assistants, and each thread would compile the sources again) or on
 * one core (a second thread would only take turns from the event loop).
 */
export function chooseSearchThread(
  mode: "auto" | "worker" | "main",
  where: { cores?: number; here?: string } = {},
): WorkerScript | undefined {
  if (mode === "main") return undefined;
  const cores = where.cores ?? availableParallelism();
  const script = findWorkerScript(where.here);
  if (mode === "worker" || !script) return script;
  return !script.typescript && cores > 1 ? script : undefined;
}

interface Pending {
  text: string;
  sentAt: number;
  resolve(answer: Answer): void;
  reject(err: unknown): void;
}

export interface WorkerAnswererOptions {
  /** The content the main thread loaded and checked; the thread builds its index from it. */
  content: KnowledgeContent;
  /** The main thread's index: answers while the thread starts, restarts or has failed. */
  index: KnowledgeIndex;
  script: WorkerScript;
  log: Pick<Logger, "info" | "warn" | "error">;
  /** A question the thread has not answered in this long is answered here instead. */
  timeoutMs?: number;
  /** How many times within a minute the thread is started again after an unexpected exit. */
  maxRestarts?: number;
}

/**
 * Answers questions on a worker thread of their own, with the main thread as the fallback.
 *
 * Why: a question is the one piece of a turn that is real computation (the search and its
 * scoring), and on the main thread it ran cold, between botbuilder's and HTTP's work on other
 * turns: about four times its cost on its own, and its allocations added to the main thread's
 * garbage collection. With 50 conversations at once every other turn waited behind it.
 * On its own thread the search runs warm, beside the event loop rather than in it; the main
 * thread only posts the text and maps the ids that come back to its own entries.
 *
 * Nothing is lost if the thread is not there: until it says it is ready, after it exits, and
 * for a question it does not answer in time, the main thread answers from its own index (the
 * same content, so the same answer). It is restarted after an unexpected exit, a few times.
 */
export class WorkerAnswerer {
  private worker: Worker | undefined;
  private ready = false;
  private closed = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly exits: number[] = [];
  private sweep: NodeJS.Timeout | undefined;
  /** When the thread last said anything (ready, or an answer): how a stuck one is told. */
  private lastHeard = 0;
  private readonly timeoutMs: number;
  private readonly maxRestarts: number;
  /** Questions answered by the thread and by the main thread, reported when it stops. */
  readonly answered = { thread: 0, main: 0 };

  constructor(private readonly options: WorkerAnswererOptions) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.maxRestarts = options.maxRestarts ?? 3;
    this.start();
  }

  /** Whether questions are going to the thread now (tests wait for it). */
  get threaded(): boolean {
    return this.ready && this.worker !== undefined;
  }

  readonly answer: AnswerQuestion = (text) => {
    const worker = this.worker;
    if (!this.ready || !worker) return this.here(text);
    const id = ++this.nextId;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { text, sentAt: Date.now(), resolve, reject });
      worker.postMessage({ id, text } satisfies ToWorker);
    });
  };

  /** Stops the thread; questions still waiting are answered here. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const worker = this.worker;
    this.stopped();
    await worker?.terminate();
    this.options.log.info(
      { event: "knowledge_thread_stopped", answered: this.answered },
      "knowledge search thread stopped",
    );
  }

  private start(): void {
    const { script, content, log } = this.options;
    const started = Date.now();
    let worker: Worker;
    try {
      worker = script.typescript
        ? new Worker(throughTsx(script.file), { eval: true, workerData: { content } })
        : new Worker(script.file, { workerData: { content } });
    } catch (err) {
      log.error(
        { event: "knowledge_thread_failed", err: (err as Error).message },
        "knowledge search thread could not start; answering in the main thread",
      );
      return;
    }
    // Never what keeps the process running: stopping is the app's decision.
    worker.unref();
    this.worker = worker;
    worker.on("message", (message: FromWorker) => {
      if (worker !== this.worker) return;
      this.lastHeard = Date.now();
      if (message.id === undefined) {
        this.ready = true;
        this.sweep = setInterval(() => this.expire(), Math.min(this.timeoutMs, 500)).unref();
        log.info(
          { event: "knowledge_thread_ready", ms: Date.now() - started },
          "knowledge search thread ready",
        );
        return;
      }
      this.settle(message);
    });
    worker.on("error", (err) => {
      // The name only: an error's message could quote what it was working on.
      log.error(
        { event: "knowledge_thread_error", err: err.name },
        "knowledge search thread failed",
      );
    });
    worker.on("exit", (code) => {
      if (worker !== this.worker) return;
      this.stopped();
      if (this.closed) return;
      const now = Date.now();
      this.exits.push(now);
      while ((this.exits[0] ?? now) < now - 60_000) this.exits.shift();
      const again = this.exits.length <= this.maxRestarts;
      log.error(
        { event: "knowledge_thread_exit", code, restarting: again },
        again
          ? "knowledge search thread stopped; starting it again"
          : "knowledge search thread keeps stopping; answering in the main thread from now on",
      );
      if (again) this.start();
    });
  }

  /** The thread is gone or going: everything waiting is answered here. */
  private stopped(): void {
    this.worker = undefined;
    this.ready = false;
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = undefined;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      this.answerHere(p);
    }
  }

  private settle(message: QuestionOutcome): void {
    const p = this.pending.get(message.id);
    // Answered here already (it took too long): the late answer is dropped.
    if (!p) return;
    this.pending.delete(message.id);
    const answer = message.answer
      ? answerFromWire(message.answer, this.options.index.entries)
      : undefined;
    if (answer) {
      this.answered.thread++;
      p.resolve(answer);
      return;
    }
    this.options.log.warn(
      { event: "knowledge_thread_no_answer", reason: message.failed ?? "unknown entry" },
      "knowledge search thread could not answer; answering in the main thread",
    );
    this.answerHere(p);
  }

  /**
   * Questions waiting longer than the time allowed are answered here. A thread that is behind
   * but still answering is left to catch up; one that has answered nothing for the whole time
   * allowed is stuck (a search that never ends), and is stopped, so that it is started again
   * rather than make every later question wait out the time first.
   */
  private expire(): void {
    const oldest = Date.now() - this.timeoutMs;
    let late = 0;
    // Oldest first (a Map keeps insertion order): stop at the first one still in time.
    for (const [id, p] of this.pending) {
      if (p.sentAt > oldest) break;
      this.pending.delete(id);
      late++;
      this.answerHere(p);
    }
    if (late === 0) return;
    const stuck = this.lastHeard <= oldest;
    this.options.log.warn(
      { event: "knowledge_thread_slow", questions: late, stuck },
      stuck
        ? "knowledge search thread not answering; stopping it"
        : "knowledge search thread behind; answered late questions in the main thread",
    );
    if (stuck) void this.worker?.terminate();
  }

  private answerHere(p: Pending): void {
    try {
      p.resolve(this.here(p.text));
    } catch (err) {
      p.reject(err);
    }
  }

  private here(text: string): Answer {
    this.answered.main++;
    return answerQuestion(this.options.index, text);
  }
}
