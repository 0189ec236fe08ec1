import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import { referBack } from "../../src/core/knowledge/named-bodies.js";
import { splitWords } from "../../src/core/knowledge/tokenize-text.js";

const real = buildKnowledgeIndex(loadKnowledge());
const answerText = (q: string) => {
  const a = answerQuestion(real, q);
  return a.kind === "answer" ? a.article.text : a.kind;
};

describe("a question that says 'it' after naming a body", () => {
  it("is answered about the body named before it", () => {
    expect(
      answerText(
        "Hi, I'm a named nurse at MKUH. I've just joined the Review Board as one of the trust reps. " +
          "I've never sat on anything at partnership level before. Who chairs it and how often does it meet?",
      ),
    ).toMatch(/Head of Safeguarding/);
    expect(
      answerText(
        "I'm the VCS rep on a few MK Together groups and I've just been invited onto the Health and " +
          "Care Partnership. Trying to figure out how it works. Who chairs it and how often does it meet?",
      ),
    ).toMatch(/Leader of the Council/);
    expect(
      answerText(
        "I'm a practice nurse in CMK and our lead mentioned there's an FGM Panel in Milton Keynes. " +
          "I'd like to understand how it fits in with everything else. Which board oversees it?",
      ),
    ).toMatch(/Risk Board/);
  });

  it("reads 'they' and 'their' the same way", () => {
    expect(
      answerText(
        "I'm the DSL at an academy in Kingston. The section 175 feedback letter mentions the " +
          "Independent Safeguarding Scrutineer. I don't know who they are. What do they actually do in MK?",
      ),
    ).toMatch(/critical friend/);
    // ...and an address the named body's articles do not hold is not another body's address.
    expect(
      answerText(
        "DSL in paediatrics at MKUH. We need to send the rapid review referral form to the MK " +
          "Together team but the form doesn't say where it goes. What's their email address?",
      ),
    ).toBe("none");
    expect(answerText("whats the email for the MK Together team")).toBe("none");
    expect(answerText("whats the mash email")).toMatch(/@/);
  });

  it("reads 'it' as the body named just after, where none was named before", () => {
    expect(answerText("ok and who chairs it? the review board i mean")).toMatch(
      /Head of Safeguarding/,
    );
    // ...but not the term a practitioner asks the meaning of.
    const words = splitWords("CONI - what does it stand for, saw it in an old cdop bit");
    const part = splitWords("what does it stand for");
    expect(referBack(words, part, real.referents)).toEqual(part);
  });

  it("gives both bodies' articles where one question names two", () => {
    const a = answerQuestion(
      real,
      "whats the difference between safer mk and the safeguarding partnership? our head keeps mixing them up",
    );
    expect(a.kind).toBe("answer");
    const both = a.kind === "answer" ? `${a.article.text} ${a.also?.text ?? ""}` : "";
    expect(both).toMatch(/crime/i);
    expect(both).toMatch(/Safeguarding Partnership/);
  });

  it("answers a comparison of two terms with both", () => {
    const both = (q: string) => {
      const a = answerQuestion(real, q);
      return a.kind === "answer" ? `${a.article.text} ${a.also?.text ?? ""}` : a.kind;
    };
    const marac = both("MARAC vs MASH? a housing colleague used them like theyre the same");
    expect(marac).toMatch(/Multi-Agency Risk Assessment Conference/);
    expect(marac).toMatch(/Safeguarding Hub/);
    const s17 = both("diff between s17 and s47");
    expect(s17).toMatch(/child in need/i);
    expect(s17).toMatch(/significant harm/i);
    // What is said after the comparison is not compared: the DSL is who is off, not a term.
    const levels = answerQuestion(
      real,
      "wats the diffrence between level 3 and level 4 on levels of need, always get muddled n the DSL is off",
    );
    expect(levels.kind === "answer" && levels.article.text).toMatch(/significant harm/);
    expect(levels.kind === "answer" && levels.also?.term).not.toBe("DSL");
  });

  it("reads 'it' as the form or decision where the practitioner does something to it", () => {
    const words = splitWords(
      "MASH have emailed asking for info on a job I went to. do i just send it",
    );
    const part = splitWords("do i just send it");
    expect(referBack(words, part, real.referents)).toEqual(part);
  });

  it("does not answer 'who is it?' about a named person's role as if it asked what the role is", () => {
    const a = answerQuestion(
      real,
      "Lay member on one of the MK Together boards, I'm writing a formal letter and need the full " +
        "name of the current Independent Safeguarding Scrutineer. Who is it?",
    );
    expect(a.kind).toBe("none");
  });
});
