import { describe, expect, it } from "vitest";
import { introductionLength } from "../../src/core/knowledge/read-introduction.js";
import { splitWords } from "../../src/core/knowledge/tokenize-text.js";

const opening = (text: string) =>
  splitWords(text)
    .slice(0, introductionLength(text, splitWords(text).length))
    .join(" ");

describe("the writer's own role at the start of a message", () => {
  it("is the short opening clause that names a role", () => {
    expect(opening("A&E nurse at MKUH. We had a 14 yo in on Friday")).toBe("a e nurse at mkuh");
    expect(opening("Family support worker. Mum's drinking is worse")).toBe("family support worker");
    expect(opening("GP partner in CMK. A 15yo patient wants contraception")).toBe(
      "gp partner in cmk",
    );
    // ...up to "here", when the clause goes on to tell.
    expect(opening("hv here did a new birth visit, mum is low")).toBe("hv here");
  });

  it("is nothing when the opening tells about someone, or is the whole message", () => {
    expect(opening("Our TA. She keeps messaging a yr 10 on snapchat")).toBe("");
    expect(opening("Mum's partner. He hit her last night")).toBe("");
    expect(opening("young carer at our art project, she is exhausted")).toBe("");
    expect(opening("3yo found wandering in pyjamas by willen lake, no adult")).toBe("");
    expect(opening("school nurse")).toBe("");
    // The role, then where, then what happened to them: about someone.
    expect(opening("teacher at our school was arrested at the weekend - indecent images")).toBe("");
  });
});
