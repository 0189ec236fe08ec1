import fc from "fast-check";

/**
 * Generators for what people (and broken or hostile clients) send. Weighted towards the inputs
 * that go deep: real commands and answer numbers, so random runs reach the middle of a Levels of
 * Need check or a rapid review, not only the "didn't understand" reply.
 */

/** One character from the awkward corners of Unicode and of our own markup. */
const awkwardUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  // Lone surrogates: not valid text, but JavaScript strings (and JSON) can carry them.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
  // Control characters, NUL included.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "\u202e", // right-to-left override
      "\u200f",
      "\u200b",
      "\ufeff",
      "\ufffd",
      "مرحبا",
      "שלום",
      "👩‍👧‍👦",
      "🏳️‍🌈",
      "e\u0301",
      "\r\n",
      "\t",
      "\u2028",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "<!channel>",
      "<@U123>",
      "<#C1|x>",
      "<https://evil.test|click>",
      "[click](https://evil.test)",
      "**",
      "_",
      "`",
      "```",
      "&amp;",
      "&lt;",
      "<at>Bot</at>",
      "{ref}",
      "{text}",
      "$" + "{x}",
      "%s",
      "\\",
      "../../etc/passwd",
      "<script>",
      "__proto__",
      "constructor",
      "RR-0001",
      "null",
    ),
  },
);

/** Words that steer the assistant somewhere real. */
export const steeringText = fc.constantFrom(
  "mash",
  "help",
  "hello",
  "ask",
  "levels",
  "levels of need",
  "check levels",
  "1",
  "2",
  "3",
  "4",
  "5",
  "9",
  "0",
  "1, 2",
  "1 and 3",
  "2,3,4",
  "none",
  "none of these",
  "yes",
  "no",
  "back",
  "start again",
  "cancel",
  "summary",
  "what is a MARF",
  "how do I refer to the MASH?",
);

const shortText = fc.string({ unit: awkwardUnit, maxLength: 60 });

/** Message text: unicode, markup, control characters, RTL, emoji, lone surrogates, empty, huge. */
export const messageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: steeringText },
  { weight: 6, arbitrary: shortText },
  { weight: 2, arbitrary: fc.string({ unit: awkwardUnit, maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\n\n", "\t \u200b", "\u0000") },
  {
    weight: 1,
    // Huge: around and far beyond the 10,000-character limit.
    arbitrary: fc
      .tuple(shortText, fc.integer({ min: 9_990, max: 60_000 }))
      .map(([s, n]) =>
        (s || "x").repeat(Math.ceil(n / Math.max(1, (s || "x").length))).slice(0, n),
      ),
  },
  { weight: 2, arbitrary: fc.tuple(steeringText, shortText).map(([a, b]) => `${a}${b}`) },
);

/** Any JSON-ish value, including the wrong types, nesting, arrays and huge strings. */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: shortText },
  { weight: 1, arbitrary: fc.string({ maxLength: 5000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((n) => "x".repeat(10 ** (n + 2))) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.array(shortText, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Actions our buttons really carry, plus made-up ones. */
export const actionName = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      "help",
      "mash",
      "ask",
      "hello",
      "welcome",
      "levels",
      "levels:answer",
      "levels:back",
      "levels:restart",
      "levels:cancel",
      "levels:summary",
    ),
  },
  { weight: 1, arbitrary: shortText },
  { weight: 1, arbitrary: fc.constant("__unknown__") },
);

/**
 * A card submit's `value`: usually an object with an action and data (some of it real, some
 * stale or of the wrong type), sometimes not an object at all.
 */
export const submitPayload: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record(
        {
          action: fc.oneof(
            { weight: 4, arbitrary: actionName },
            { weight: 1, arbitrary: wildValue },
          ),
          t: fc.oneof(fc.constantFrom("stale-token", "", "0"), wildValue),
          value: fc.oneof(
            fc.constantFrom("yes", "no", "under-5", "none", "level-2", "school"),
            wildValue,
          ),
          picked: fc.oneof(fc.constantFrom("a,b", "1,2", ""), wildValue),
          msteams: wildValue,
          extra: wildValue,
          nested: fc.dictionary(shortText, wildValue, { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      )
      .map((o) => o as Record<string, unknown>),
  },
  { weight: 1, arbitrary: wildValue },
  { weight: 1, arbitrary: fc.dictionary(shortText, wildValue, { maxKeys: 6 }) },
);

/** Dates as typed: real forms, near misses, and noise. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("today", "yesterday", " Today ", "TODAY", "tomorrow") },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: -2, max: 14 }),
        fc.oneof(fc.integer({ min: 1990, max: 2110 }), fc.integer({ min: -1, max: 1e7 })),
        fc.constantFrom("/", ".", "-", " ", ""),
        fc.boolean(),
      )
      .map(([d, m, y, sep, iso]) =>
        iso ? `${y}${sep}${m}${sep}${d}` : `${d}${sep}${m}${sep}${y}`,
      ),
  },
  {
    weight: 2,
    arbitrary: fc
      .date({ min: new Date("1999-01-01"), max: new Date("2101-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "29/02/2027",
      "29/02/2028",
      "31/04/2026",
      "00/00/0000",
      "2026-13-01",
      "2026-1-1",
      "１８/１２/２０２６",
      "١٨/١٢/٢٠٢٦",
      "18/12/2026\u0000",
      "9".repeat(400),
      "18//12//2026",
    ),
  },
  { weight: 3, arbitrary: shortText },
  { weight: 1, arbitrary: fc.string({ unit: awkwardUnit, maxLength: 500 }) },
);

const caseRef = fc.oneof(
  fc.constantFrom("CR-2026-1", "CR-2026-2", "SAR/26/3", "cspr-9", "AB12"),
  fc.stringMatching(/^[A-Z]{1,4}-?\d{1,6}$/),
  shortText,
);
const reviewId = fc.oneof(
  fc.constantFrom("RR-0001", "RR-0002", "rr-0003", "RR-9999", "RR-"),
  shortText,
);
const milestone = fc.oneof(
  fc.constantFrom(
    "notify-panel",
    "rapid-review",
    "final-report-to-national-panel",
    "publication",
    "NOTIFY-PANEL",
  ),
  shortText,
);
const kind = fc.oneof(fc.constantFrom("child", "adult", "domestic-homicide", "Child"), shortText);

/** /rapidreview's argument text: well-formed commands with odd parts, and noise. */
export const rapidReviewArgs: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(caseRef, dateText, kind).map(([r, d, k]) => `start ${r} ${d} ${k}`),
  },
  { weight: 2, arbitrary: fc.tuple(reviewId, milestone).map(([i, m]) => `done ${i} ${m}`) },
  { weight: 1, arbitrary: fc.tuple(reviewId, dateText).map(([i, d]) => `publication ${i} ${d}`) },
  { weight: 1, arbitrary: reviewId.map((i) => `close ${i}`) },
  { weight: 1, arbitrary: reviewId.map((i) => `show ${i}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "help", "?", "list", "LIST", "start", "done", "close"),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom("start", "done", "show", "close", "publication", "list", "help", "x"),
        fc.array(fc.oneof(shortText, dateText, caseRef), { maxLength: 6 }),
      )
      .map(([s, a]) => [s, ...a].join(" ")),
  },
  { weight: 2, arbitrary: messageText },
);
