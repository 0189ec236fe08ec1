import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answer,
  current,
  type FlowInput,
  type LevelsState,
  levelsStateSchema,
  readState,
  start,
} from "../../src/core/levels-of-need/engine.js";
import { isLevelsState } from "../../src/core/levels-of-need/is-levels-state.js";
import { at, content, T0 } from "./play.js";

const RUNS = 3000;

/** Values that sit on the edges of the schema's rules. */
const edgy = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    0,
    -0,
    1,
    1.5,
    -1,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "",
    "1",
    "danger",
    "outcome ",
    "domain:",
    "domain:Health",
    "domain:health",
    "domain:a_b",
    "ABC",
    "abcdefghijklmnopq",
    [],
    {},
    ["x"],
    [1],
    { a: ["x"] },
    Object.create(null),
    new Date(0),
  ),
  fc.anything({ withNullPrototype: true, withObjectString: true, withDate: true }),
);

const answers = fc.record(
  {
    age: fc.oneof(fc.string(), fc.constant(undefined)),
    indicators: fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "health")),
      fc.array(fc.string(), { maxLength: 3 }),
      { maxKeys: 3 },
    ),
    support: fc.string(),
    meeting: fc.string(),
  },
  { requiredKeys: ["indicators"] },
);

/** States the schema takes, and near misses. */
const wellFormed = fc.record({
  v: fc.constant(1),
  run: fc.stringMatching(/^[0-9a-z]{1,16}$/),
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  step: fc.oneof(
    fc.constantFrom("danger", "age", "support", "meeting", "outcome"),
    fc.stringMatching(/^domain:[a-z0-9-]{1,12}$/),
  ),
  answers,
  lastActive: fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
});

type Path = readonly string[];
const PATHS: Path[] = [
  [],
  ["v"],
  ["run"],
  ["seq"],
  ["step"],
  ["answers"],
  ["lastActive"],
  ["answers", "age"],
  ["answers", "support"],
  ["answers", "meeting"],
  ["answers", "indicators"],
  ["answers", "indicators", "health"],
];

/** A well-formed state with one thing changed: a value replaced, a key added or taken away. */
const nearMiss = fc
  .record({
    state: wellFormed,
    path: fc.constantFrom(...PATHS),
    change: fc.oneof(
      edgy.map((value) => ({ kind: "set" as const, value })),
      fc.constant({ kind: "delete" as const }),
      fc
        .record({ key: fc.oneof(fc.string(), fc.constant("__proto__")), value: edgy })
        .map((x) => ({ kind: "add" as const, ...x })),
    ),
  })
  .map(({ state, path, change }) => {
    const copy = structuredClone(state) as Record<string, unknown>;
    if (path.length === 0) {
      if (change.kind === "add") define(copy, change.key, change.value);
      return change.kind === "set" ? change.value : copy;
    }
    let at: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    const last = path.at(-1) as string;
    if (change.kind === "set") define(at, last, change.value);
    else if (change.kind === "delete") delete at[last];
    else if (typeof at[last] === "object" && at[last] !== null)
      define(at[last] as Record<string, unknown>, change.key, change.value);
    return copy;
  });

/** Sets a key as an own property, "__proto__" included (as JSON.parse would). */
function define(o: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

describe("the hand check of a stored Levels state", () => {
  it("never takes what the zod schema rejects, and readState's verdict is the schema's", () => {
    fc.assert(
      fc.property(fc.oneof(wellFormed, nearMiss, nearMiss, edgy), (raw) => {
        const zod = levelsStateSchema.safeParse(raw).success;
        if (isLevelsState(raw)) expect(zod).toBe(true);
        expect(readState(raw) !== undefined).toBe(zod);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes every well-formed plain state, so the engine's own states skip zod", () => {
    fc.assert(
      fc.property(wellFormed, (raw) => {
        const plain = !Object.keys(raw.answers.indicators).includes("__proto__");
        expect(isLevelsState(raw)).toBe(plain);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes every state the engine makes along a check, before and after a JSON round trip", () => {
    const picks = fc.array(fc.tuple(fc.nat(20), fc.array(fc.nat(20), { maxLength: 3 })), {
      maxLength: 14,
    });
    fc.assert(
      fc.property(picks, (moves) => {
        let state: LevelsState | undefined = start(content, T0).state;
        let minute = 0;
        for (const [kind, values] of moves) {
          if (!state) break;
          expect(isLevelsState(state)).toBe(true);
          expect(isLevelsState(JSON.parse(JSON.stringify(state)))).toBe(true);
          expect(levelsStateSchema.safeParse(state).success).toBe(true);
          const waiting = current(content, state, at(minute));
          const options = waiting?.kind === "question" ? waiting.options : [];
          const input: FlowInput =
            kind % 7 === 0
              ? { kind: "back" }
              : {
                  kind: "choose",
                  values: values.map((i) => options[i % Math.max(1, options.length)]?.value ?? ""),
                };
          minute += 1;
          state = answer(content, state, input, at(minute)).state;
        }
      }),
      { numRuns: 300 },
    );
  });
});
