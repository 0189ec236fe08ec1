import type { Assistant, TurnResult } from "../core/assistant/assistant.js";
import type { Scope, Session, Turn, TurnInput } from "../core/assistant/turn.js";
import { type Logger, loggableAction, loggableText } from "../log.js";
import type { Metrics } from "../metrics.js";

/**
 * Where conversation sessions are kept. Either answer may be a promise: the in-memory store
 * answers at once, a database-backed one after a round trip.
 */
export interface SessionPort {
  get(key: string, now: Date): Session | Promise<Session>;
  set(key: string, session: Session): void | Promise<void>;
}

export interface TurnRunnerDeps {
  /** Called per turn: the assistant exists once every feature has been built. */
  assistant: () => Assistant;
  sessions: SessionPort;
  log: Logger;
  logMessageText: boolean;
  now: () => Date;
  metrics?: Metrics;
}

export interface ChannelTurn {
  channel: Turn["channel"];
  /** The session's key, prefixed by channel ("teams:...", "slack:..."). */
  key: string;
  input: TurnInput;
  scope?: Scope;
}

/** A turn is logged and counted as this kind when it failed before the assistant answered. */
const FAILED = "failed";

/**
 * The one way a channel's event becomes a turn: the input is cleaned, the session loaded, the
 * assistant asked, the next session saved, and the turn logged once and counted. The channel
 * only reads its events into TurnInput and renders the replies that come back. Nothing is saved
 * when the assistant fails, so the conversation stays where it was.
 */
export function createTurnRunner(deps: TurnRunnerDeps) {
  /** A session store failure is counted (store errors at /metrics), then handled as before. */
  async function counted<T>(call: () => T | Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      deps.metrics?.storeError("sessions");
      throw err;
    }
  }

  return async function runTurn(turn: ChannelTurn): Promise<TurnResult> {
    const { log, metrics } = deps;
    const input = sanitiseInput(turn.input);
    const now = deps.now();
    const started = performance.now();
    let result: TurnResult | undefined;
    try {
      const session = await counted(() => deps.sessions.get(turn.key, now));
      const answered = await deps
        .assistant()
        .handleTurn(input, session, now, turn.channel, turn.scope ?? "personal");
      await counted(() => deps.sessions.set(turn.key, answered.session));
      result = answered;
      return result;
    } finally {
      const ms = performance.now() - started;
      const kind = result?.kind ?? FAILED;
      metrics?.turn(turn.channel, kind, ms / 1000, result?.outcome);
      log.info(
        {
          event: "turn",
          channel: turn.channel,
          kind,
          ...(result?.outcome ? { outcome: result.outcome } : {}),
          action: loggableAction(input.action, result?.unknownAction),
          replies: result?.replies.length ?? 0,
          ms: Math.round(ms * 100) / 100,
          ...loggableText(input.text, deps.logMessageText),
        },
        "turn handled",
      );
    }
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;

/**
 * Typed text as the assistant reads it: NUL characters dropped (they break logs and terminals)
 * and surrounding space trimmed. Button data is left to each channel's reader.
 */
export function sanitiseInput(input: TurnInput): TurnInput {
  const text = input.text.replaceAll("\0", "").trim();
  return text === input.text ? input : { ...input, text };
}
