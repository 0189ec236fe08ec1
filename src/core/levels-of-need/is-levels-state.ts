import type { LevelsState, StepId } from "./engine.js";

/**
 * A hand-written check of the shape `levelsStateSchema` (engine.ts) describes. Every turn of a
 * check reads a stored state, and zod's parse of it (which also copies it) was a visible share of
 * a turn's CPU. This check is deliberately narrower than the schema: it takes only plain JSON
 * objects, and anything it does not take still goes to zod, which has the last word. So it must
 * never accept what the schema rejects; tests/levels-of-need/is-levels-state.test.ts checks that
 * against the schema itself with generated states.
 */
export function isLevelsState(raw: unknown): raw is LevelsState {
  if (!isPlainObject(raw)) return false;
  const s = raw as Record<string, unknown>;
  let keys = 0;
  for (const key of Object.keys(s)) {
    if (!STATE_KEYS.has(key)) return false;
    keys++;
  }
  return (
    keys === STATE_KEYS.size &&
    s.v === 1 &&
    typeof s.run === "string" &&
    RUN.test(s.run) &&
    Number.isSafeInteger(s.seq) &&
    (s.seq as number) >= 1 &&
    isStepId(s.step) &&
    isAnswers(s.answers) &&
    Number.isSafeInteger(s.lastActive)
  );
}

const STATE_KEYS = new Set(["v", "run", "seq", "step", "answers", "lastActive"]);
const ANSWER_KEYS = new Set(["age", "indicators", "support", "meeting"]);
const FIXED_STEPS = new Set(["danger", "age", "support", "meeting", "outcome"]);
const DOMAIN_STEP = /^domain:[a-z0-9-]+$/;
const RUN = /^[0-9a-z]{1,16}$/;

/** A step of the check: the schema's own test too, so the two cannot drift apart. */
export function isStepId(v: unknown): v is StepId {
  return typeof v === "string" && (FIXED_STEPS.has(v) || DOMAIN_STEP.test(v));
}

function isAnswers(raw: unknown): boolean {
  if (!isPlainObject(raw)) return false;
  const a = raw as Record<string, unknown>;
  for (const key of Object.keys(a)) if (!ANSWER_KEYS.has(key)) return false;
  return (
    optionalString(a.age) &&
    optionalString(a.support) &&
    optionalString(a.meeting) &&
    isIndicators(a.indicators)
  );
}

function isIndicators(raw: unknown): boolean {
  if (!isPlainObject(raw)) return false;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    // Left to zod, which has its own rules for this key.
    if (key === "__proto__") return false;
    const ids = record[key];
    if (!Array.isArray(ids)) return false;
    for (const id of ids) if (typeof id !== "string") return false;
  }
  return true;
}

const optionalString = (v: unknown) => v === undefined || typeof v === "string";

/** An object straight from JSON (or an object literal): nothing inherited to think about. */
function isPlainObject(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
