import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/core/content/load-data-file.js";
import { DANGER } from "../../src/core/knowledge/answered-before.js";
import { glossaryId } from "../../src/core/knowledge/build-knowledge-index.js";
import { readLikenessExamples } from "../../src/core/knowledge/likeness-examples.js";
import {
  checkKnowledge,
  DEFAULT_KNOWLEDGE_PATHS,
  loadKnowledge,
} from "../../src/core/knowledge/load-knowledge.js";
import { copyFixtures, FIXTURE_NOW, FIXTURE_PATHS } from "./fixture-knowledge.js";

const describeProblems = (problems: { file: string; problem: string }[]) =>
  problems.map((p) => `${p.file}: ${p.problem}`);

describe("the knowledge base content (knowledge/)", () => {
  const { problems, articles, glossary } = checkKnowledge(DEFAULT_KNOWLEDGE_PATHS, new Date());

  it("has no content problems: schema, unique ids, id = file name, related links, sources, dates", () => {
    expect(describeProblems(problems)).toEqual([]);
  });

  it("loads with its search vocabulary and reply wording", () => {
    expect(() => loadKnowledge()).not.toThrow();
  });

  it("has likenesses fitted on today's example messages (else: npm run train:likeness)", () => {
    const content = loadKnowledge();
    const examples = readLikenessExamples(content);
    for (const likeness of [content.dangerLikeness, content.declineLikeness]) {
      expect(likeness.examples.messages, likeness.name).toBe(examples.length);
    }
    // The earlier answers: made from every message of today's sets, each naming an entry the
    // knowledge base still has.
    const read = examples.filter((e) => e.set !== "knowledge base").length;
    expect(content.answeredBefore.examples.read, content.answeredBefore.name).toBe(read);
    const ids = new Set([
      ...content.articles.map((a) => a.id),
      ...content.glossary.terms.map((t) => glossaryId(t.term)),
      "",
      DANGER,
    ]);
    const gone = content.answeredBefore.asked.filter(([id]) => !ids.has(id)).map(([id]) => id);
    expect([...new Set(gone)], "entries no longer in the knowledge base").toEqual([]);
  });

  it("covers the seeds with 40 or more articles, each with a source and a reviewed date", () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    for (const a of articles) {
      expect(a.source.trim(), a.file).not.toBe("");
      expect(a.short.length, `${a.file} has a short answer`).toBe(1);
    }
  });

  it("defines the acronyms practitioners meet in the seeds", () => {
    const terms = new Set(glossary?.terms.map((t) => t.term.toUpperCase()));
    for (const t of [
      "MASH",
      "MARF",
      "CAF",
      "LADO",
      "CSPR",
      "LCSPR",
      "SAR",
      "DHR",
      "ICB",
      "TVP",
      "CNWL",
      "MKUHFT",
      "DSL",
      "RAG",
      "MARAC",
      "CDOP",
      "STC",
      "SCR",
    ]) {
      expect(terms.has(t), t).toBe(true);
    }
  });
});

describe("the content check names the file and the problem", () => {
  const problemsAfter = (edit: (paths: ReturnType<typeof copyFixtures>) => void) => {
    const paths = copyFixtures();
    edit(paths);
    return describeProblems(checkKnowledge(paths, FIXTURE_NOW).problems);
  };
  const article = (paths: ReturnType<typeof copyFixtures>, id: string) =>
    path.join(paths.articlesDir, `${id}.md`);
  const rewrite = (file: string, from: RegExp | string, to: string) =>
    writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

  it("accepts the fixtures as they are", () => {
    expect(describeProblems(checkKnowledge(FIXTURE_PATHS, FIXTURE_NOW).problems)).toEqual([]);
  });

  it("an article without a source", () => {
    const found = problemsAfter((p) => rewrite(article(p, "mash-phone"), /^source:.*\n/m, ""));
    expect(found).toEqual([expect.stringMatching(/mash-phone\.md: source: .*/)]);
  });

  it("an id that is not the file name (which also rules out duplicate ids)", () => {
    const found = problemsAfter((p) =>
      rewrite(article(p, "mash-phone"), "id: mash-phone", "id: refer-a-child"),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /mash-phone\.md: id: "refer-a-child" must equal the file name "mash-phone"/,
      ),
    ]);
  });

  it("a related link to an article that does not exist", () => {
    const found = problemsAfter((p) =>
      rewrite(article(p, "refer-a-child"), "related: [mash-phone]", "related: [mash-phones]"),
    );
    expect(found).toEqual([
      expect.stringMatching(/refer-a-child\.md: related: "mash-phones" is not an article id/),
    ]);
  });

  it("a reviewed date in the future, or not a real date", () => {
    const future = problemsAfter((p) =>
      rewrite(article(p, "mash-phone"), /reviewed: .*/, "reviewed: 2026-03-02"),
    );
    expect(future).toEqual([
      expect.stringMatching(/mash-phone\.md: reviewed: 2026-03-02 is in the future/),
    ]);
    const unreal = problemsAfter((p) =>
      rewrite(article(p, "mash-phone"), /reviewed: .*/, "reviewed: 2025-02-30"),
    );
    expect(unreal).toEqual([
      expect.stringMatching(/mash-phone\.md: reviewed: 2025-02-30 is not a real calendar date/),
    ]);
  });

  it("missing questions, a body without a short answer, and unreadable front matter", () => {
    expect(
      problemsAfter((p) =>
        rewrite(article(p, "panel-meetings"), /questions:\n( {2}- .*\n)+/, "questions: []\n"),
      ),
    ).toEqual([
      expect.stringMatching(/panel-meetings\.md: questions: needs at least one question/),
    ]);
    expect(
      problemsAfter((p) => rewrite(article(p, "panel-meetings"), /---\n[^-]*$/, "---\n")),
    ).toEqual([expect.stringMatching(/panel-meetings\.md: has no body/)]);
    expect(
      problemsAfter((p) => rewrite(article(p, "panel-meetings"), "title: How", "title: [How")),
    ).toEqual([expect.stringMatching(/panel-meetings\.md: front matter cannot be read as YAML/)]);
  });

  it("the same question listed by two articles", () => {
    const found = problemsAfter((p) =>
      rewrite(
        article(p, "mash-phone"),
        "  - who do i ring\n",
        "  - who do i ring\n  - How do I refer a child?\n",
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /refer-a-child\.md: questions: "how do i refer a child" is also a question of .*mash-phone\.md/,
      ),
    ]);
  });

  it("a glossary term without a meaning, or with a broken related link", () => {
    const found = problemsAfter((p) => {
      rewrite(p.glossaryFile, / {4}meaning: The officer.*\n/, "");
      rewrite(p.glossaryFile, "related: [refer-a-child]", "related: [nowhere]");
    });
    expect(found.join("\n")).toMatch(/glossary\.yaml: terms\.1\.meaning: /);
    const related = problemsAfter((p) =>
      rewrite(p.glossaryFile, "related: [refer-a-child]", "related: [nowhere]"),
    );
    expect(related).toEqual([
      expect.stringMatching(
        /glossary\.yaml: terms\.0 \(MARF\)\.related: "nowhere" is not an article id/,
      ),
    ]);
  });

  it("loading refuses broken content with a ContentError naming the file", () => {
    const paths = copyFixtures();
    rmSync(path.join(paths.articlesDir, "mash-phone.md"));
    let error: unknown;
    try {
      loadKnowledge(paths, FIXTURE_NOW);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toMatch(/refer-a-child\.md$/);
    expect((error as ContentError).message).toMatch(/related: "mash-phone" is not an article id/);
  });

  it("answers without earlier answers when their file is missing, and refuses a corrupt one by name", () => {
    const dir = path.dirname(copyFixtures().articlesDir);
    const missing = { ...FIXTURE_PATHS, answeredBeforeFile: path.join(dir, "none.json") };
    expect(loadKnowledge(missing, FIXTURE_NOW).answeredBefore.asked).toEqual([]);
    const corrupt = path.join(dir, "answered-before.json");
    writeFileSync(corrupt, '{"name": "the entries", "asked": [["mash-phone"');
    let error: unknown;
    try {
      loadKnowledge({ ...FIXTURE_PATHS, answeredBeforeFile: corrupt }, FIXTURE_NOW);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toMatch(/answered-before\.json$/);
  });
});
