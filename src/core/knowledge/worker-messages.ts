import type { WireAnswer } from "./answer-wire.js";

/** A question for the search thread. */
export interface ToWorker {
  id: number;
  text: string;
}

/** One question's outcome: its answer, or the name of the error that stopped the search. */
export type QuestionOutcome =
  | { id: number; answer: WireAnswer; failed?: undefined }
  | { id: number; failed: string; answer?: undefined };

/** What the search thread sends back: that its index is built, or one question's outcome. */
export type FromWorker = { ready: true; id?: undefined } | QuestionOutcome;
