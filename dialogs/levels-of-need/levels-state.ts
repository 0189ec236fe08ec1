import { z } from "zod";

/**
 * What the Levels of Need check keeps between turns, and its version. JSON-safe: answers (ids
 * from the content file), never anything typed.
 */

/** Conversations left this long without an answer are cleared, answers and all. */
export const LEVELS_IDLE_MS = 30 * 60 * 1000;

/**
 * The state's version. A state of any other version (stored before a change to the questions)
 * is not read: the practitioner is told the check was cleared and can start again.
 */
export const LEVELS_STATE_VERSION = 2;

export type StepId = "danger" | "age" | `domain:${string}` | "context" | "support" | "outcome";

const stepId = z
  .string()
  .regex(/^(danger|age|context|support|outcome|domain:[a-z0-9][a-z0-9-]*)$/)
  .transform((s) => s as StepId);

/** JSON-safe. Holds answers (ids from the content file) and nothing typed. */
export const levelsStateSchema = z.strictObject({
  v: z.literal(LEVELS_STATE_VERSION),
  /** Identifies this run of the check (its start time), so cards from an earlier run are stale. */
  run: z.string().regex(/^[0-9a-z]{1,16}$/),
  /** Goes up every time a new step is shown; a card carries `run.seq` as its token. */
  seq: z.number().int().min(1),
  step: stepId,
  answers: z.strictObject({
    age: z.string().optional(),
    /** Ticked statements by domain id; a domain answered with nothing ticked has []. */
    indicators: z.record(z.string(), z.array(z.string())),
    /** Ticked on the views, strengths and household card; undefined until it is answered. */
    context: z.array(z.string()).optional(),
    support: z.string().optional(),
  }),
  lastActive: z.number().int(),
});

export type LevelsState = z.infer<typeof levelsStateSchema>;
export type Answers = LevelsState["answers"];

/** Reads a stored state; anything unreadable (an older version, a damaged session) is dropped. */
export function readState(raw: unknown): LevelsState | undefined {
  const parsed = levelsStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function isExpired(state: LevelsState, now: Date): boolean {
  return now.getTime() - state.lastActive > LEVELS_IDLE_MS;
}

/** A card's step token: this run and this step, so a press on an older card is known. */
export function tokenOf(state: Pick<LevelsState, "run" | "seq">): string {
  return `${state.run}.${state.seq}`;
}
