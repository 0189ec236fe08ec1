import { describe, expect, it } from "vitest";
import { trainLikeness } from "../../src/core/knowledge/train-likeness.js";
import { readDanger } from "../../src/core/knowledge/understand-message.js";
import {
  compileLikeness,
  dangerFeatures,
  weighDanger,
} from "../../src/core/knowledge/weigh-danger.js";
import { fixtureIndex } from "./fixture-knowledge.js";

describe("weighing a message against the example emergencies", () => {
  it("reads words and neighbouring pairs, whatever the case and apostrophes", () => {
    const f = dangerFeatures("Dad's got a KNIFE!");
    expect([...f]).toEqual(["dads", "got", "a", "knife", "dads got", "got a", "a knife"]);
  });

  it("learns from examples which messages read like emergencies", () => {
    const examples = [
      ...["he has a knife at the door now", "a man with a knife outside now", "knife out now"].map(
        (t) => ({ features: [...dangerFeatures(t)], emergency: true }),
      ),
      ...["knife crime training next term", "where is the training on knife crime", "lunch"].map(
        (t) => ({ features: [...dangerFeatures(t)], emergency: false }),
      ),
    ];
    const learned = trainLikeness(examples);
    expect(weighDanger(learned, "there is a knife at the door now")).toBeGreaterThan(0.7);
    expect(weighDanger(learned, "is there knife crime training")).toBeLessThan(0.3);
  });

  it("raises the alarm the rules missed, and never silences one they raised", () => {
    const index = fixtureIndex();
    const likeness = compileLikeness({
      name: "reads like the example emergencies",
      trained: "2026-12-05",
      examples: { messages: 3, emergencies: 1, sets: 1 },
      raise: 0.7,
      bias: -3,
      weights: { ferret: 6, breathing: -10 },
    });
    const reading = { ...index, likeness };
    expect(readDanger(reading, "the ferret is loose in the nursery")).toBe(likeness.name);
    expect(readDanger(reading, "what time is lunch")).toBeUndefined();
    // The rules' own alarm stands, however unlike the examples the message reads.
    expect(readDanger(reading, "the baby is not breathing")).toBeDefined();
    expect(readDanger(reading, "the baby is not breathing")).not.toBe(likeness.name);
  });
});
