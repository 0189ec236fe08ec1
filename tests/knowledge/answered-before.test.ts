import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import {
  answeredBefore,
  compileAnsweredBefore,
  DANGER,
  dangerBefore,
} from "../../src/core/knowledge/answered-before.js";
import { answeredBeforeSchema } from "../../src/core/knowledge/knowledge-schema.js";
import { fixtureIndex } from "./fixture-knowledge.js";

const earlier = (asked: [string, string][], threshold = 0.8) =>
  compileAnsweredBefore(
    answeredBeforeSchema.parse({
      name: "test",
      trained: "2026-12-05",
      examples: { read: asked.length, messages: asked.length, sets: 1 },
      neighbours: 8,
      threshold,
      asked,
    }),
    (id) => id !== "removed",
  );

// Filler messages, so that no word of the examples below is common to most of them.
const filler: [string, string][] = Array.from({ length: 80 }, (_, i) => [
  "",
  `filler${i} other${i}`,
]);
const moreFiller: [string, string][] = Array.from({ length: 80 }, (_, i) => [
  "",
  `more${i} again${i}`,
]);

describe("the entries that answered earlier messages", () => {
  it("names the entry that answered nearly all of the nearest earlier messages", () => {
    const ab = earlier([
      ["mash-phone", "hub ring advic"],
      ["mash-phone", "hub ring number"],
      ["mash-phone", "advic line ring"],
      ["refer-a-child", "send form"],
      ...filler,
    ]);
    expect(answeredBefore(ab, ["ring", "advic"])).toBe("mash-phone");
    expect(answeredBefore(ab, ["nothing", "like", "these"])).toBeUndefined();
  });

  it("names none when the nearest earlier messages were answered by several, or declined", () => {
    const ab = earlier([
      ["mash-phone", "hub number"],
      ["refer-a-child", "hub form"],
      ["", "line manager"],
      ["", "my line manager"],
      ...filler,
    ]);
    expect(answeredBefore(ab, ["hub"])).toBeUndefined();
    expect(answeredBefore(ab, ["line", "manag"])).toBeUndefined();
  });

  it("reads a message as an emergency when its nearest earlier messages nearly all were", () => {
    const ab = earlier([
      [DANGER, "kayak flip stuck under"],
      [DANGER, "canoe flip stuck under water"],
      [DANGER, "boat capsiz stuck under"],
      ["water-safety", "kayak club safeguard polic"],
      // The emergency vote searches only words few examples use: enough filler that three do.
      ...filler,
      ...moreFiller,
    ]);
    expect(dangerBefore(ab, ["kayak", "stuck", "under"])).toBe(true);
    // An emergency is never the entry that answers a question, and does not dilute the vote
    // among the questions.
    expect(answeredBefore(ab, ["kayak", "stuck", "under"])).toBe("water-safety");
    expect(dangerBefore(ab, ["kayak", "club", "polic"])).toBe(false);
  });

  it("counts a message met in several sets once: copies do not outvote another answer", () => {
    const copies = Array.from({ length: 7 }, (): [string, string] => ["mash-phone", "hub ring"]);
    const ab = earlier([...copies, ["refer-a-child", "hub ring form"], ...filler, ...moreFiller]);
    expect(answeredBefore(ab, ["hub", "ring"])).toBeUndefined();
  });

  it("leaves out earlier answers by an entry the knowledge base no longer has", () => {
    const ab = earlier([["removed", "hub ring"], ["removed", "hub ring number"], ...filler]);
    expect(answeredBefore(ab, ["hub", "ring"])).toBeUndefined();
  });

  it("answers a question the search alone would not have settled, as an answer with its source", () => {
    const index = fixtureIndex();
    const q = "zebra crossing thing for quarterly gatherings";
    // Untaught: no earlier message near it (the real examples, filtered to the fixture's few
    // entries, are mostly emergencies, and would vote).
    const untaught = { ...index, answeredBefore: earlier(filler) };
    expect(answerQuestion(untaught, q).kind).toBe("none");
    const taught = {
      ...index,
      answeredBefore: earlier([
        ["panel-meetings", "zebra crossing gather"],
        ["panel-meetings", "zebra gather quarter"],
        ...filler,
      ]),
    };
    const a = answerQuestion(taught, q);
    expect(a.kind === "answer" && a.article.id).toBe("panel-meetings");
    expect(a.kind === "answer" && a.via).toBe("before");
  });
});
