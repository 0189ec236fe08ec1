import { Counter, Gauge, Histogram, Registry } from "prom-client";

/** What answered a turn: a built-in command, a skill by name, or the assistant's own replies. */
export type TurnKind = string;

/** The knowledge skill's verdict on a question, for the answers-by-outcome count. */
export type AnswerOutcome = "answer" | "suggest" | "none" | "danger";

/**
 * The Prometheus metrics served at /metrics. Labels are fixed words chosen by the code (channel,
 * what answered, outcome): never anything a person typed, so the endpoint carries no message text.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly turns: Counter<"channel" | "kind">;
  private readonly turnSeconds: Histogram<"channel" | "kind">;
  private readonly answers: Counter<"outcome">;
  private readonly remindersSent: Counter;
  private readonly remindersFailed: Counter;
  private readonly storeErrors: Counter<"store">;
  /** Counts open reminder notices due now; set by the feature that sends reminders. */
  private pending: (() => Promise<number> | number) | undefined;

  constructor() {
    const registers = [this.registry];
    this.turns = new Counter({
      name: "assistant_turns_total",
      help: "Turns handled, by channel and by what answered",
      labelNames: ["channel", "kind"],
      registers,
    });
    this.turnSeconds = new Histogram({
      name: "assistant_turn_seconds",
      help: "Time to handle a turn (session, assistant, session save), by channel and kind",
      labelNames: ["channel", "kind"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.answers = new Counter({
      name: "assistant_answers_total",
      help: "Questions by outcome: answered, titles suggested, no answer, or met with danger advice",
      labelNames: ["outcome"],
      registers,
    });
    this.remindersSent = new Counter({
      name: "assistant_reminders_sent_total",
      help: "Rapid review reminders Slack accepted",
      registers,
    });
    this.remindersFailed = new Counter({
      name: "assistant_reminders_failed_total",
      help: "Rapid review reminder sends that failed (each is tried again later)",
      registers,
    });
    this.storeErrors = new Counter({
      name: "assistant_store_errors_total",
      help: "Failed reads or writes of stored data, by store",
      labelNames: ["store"],
      registers,
    });
    const metrics = this;
    new Gauge({
      name: "assistant_reminders_pending",
      help: "Rapid review reminders due now and not yet sent",
      registers,
      async collect() {
        if (metrics.pending) this.set(await metrics.pending());
      },
    });
  }

  turn(channel: string, kind: TurnKind, seconds: number, outcome?: AnswerOutcome): void {
    this.turns.inc({ channel, kind });
    this.turnSeconds.observe({ channel, kind }, seconds);
    if (outcome) this.answers.inc({ outcome });
  }

  reminderSent(): void {
    this.remindersSent.inc();
  }

  reminderFailed(): void {
    this.remindersFailed.inc();
  }

  storeError(store: string): void {
    this.storeErrors.inc({ store });
  }

  /** How to count pending reminders when /metrics is read. */
  countPendingRemindersWith(count: () => Promise<number> | number): void {
    this.pending = count;
  }

  /** Wraps a reminder send so each success and failure is counted. */
  countReminderSends<A extends unknown[]>(
    send: (...args: A) => Promise<void>,
  ): (...args: A) => Promise<void> {
    return async (...args) => {
      try {
        await send(...args);
        this.reminderSent();
      } catch (err) {
        this.reminderFailed();
        throw err;
      }
    };
  }
}
