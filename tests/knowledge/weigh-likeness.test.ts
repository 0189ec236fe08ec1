import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { fitLikeness } from "../../src/core/knowledge/fit-likeness.js";
import { readDanger } from "../../src/core/knowledge/understand-message.js";
import {
  compileLikeness,
  likenessFeatures,
  weighLikeness,
} from "../../src/core/knowledge/weigh-likeness.js";
import { fixtureIndex } from "./fixture-knowledge.js";

/** A likeness by hand: a bias and a few weights. */
const handMade = (name: string, weights: Record<string, number>) =>
  compileLikeness({
    name,
    trained: "2026-12-05",
    examples: { messages: 3, like: 1, sets: 1 },
    threshold: 0.7,
    bias: -3,
    weights,
  });

// The fixture knowledge base, built once for the file.
const index = fixtureIndex();

describe("weighing a message against example messages of a kind", () => {
  it("reads words and neighbouring pairs, whatever the case and apostrophes", () => {
    const f = likenessFeatures("Dad's got a KNIFE!");
    expect([...f]).toEqual(["dads", "got", "a", "knife", "dads got", "got a", "a knife"]);
  });

  it("learns from examples which messages read like the kind", () => {
    const examples = [
      ...["he has a knife at the door now", "a man with a knife outside now", "knife out now"].map(
        (t) => ({ features: [...likenessFeatures(t)], like: true }),
      ),
      ...["knife crime training next term", "where is the training on knife crime", "lunch"].map(
        (t) => ({ features: [...likenessFeatures(t)], like: false }),
      ),
    ];
    const learned = fitLikeness(examples);
    expect(weighLikeness(learned, "there is a knife at the door now")).toBeGreaterThan(0.7);
    expect(weighLikeness(learned, "is there knife crime training")).toBeLessThan(0.3);
  });

  it("raises the alarm the rules missed, and never silences one they raised", () => {
    const dangerLikeness = handMade("reads like the example emergencies", {
      ferret: 6,
      breathing: -10,
    });
    const reading = { ...index, dangerLikeness };
    expect(readDanger(reading, "the ferret is loose in the nursery")).toBe(dangerLikeness.name);
    expect(readDanger(reading, "what time is lunch")).toBeUndefined();
    // The rules' own alarm stands, however unlike the examples the message reads.
    expect(readDanger(reading, "the baby is not breathing")).toBeDefined();
    expect(readDanger(reading, "the baby is not breathing")).not.toBe(dangerLikeness.name);
  });

  it("declines a question that reads like the questions to decline, but never an emergency", () => {
    const declineLikeness = handMade("reads like the example questions to decline", {
      parking: 6,
      breathing: 6,
    });
    const reading = { ...index, declineLikeness };
    expect(answerQuestion(index, "hub phone number").kind).toBe("answer");
    expect(answerQuestion(reading, "hub phone number").kind).toBe("answer");
    expect(answerQuestion(index, "hub phone number and parking").kind).toBe("answer");
    expect(answerQuestion(reading, "hub phone number and parking").kind).toBe("none");
    expect(answerQuestion(reading, "the baby is not breathing").kind).toBe("danger");
  });
});
