import path from "node:path";
import { subDays } from "date-fns";
import { z } from "zod";
import type { KnowledgeEvents } from "../core/knowledge/knowledge-skill.js";
import { londonDate } from "../core/london-time.js";
import { JsonStore } from "./json-store.js";

/** Recorded question texts are kept at most this long: they may hold identifying details. */
export const QUESTION_TEXT_DAYS = 30;
/** Daily counts of unanswered questions are kept this long for the report's trend. */
const COUNT_DAYS = 365;
/** A recorded question is cut to this length. */
const MAX_TEXT = 500;

const count = z.number().int().min(0);

export const knowledgeFeedbackSchema = z.object({
  version: z.literal(1),
  /** Helpful / not helpful presses by entry id. */
  votes: z.record(z.string(), z.object({ helpful: count, unhelpful: count })),
  unanswered: z.object({
    total: count,
    /** Counts by London day, YYYY-MM-DD. */
    byDay: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count),
  }),
  /** Only when the operator set RECORD_QUESTION_TEXT; pruned after QUESTION_TEXT_DAYS. */
  questions: z.array(z.object({ at: z.iso.datetime(), text: z.string().max(MAX_TEXT) })),
});

export type KnowledgeFeedback = z.infer<typeof knowledgeFeedbackSchema>;

export const FEEDBACK_FILE = "knowledge-feedback.json";

const empty = (): KnowledgeFeedback => ({
  version: 1,
  votes: {},
  unanswered: { total: 0, byDay: {} },
  questions: [],
});

const day = londonDate;

/** Drops question texts older than 30 days (all of them if recording is off) and old counts. */
export function pruneFeedback(data: KnowledgeFeedback, now: Date, keepText: boolean): void {
  const cutoff = subDays(now, QUESTION_TEXT_DAYS).getTime();
  data.questions = keepText ? data.questions.filter((q) => Date.parse(q.at) >= cutoff) : [];
  const oldest = day(subDays(now, COUNT_DAYS));
  for (const d of Object.keys(data.unanswered.byDay)) {
    if (d < oldest) delete data.unanswered.byDay[d];
  }
}

/** Where feedback is kept: a file, or PostgreSQL. Every update is kept; none overwrites another. */
export interface FeedbackStore extends KnowledgeEvents {
  /** Resolves once every change recorded so far is stored (or has failed); for shutdown. */
  flush(): Promise<void>;
  readable(): Promise<boolean>;
  /** Everything recorded, in the file's shape (for the editors' report). */
  snapshot(): Promise<KnowledgeFeedback>;
}

/**
 * Votes on answers and counts of unanswered questions, for the editors' report, in a file.
 * Question text is stored only when the operator turns RECORD_QUESTION_TEXT on, and never for
 * more than 30 days. Each change is applied inside the file's write queue to the counts as they
 * stand, so none is lost.
 */
export class KnowledgeFeedbackStore implements FeedbackStore {
  /**
   * Changes waiting for the next write, and that write. Each change used to be a write of its
   * own (a copy, a schema check and a file rename per vote or unanswered question); now a change
   * joins the next write, and every change made while a write is under way goes in one write
   * after it. Each caller's promise still settles once its change is on disk (or failed).
   */
  private batch: ((d: KnowledgeFeedback) => void)[] | undefined;
  private written: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: JsonStore<KnowledgeFeedback>,
    private readonly recordQuestionText: boolean,
  ) {}

  static async open(
    dataDir: string,
    options: { recordQuestionText: boolean; now: Date },
  ): Promise<KnowledgeFeedbackStore> {
    const store = await JsonStore.open(
      path.join(dataDir, FEEDBACK_FILE),
      knowledgeFeedbackSchema,
      empty(),
    );
    const feedback = new KnowledgeFeedbackStore(store, options.recordQuestionText);
    // Texts past their time, or kept from when recording was on, go at start-up too.
    const before = JSON.stringify(store.data.questions);
    const pruned = structuredClone(store.data);
    pruneFeedback(pruned, options.now, options.recordQuestionText);
    if (JSON.stringify(pruned.questions) !== before) {
      await store.update((d) => pruneFeedback(d, options.now, options.recordQuestionText));
    }
    return feedback;
  }

  get file(): string {
    return this.store.file;
  }

  get data(): KnowledgeFeedback {
    return this.store.data;
  }

  private record(change: (d: KnowledgeFeedback) => void): Promise<void> {
    if (this.batch) {
      this.batch.push(change);
      return this.written;
    }
    const batch = [change];
    this.batch = batch;
    this.written = this.store.update((d) => {
      // The write starts: later changes go in the next one.
      if (this.batch === batch) this.batch = undefined;
      for (const c of batch) c(d);
    });
    return this.written;
  }

  /** Resolves once every change recorded so far is on disk (or has failed); for shutdown. */
  async flush(): Promise<void> {
    await this.written.catch(() => undefined);
  }

  async vote(id: string, helpful: boolean, now: Date): Promise<void> {
    await this.record((d) => {
      const v = d.votes[id] ?? { helpful: 0, unhelpful: 0 };
      if (helpful) v.helpful++;
      else v.unhelpful++;
      d.votes[id] = v;
      pruneFeedback(d, now, this.recordQuestionText);
    });
  }

  async unanswered(question: string | undefined, now: Date): Promise<void> {
    await this.record((d) => {
      d.unanswered.total++;
      const today = day(now);
      d.unanswered.byDay[today] = (d.unanswered.byDay[today] ?? 0) + 1;
      if (this.recordQuestionText && question && question.trim() !== "") {
        d.questions.push({ at: now.toISOString(), text: question.trim().slice(0, MAX_TEXT) });
      }
      pruneFeedback(d, now, this.recordQuestionText);
    });
  }

  readable(): Promise<boolean> {
    return this.store.readable();
  }

  async snapshot(): Promise<KnowledgeFeedback> {
    return structuredClone(this.store.data);
  }
}
