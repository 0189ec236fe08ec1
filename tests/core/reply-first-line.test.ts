import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Reply, type ReplyBlock, replyFirstLine, replyToText } from "../../src/core/reply.js";

/** Strings that may hold line breaks, be empty, or change length when upper-cased ("ß"). */
const text = fc.string({ unit: fc.constantFrom("a", "B", " ", "\n", "ß", "é", "1", ":") });

const block: fc.Arbitrary<ReplyBlock> = fc.oneof(
  fc.record({ kind: fc.constant("heading" as const), text }),
  fc.record({ kind: fc.constant("text" as const), text }),
  fc.record({ kind: fc.constant("note" as const), text }),
  fc.record({
    kind: fc.constant("facts" as const),
    facts: fc.array(fc.record({ title: text, value: text }), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("list" as const), items: fc.array(text, { maxLength: 3 }) }),
  fc.record(
    {
      kind: fc.constant("choices" as const),
      id: fc.constant("picked"),
      multi: fc.boolean(),
      options: fc.array(fc.record({ value: fc.constantFrom("a", "b"), label: text }), {
        maxLength: 3,
      }),
      selected: fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 2 }),
    },
    { requiredKeys: ["kind", "id", "multi", "options"] },
  ),
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    blocks: fc.array(block, { maxLength: 4 }),
    buttons: fc.array(fc.record({ label: text, action: fc.constant("x") }), { maxLength: 3 }),
  },
  { requiredKeys: ["blocks"] },
);

describe("a reply's first line (a Teams notification's summary)", () => {
  it("is exactly the first line of the reply's whole text, for any reply", () => {
    fc.assert(
      fc.property(reply, (r) => {
        const whole = replyToText(r);
        const end = whole.indexOf("\n");
        expect(replyFirstLine(r)).toBe(end < 0 ? whole : whole.slice(0, end));
      }),
      { numRuns: 5000 },
    );
  });

  it("is the heading in capitals for a card that opens with one", () => {
    expect(
      replyFirstLine({
        blocks: [
          { kind: "heading", text: "Suggested level: 3" },
          { kind: "text", text: "More" },
        ],
      }),
    ).toBe("SUGGESTED LEVEL: 3");
  });
});
