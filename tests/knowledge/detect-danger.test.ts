import { describe, expect, it } from "vitest";
import { compileDanger } from "../../src/core/knowledge/compile-danger.js";
import { detectDanger } from "../../src/core/knowledge/detect-danger.js";
import { dangerSchema } from "../../src/core/knowledge/knowledge-schema.js";
import { sentenceWords } from "../../src/core/knowledge/split-clauses.js";

/*
 * How the reading combines signs, on a small content file of its own, so each rule of
 * danger.yaml's header is checked apart from the real word lists (which eval.test.ts judges on
 * whole sets of messages).
 */
const content = {
  reviewed: "2026-12-05",
  ignore: ["what do i do now"],
  negators: ["not", "no"],
  earlier: ["was"],
  continuing: ["since"],
  past: ["last year", "last night"],
  habitual: ["most weeks"],
  resolved: ["back home", "has stopped", "seems fine", "in hospital"],
  seemsWell: ["seems fine"],
  asking: ["what should i do if"],
  general: ["difference between"],
  notAChild: ["my dog"],
  lists: {
    now: ["now", "outside", "waiting", "tonight"],
    today: ["tonight"],
    urgent: ["right now"],
    young: ["toddler"],
    children: ["boy", "kids"],
    noHelp: ["nobody took her to hospital"],
    routing: ["who do i tell"],
    pills: ["tablets", "battery"],
    soon: ["saturday"],
    days: ["saturday"],
    happened: ["was", "got"],
  },
  lasting: ["noHelp"],
  signs: [
    { name: "not breathing", words: ["not breathing"] },
    { name: "suicidal", words: ["suicidal"] },
    { name: "weapon", words: ["knife"], needs: ["now"] },
    { name: "alone", words: ["home alone"], needs: ["young", "now"] },
    { name: "violence", words: ["hitting*"], needs: ["now"], within: "sentence" },
    {
      name: "missing",
      words: ["not come home"],
      needs: ["now"],
      ongoing: true,
      settledBy: ["is back"],
    },
    { name: "abduction", words: ["pulled into a van"] },
    { name: "stopped breathing", words: ["stopped breathing"] },
    { name: "injury, no help", words: ["swollen", "broke her arm"], needs: ["noHelp"] },
    { name: "stabbed", words: ["stabbed"] },
    { name: "cut soon", words: ["to be cut"], needs: ["soon"], within: "sentence" },
    { name: "threat", words: ["kill me"], settledBy: ["what kids say"] },
    { name: "swallowed", words: ["swallowed"], needs: ["pills"], showsLater: true },
  ],
};
const model = compileDanger(dangerSchema.parse(content), new Map([["kids", "children"]]));
const read = (text: string) => detectDanger(model, sentenceWords(text));

describe("reading a message for a child in immediate danger", () => {
  it("raises a sign that is enough on its own", () => {
    expect(read("the baby is not breathing")).toBe("not breathing");
  });

  it("matches word forms and words in between", () => {
    expect(read("a man pulled her sister into a van")).toBe("abduction");
  });

  it("needs a sign of now for a sign that is not enough alone", () => {
    expect(read("a boy has a knife")).toBeUndefined();
    expect(read("a boy has a knife, he is outside")).toBe("weapon");
    expect(read("toddler home alone")).toBe("alone");
  });

  it("does not count a negated sign", () => {
    expect(read("she says she is not suicidal")).toBeUndefined();
  });

  it("does not count what happened before, unless it also says now", () => {
    expect(read("he was suicidal last year")).toBeUndefined();
    expect(read("the man who had the knife last year is outside now")).toBe("weapon");
  });

  it("reads what someone was quoted as saying at a time gone by as of that time", () => {
    // Said last year, "outside" was then; said with no time, or with a now of the writer's own,
    // it is now. An apostrophe inside a word, or one with no partner ("'cos"), quotes nothing.
    expect(read("last year he told her 'i've got a knife, i'm outside'")).toBeUndefined();
    expect(read("he told her 'i've got a knife, i'm outside'")).toBe("weapon");
    expect(read("last year he said 'i'm outside' and he's outside now with a knife")).toBe(
      "weapon",
    );
    expect(read("last year he got a knife 'cos he's outside now")).toBe("weapon");
    expect(read("last year mum's boyfriend had a knife and he is outside now")).toBe("weapon");
  });

  it("reads a day of the week after what happened as a day gone by, and before it as to come", () => {
    expect(read("his brother got stabbed on saturday")).toBeUndefined();
    expect(read("his brother got stabbed")).toBe("stabbed");
    expect(read("she is flying out on saturday to be cut")).toBe("cut soon");
    // A day just before what happened is gone by too; one well before it is still to come.
    expect(read("on saturday when he got stabbed")).toBeUndefined();
    expect(read("she is flying out on saturday to be cut like her sister was")).toBe("cut soon");
  });

  it("reads a short question naming a harm as asking about it, not telling it", () => {
    expect(read("older lads keep picking him up. stabbed?")).toBeUndefined();
    expect(read("older lads keep picking him up. stabbed.")).toBe("stabbed");
    // ...and only its own clause: what comes after the question is told.
    expect(read("is he ok? his brother got stabbed")).toBe("stabbed");
  });

  it("does not count a need or a time right after a negative", () => {
    expect(read("the knife is not outside")).toBeUndefined();
    expect(read("the knife is outside")).toBe("weapon");
  });

  it("does not read what keeps happening as now, unless it says right now", () => {
    // "comes in" reads as now, but "most weeks" says it is a habit being described.
    expect(read("toddler comes in home alone most weeks, waiting")).toBeUndefined();
    expect(read("toddler home alone most weeks and right now, waiting")).toBe("alone");
  });

  it("keeps a missing child missing since a time in the past", () => {
    expect(read("she has not come home since last night, it is now morning")).toBe("missing");
  });

  it("does not read 'was waiting' as now", () => {
    expect(read("a man with a knife was waiting")).toBeUndefined();
  });

  it("raises nothing once the message says it was dealt with, unless the harm is going on this minute", () => {
    expect(read("she had not come home. she is back home now")).toBeUndefined();
    expect(read("he is hitting her now. the kids are back home")).toBeUndefined();
    expect(read("he is hitting her right now. the kids are back home")).toBe("violence");
  });

  it("reads a message asking where to take a concern as told after the event, unless a sign's clause says now", () => {
    expect(read("the boy was suicidal. who do i tell")).toBeUndefined();
    expect(
      read("the boy said he was suicidal, he is fine at school. who do i tell"),
    ).toBeUndefined();
    expect(read("the boy is suicidal right now. who do i tell")).toBe("suicidal");
    expect(read("a man with a knife is outside. who do i tell")).toBe("weapon");
    expect(read("the boy was suicidal")).toBe("suicidal");
  });

  it("does not read words of a sign as saying it is over ('has stopped breathing')", () => {
    expect(read("the baby has stopped breathing")).toBe("stopped breathing");
    expect(read("the hitting has stopped now")).toBeUndefined();
  });

  it("lets a sign's own 'settled' phrases settle it, and no other sign", () => {
    expect(read("she had not come home. she is back now")).toBeUndefined();
    expect(read("dad is back now with a knife")).toBe("weapon");
  });

  it("takes only the writer's own words as saying it is over, not what someone is quoted as saying", () => {
    expect(read("mum said 'he is back home'. the boy is not breathing")).toBe("not breathing");
    expect(read("mum said he is back home. the boy is not breathing")).toBeUndefined();
    // A sign's own settled phrase may be quoted: what a threat was made on.
    expect(read("the boy had not come home now, mum says 'he is back'")).toBeUndefined();
  });

  it("matches the phrases that settle a sign in the message as typed and as put right", () => {
    // The speller reads "kids" as "children"; the phrase is written as people type it.
    expect(read("he said dad will kill me, just what kids say")).toBeUndefined();
    expect(read("he said dad will kill me, just what children say")).toBeUndefined();
    expect(read("he said dad will kill me")).toBe("threat");
  });

  it("lets how a child seems settle nothing whose harm shows later, unless it was long ago", () => {
    expect(read("the toddler swallowed a battery. he seems fine")).toBe("swallowed");
    expect(read("the toddler swallowed a battery. he is in hospital")).toBeUndefined();
    expect(read("the boy swallowed tablets last year. he seems fine")).toBeUndefined();
    // A day beside what was swallowed is a day gone by; elsewhere it may be one to come.
    expect(read("the boy swallowed tablets saturday. he seems fine")).toBeUndefined();
    expect(read("the toddler swallowed a battery. he seems fine. gp can see him saturday")).toBe(
      "swallowed",
    );
    // Other signs are settled by it as before.
    expect(read("the toddler was home alone now. he seems fine")).toBeUndefined();
  });

  it("refuses a 'seemsWell' phrase that 'resolved' does not have: it would do nothing", () => {
    const dead = { ...content, seemsWell: ["seems fine", "completely fine"] };
    expect(dangerSchema.safeParse(dead).success).toBe(false);
    expect(dangerSchema.safeParse(content).success).toBe(true);
  });

  it("does not let what is over settle a sign across a 'but' that follows it", () => {
    expect(read("he is back home but his sister is not breathing")).toBe("not breathing");
    expect(read("the toddler was home alone now but she is back home")).toBeUndefined();
  });

  it("raises nothing for a question in general, unless it says something is happening now", () => {
    expect(read("what should i do if a child is suicidal")).toBeUndefined();
    expect(read("what should i do if a child has a knife")).toBeUndefined();
    expect(read("what should i do if a boy has a knife outside right now")).toBe("weapon");
    expect(read("what is the difference between a knife now and then")).toBeUndefined();
  });

  it("reads a question in general as framing its own clause, not the rest of the message", () => {
    expect(read("what should i do if he is not breathing")).toBeUndefined();
    expect(read("what should i do if, my son is not breathing")).toBe("not breathing");
  });

  it("reads a question as framing what comes after it, not a description before it", () => {
    // Unpunctuated, the whole message is one clause: the description comes first.
    expect(read("the baby is not breathing what should i do if")).toBe("not breathing");
  });

  it("dates a clause by a time standing alone after it, or opening the clause after it", () => {
    expect(read("he had a knife, last year. he is outside now")).toBeUndefined();
    expect(read("he had a knife. he is outside now")).toBe("weapon");
    expect(
      read("he had a knife, last year when he lived with us. he is outside now"),
    ).toBeUndefined();
    expect(read("he had a knife, we think he was here last year. he is outside now")).toBe(
      "weapon",
    );
  });

  it("dates a clause that goes on with the story in the past by the one before it", () => {
    const before = "last night a boy came to the door, ";
    expect(read(`${before}then got pulled into a van`)).toBeUndefined();
    expect(read(`${before}he got pulled into a van`)).toBeUndefined();
    // Told in the present, or with nothing dated before it, it is now.
    expect(read(`${before}he is being pulled into a van`)).toBe("abduction");
    expect(read("a boy came to the door, then got pulled into a van")).toBe("abduction");
  });

  it("reads a time of today in a clause told wholly in the past as gone by", () => {
    expect(read("a boy came in tonight with a knife")).toBeUndefined();
    expect(read("a boy is here tonight with a knife")).toBe("weapon");
    expect(read("a boy came in saying he is coming back tonight with a knife")).toBe("weapon");
  });

  it("raises nothing for an adult or an animal, unless a child is named too", () => {
    expect(read("my dog is not breathing")).toBeUndefined();
    expect(read("my dog is fine but the boy is not breathing")).toBe("not breathing");
    // "no kids" names no child.
    expect(read("my dog is not breathing, no kids here")).toBeUndefined();
  });

  it("reads 'what do I do now' as a question, not as now", () => {
    expect(read("a pupil mentioned a knife, what do i do now")).toBeUndefined();
  });

  it("reads no help told in the past as no help now, but not an injury told in the past", () => {
    const told = "arm really swollen, dad twisted it last night and nobody took her to hospital";
    expect(read(told)).toBe("injury, no help");
    expect(read("she broke her arm last year and nobody took her to hospital")).toBeUndefined();
  });

  it("wants the sign of now in the same sentence where the sign says so", () => {
    expect(read("dad keeps hitting mum. she is at school now")).toBeUndefined();
    expect(read("dad is hitting mum now")).toBe("violence");
  });
});
