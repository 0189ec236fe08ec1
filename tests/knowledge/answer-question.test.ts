import { describe, expect, it } from "vitest";
import { type Answer, answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { buildKnowledgeIndex } from "../../src/core/knowledge/build-knowledge-index.js";
import { loadKnowledge } from "../../src/core/knowledge/load-knowledge.js";
import {
  blocksToPlainText,
  markdownToBlocks,
} from "../../src/core/knowledge/markdown-to-blocks.js";
import { stemWord } from "../../src/core/knowledge/stem-word.js";
import { fixtureIndex } from "./fixture-knowledge.js";

const index = fixtureIndex();
const answered = (a: Answer) => (a.kind === "answer" ? a.article.id : a.kind);

describe("answerQuestion over the fixture articles", () => {
  it("answers a question worded differently from the article", () => {
    const a = answerQuestion(index, "where should i send the referral form?");
    expect(answered(a)).toBe("refer-a-child");
    if (a.kind === "answer") {
      expect(a.score).toBeGreaterThan(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(a.article.source).toBe("Fixture source A, section 1");
      expect(a.article.reviewed).toBe("2026-01-10");
    }
  });

  it("forgives typos (one slip in a word of 5-7 letters, two from 8) and word forms", () => {
    expect(answered(answerQuestion(index, "hub phone numbr"))).toBe("mash-phone");
    expect(answered(answerQuestion(index, "were do i send the refferal form"))).toBe(
      "refer-a-child",
    );
    expect(answered(answerQuestion(index, "how often do review panels have meetings"))).toBe(
      "panel-meetings",
    );
    expect(answered(answerQuestion(index, "referring a child"))).toBe("refer-a-child");
  });

  it("widens a question with synonyms from knowledge/search/synonyms.yaml", () => {
    // "telephone" is only in the synonym file's phone group, never in the article.
    expect(answered(answerQuestion(index, "hub telephone"))).toBe("mash-phone");
    // "kid" -> "child" and "marf" -> "referral".
    expect(answered(answerQuestion(index, "how do i refer a kid"))).toBe("refer-a-child");
  });

  it("answers 'what does X mean' from the glossary, with the glossary as source", () => {
    for (const q of ["what does MARF mean?", "marf stands for", "What's the meaning of marf"]) {
      const a = answerQuestion(index, q);
      expect(a.kind, q).toBe("answer");
      if (a.kind !== "answer") continue;
      expect(a.article.kind).toBe("glossary");
      expect(a.article.text).toContain("MARF stands for Multi-Agency Referral Form.");
      expect(a.article.source).toMatch(/^Glossary of safeguarding terms: Fixture source A/);
    }
    const lado = answerQuestion(index, "what is the LADO");
    expect(lado.kind === "answer" && lado.article.term).toBe("LADO");
    // An expansion typed in full finds the acronym too.
    const full = answerQuestion(index, "what does local authority designated officer mean");
    expect(full.kind === "answer" && full.article.term).toBe("LADO");
  });

  it("offers two or three candidates when a question fits several equally", () => {
    const a = answerQuestion(index, "safeguarding training");
    expect(a.kind).toBe("suggest");
    if (a.kind === "suggest") {
      expect(a.candidates.length).toBeGreaterThanOrEqual(2);
      expect(a.candidates.length).toBeLessThanOrEqual(3);
      expect(a.candidates.map((c) => c.entry.id).sort()).toEqual([
        "training-for-health-staff",
        "training-for-school-staff",
      ]);
    }
  });

  it("answers nothing at all for questions outside safeguarding, never a guess", () => {
    for (const q of [
      "what's the weather tomorrow",
      "how do i reset my password",
      "where can i get lunch",
      "football scores",
      "how do i book a holiday",
      "asdfghjkl",
      "???",
    ]) {
      expect(answerQuestion(index, q).kind, q).toBe("none");
    }
  });

  it("answers a question an article lists word for word with full confidence", () => {
    const a = answerQuestion(index, "Who do I ring?");
    expect(a.kind === "answer" && a.via).toBe("question");
    expect(a.kind === "answer" && a.score).toBe(1);
  });
});

describe("answerQuestion over the real knowledge base", () => {
  const real = buildKnowledgeIndex(loadKnowledge());

  it("puts today's arrangements before the 2011-12 history unless the question looks back", () => {
    expect(answered(answerQuestion(real, "who chairs the review group"))).toBe("review-group");
    expect(answered(answerQuestion(real, "who chaired the serious case review sub group"))).toBe(
      "mkscb-subgroups-2011-12",
    );
    expect(answered(answerQuestion(real, "mkscb sub group chairs 2011"))).toBe(
      "mkscb-subgroups-2011-12",
    );
  });

  it("never gives Milton Keynes details for another area", () => {
    expect(answered(answerQuestion(real, "mash phone number"))).toBe("mash-contacts");
    expect(answerQuestion(real, "northamptonshire mash phone number").kind).toBe("none");
    expect(answerQuestion(real, "bucks mash email").kind).toBe("none");
    // An entry that names the place may still answer.
    expect(answered(answerQuestion(real, "does the child death board work with luton"))).toBe(
      "child-death-group",
    );
  });

  it("counts an acronym's expansion only where the whole phrase matches", () => {
    // "multi-agency safeguarding hub" must not make every article saying "safeguarding" a MASH one.
    expect(answered(answerQuestion(real, "who sits in the mash"))).toBe("mash-who-and-where");
  });

  it("offers a choice for a lone vague word, but answers one whose question word settles it", () => {
    for (const q of ["how long", "board meeting"]) {
      const a = answerQuestion(real, q);
      expect(a.kind, q).toBe("suggest");
      if (a.kind === "suggest") {
        expect(a.candidates.length).toBeGreaterThanOrEqual(2);
        expect(a.candidates.length).toBeLessThanOrEqual(3);
      }
    }
    expect(answered(answerQuestion(real, "where do i get the marf"))).toBe("marf-form");
  });

  it("reads a term typed with a quick misspelling or 'abbreviation' as a look-up", () => {
    expect(answered(answerQuestion(real, "wat is the mash"))).toBe("mash-what-it-is");
    const stc = answerQuestion(real, "stc abbreviation");
    expect(stc.kind === "answer" && stc.article.term).toBe("STC");
  });
});

describe("stemWord", () => {
  it("brings word forms together", () => {
    const same = [
      ["referring", "referred", "refers", "refer"],
      ["meetings", "meeting", "meets", "meet"],
      ["policies", "policy"],
      ["making", "make", "makes"],
      ["notified", "notify"],
      ["shared", "share", "sharing"],
    ];
    for (const group of same) {
      expect(new Set(group.map(stemWord)).size, group.join(",")).toBe(1);
    }
  });

  it("leaves short words, acronyms and numbers alone", () => {
    for (const w of ["ring", "need", "mash", "lado", "caf", "01908", "2018"]) {
      expect(stemWord(w)).toBe(w);
    }
  });
});

describe("markdownToBlocks", () => {
  it("turns Markdown into plain channel-free blocks", () => {
    const blocks = markdownToBlocks(
      "Call **999** if a child is in _danger_.\n\n- Phone: `01908 253169`\n1. See [the form](https://x.invalid/f)\n\n## Detail\nMore *here*.",
    );
    expect(blocks).toEqual([
      { kind: "text", text: "Call 999 if a child is in danger." },
      { kind: "list", items: ["Phone: 01908 253169", "See the form"] },
      { kind: "text", text: "Detail" },
      { kind: "text", text: "More here." },
    ]);
    expect(blocksToPlainText(blocks)).not.toMatch(/[*_`#[\]]/);
  });
});
