/**
 * The knowledge search's own thread (see worker-answerer.ts). It builds its index from the
 * content the main thread loaded and checked (passed in workerData, so both sides answer from
 * the very same articles), then answers each question it is sent. Question text is used for the
 * search only: nothing here logs or keeps it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { answerQuestion } from "./answer-question.js";
import { answerToWire } from "./answer-wire.js";
import { buildKnowledgeIndex } from "./build-knowledge-index.js";
import type { KnowledgeContent } from "./load-knowledge.js";
import type { FromWorker, ToWorker } from "./worker-messages.js";

const port = parentPort;
if (!port) throw new Error("answer-worker.ts runs as a worker thread only.");
const index = buildKnowledgeIndex((workerData as { content: KnowledgeContent }).content);
const post = (message: FromWorker) => port.postMessage(message);

port.on("message", (message: ToWorker) => {
  try {
    post({ id: message.id, answer: answerToWire(answerQuestion(index, message.text)) });
  } catch (err) {
    // The main thread answers this one itself; the error's name only, never the question.
    post({ id: message.id, failed: (err as Error)?.name ?? "Error" });
  }
});
post({ ready: true });
