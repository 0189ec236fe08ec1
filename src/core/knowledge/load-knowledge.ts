import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import {
  ContentError,
  describeIssues,
  KNOWLEDGE_DIR,
  loadDataFile,
} from "../content/load-data-file.js";
import { londonDate } from "../london-time.js";
import {
  type AnsweredBeforeContent,
  type ArticleFrontMatter,
  answeredBeforeSchema,
  articleFrontMatterSchema,
  type DangerModel as DangerContent,
  dangerSchema,
  type Glossary,
  glossarySchema,
  type KnowledgeReplies,
  knowledgeRepliesSchema,
  type LikenessContent,
  likenessSchema,
  type SearchVocabulary,
  type Situations,
  searchVocabularySchema,
  situationsSchema,
} from "./knowledge-schema.js";
import { type BodyBlock, blocksToPlainText, markdownToBlocks } from "./markdown-to-blocks.js";

export interface KnowledgePaths {
  articlesDir: string;
  glossaryFile: string;
  vocabularyFile: string;
  repliesFile: string;
  dangerFile: string;
  /** How much a message reads like the example emergencies, and like the questions to decline. */
  dangerLikenessFile: string;
  declineLikenessFile: string;
  answeredBeforeFile: string;
  situationsFile: string;
}

export const DEFAULT_KNOWLEDGE_PATHS: KnowledgePaths = {
  articlesDir: path.join(KNOWLEDGE_DIR, "articles"),
  glossaryFile: path.join(KNOWLEDGE_DIR, "glossary.yaml"),
  vocabularyFile: path.join(KNOWLEDGE_DIR, "search", "synonyms.yaml"),
  repliesFile: path.join(KNOWLEDGE_DIR, "search", "replies.yaml"),
  dangerFile: path.join(KNOWLEDGE_DIR, "search", "danger.yaml"),
  dangerLikenessFile: path.join(KNOWLEDGE_DIR, "search", "danger-likeness.json"),
  declineLikenessFile: path.join(KNOWLEDGE_DIR, "search", "decline-likeness.json"),
  answeredBeforeFile: path.join(KNOWLEDGE_DIR, "search", "answered-before.json"),
  situationsFile: path.join(KNOWLEDGE_DIR, "search", "situations.yaml"),
};

export interface Article extends ArticleFrontMatter {
  /** Path relative to the working directory, for messages an editor can act on. */
  file: string;
  /** The first paragraph: the short answer. */
  short: BodyBlock[];
  /** Everything after the first paragraph. */
  detail: BodyBlock[];
  /** Short answer and detail as plain text, for search and for the CLI. */
  text: string;
}

export interface KnowledgeContent {
  articles: Article[];
  glossary: Glossary;
  glossaryFile: string;
  vocabulary: SearchVocabulary;
  replies: KnowledgeReplies;
  danger: DangerContent;
  dangerLikeness: LikenessContent;
  declineLikeness: LikenessContent;
  answeredBefore: AnsweredBeforeContent;
  situations: Situations;
}

export interface ContentProblem {
  file: string;
  problem: string;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function realDate(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

function checkDate(ymd: string, today: string, field: string): string | undefined {
  if (!realDate(ymd)) return `${field}: ${ymd} is not a real calendar date`;
  if (ymd > today) return `${field}: ${ymd} is in the future (today is ${today})`;
  return undefined;
}

/** Reads one article file; returns the article or the problems found in it. */
export function readArticle(
  file: string,
  today: string,
): { article?: Article; problems: ContentProblem[] } {
  const name = relative(file);
  const problems: ContentProblem[] = [];
  const fail = (problem: string) => problems.push({ file: name, problem });
  let parsed: matter.GrayMatterFile<string>;
  try {
    // The yaml package (core schema) keeps dates as written, so "2025-02-30" is caught rather than
    // silently becoming 2 March as js-yaml would make it. Passing options also skips
    // gray-matter's cache, which is keyed by content.
    parsed = matter(readFileSync(file, "utf8"), {
      engines: { yaml: (text: string) => (parseYaml(text) ?? {}) as object },
    });
  } catch (err) {
    fail(`front matter cannot be read as YAML (${(err as Error).message.split("\n")[0]})`);
    return { problems };
  }
  if (Object.keys(parsed.data).length === 0) {
    fail("has no front matter (it must start with a --- block giving id, title, questions, ...)");
    return { problems };
  }
  const front = articleFrontMatterSchema.safeParse(parsed.data);
  if (!front.success) {
    for (const p of describeIssues(front.error.issues)) fail(p);
    return { problems };
  }
  const data = front.data;
  const expectedId = path.basename(file, ".md");
  if (data.id !== expectedId) fail(`id: "${data.id}" must equal the file name "${expectedId}"`);
  const dateProblem = checkDate(data.reviewed, today, "reviewed");
  if (dateProblem) fail(dateProblem);
  if (data.related.includes(data.id)) fail(`related: lists the article itself (${data.id})`);

  const blocks = markdownToBlocks(parsed.content);
  const [first, ...rest] = blocks;
  if (!first) fail("has no body: the first paragraph must be the short answer");
  if (problems.length) return { problems };
  const short = first ? [first] : [];
  return {
    article: {
      ...data,
      file: name,
      short,
      detail: rest,
      text: blocksToPlainText(blocks),
    },
    problems,
  };
}

/**
 * Every problem in the knowledge base, each naming its file: what the content check in
 * `npm test` reports, and why start-up refuses broken content.
 */
export function checkKnowledge(
  paths: Pick<KnowledgePaths, "articlesDir" | "glossaryFile">,
  now: Date,
): { problems: ContentProblem[]; articles: Article[]; glossary?: Glossary } {
  const today = londonDate(now);
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];

  let files: string[] = [];
  try {
    files = readdirSync(paths.articlesDir)
      .filter((f) => f.endsWith(".md") && !f.startsWith("."))
      .sort();
  } catch (err) {
    problems.push({
      file: relative(paths.articlesDir),
      problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"})`,
    });
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: relative(paths.articlesDir), problem: "holds no articles (*.md)" });
  }
  for (const f of files) {
    const r = readArticle(path.join(paths.articlesDir, f), today);
    problems.push(...r.problems);
    if (r.article) articles.push(r.article);
  }

  const byId = new Map<string, Article>();
  const byQuestion = new Map<string, Article>();
  for (const a of articles) {
    const dup = byId.get(a.id);
    if (dup) problems.push({ file: a.file, problem: `id: "${a.id}" is also used by ${dup.file}` });
    else byId.set(a.id, a);
    for (const q of a.questions) {
      const key = q
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      const other = byQuestion.get(key);
      if (other && other !== a) {
        problems.push({
          file: a.file,
          problem: `questions: "${q}" is also a question of ${other.file}, so it cannot pick one answer`,
        });
      } else byQuestion.set(key, a);
    }
  }
  // Links are checked against every article file, so one broken article is reported once,
  // not again by every article that links to it.
  const knownIds = new Set([...files.map((f) => path.basename(f, ".md")), ...byId.keys()]);
  for (const a of articles) {
    for (const r of a.related) {
      if (!knownIds.has(r))
        problems.push({ file: a.file, problem: `related: "${r}" is not an article id` });
    }
  }

  let glossary: Glossary | undefined;
  try {
    glossary = loadDataFile(paths.glossaryFile, glossarySchema);
  } catch (err) {
    if (err instanceof ContentError) {
      for (const p of err.problems) problems.push({ file: err.file, problem: p });
    } else {
      problems.push({
        file: relative(paths.glossaryFile),
        problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      });
    }
  }
  if (glossary) {
    const gfile = relative(paths.glossaryFile);
    const dateProblem = checkDate(glossary.reviewed, today, "reviewed");
    if (dateProblem) problems.push({ file: gfile, problem: dateProblem });
    const names = new Map<string, string>();
    glossary.terms.forEach((t, i) => {
      for (const name of [t.term, ...t.aliases]) {
        const key = name.toLowerCase();
        const prev = names.get(key);
        if (prev && prev !== t.term) {
          problems.push({
            file: gfile,
            problem: `terms.${i}: "${name}" is also given for ${prev}`,
          });
        } else if (prev && name !== t.term) {
          problems.push({
            file: gfile,
            problem: `terms.${i}: "${name}" is listed twice for ${t.term}`,
          });
        } else if (prev) {
          problems.push({ file: gfile, problem: `terms.${i}: "${t.term}" is defined twice` });
        }
        names.set(key, t.term);
      }
      for (const r of t.related) {
        if (!knownIds.has(r)) {
          problems.push({
            file: gfile,
            problem: `terms.${i} (${t.term}).related: "${r}" is not an article id`,
          });
        }
      }
    });
  }
  return { problems, articles, glossary };
}

/** What the assistant knows without answered-before.json: no earlier answers. */
const NO_EARLIER_ANSWERS: AnsweredBeforeContent = {
  name: "no earlier answers",
  trained: "2026-12-05",
  examples: { read: 0, messages: 0, sets: 0 },
  neighbours: 1,
  threshold: 1,
  asked: [],
};

/**
 * Loads and checks everything the knowledge skill needs. A broken article stops start-up with
 * a ContentError naming the file and what is wrong with it, rather than answering from half a
 * knowledge base.
 */
export function loadKnowledge(
  paths: KnowledgePaths = DEFAULT_KNOWLEDGE_PATHS,
  now: Date = new Date(),
): KnowledgeContent {
  const { problems, articles, glossary } = checkKnowledge(paths, now);
  const first = problems[0];
  if (first) {
    const same = problems.filter((p) => p.file === first.file).map((p) => p.problem);
    const others = problems.length - same.length;
    throw new ContentError(
      first.file,
      others > 0
        ? [...same, `(and ${others} more problem${others === 1 ? "" : "s"} in other files)`]
        : same,
    );
  }
  const replies = loadDataFile(paths.repliesFile, knowledgeRepliesSchema);
  const situations = loadDataFile(paths.situationsFile, situationsSchema);
  // A situation must lead to an article, and a refusal to a reply, that exist.
  const ids = new Set(articles.map((a) => a.id));
  const broken = [
    ...situations.situations
      .filter((s) => !ids.has(s.article))
      .map((s) => `situations: "${s.name}" leads to "${s.article}", which is not an article id`),
    ...situations.fallbacks
      .filter((f) => !ids.has(f.article))
      .map((f) => `fallbacks: "${f.name}" leads to "${f.article}", which is not an article id`),
    ...situations.refusals
      .filter((r) => !Object.hasOwn(replies.refusals, r.reply))
      .map(
        (r) => `refusals: "${r.name}" uses reply "${r.reply}", not one of replies.yaml's refusals`,
      ),
  ];
  if (broken.length) throw new ContentError(relative(paths.situationsFile), broken);
  return {
    articles,
    glossary: glossary as Glossary,
    glossaryFile: relative(paths.glossaryFile),
    vocabulary: loadDataFile(paths.vocabularyFile, searchVocabularySchema),
    replies,
    danger: loadDataFile(paths.dangerFile, dangerSchema),
    dangerLikeness: loadDataFile(paths.dangerLikenessFile, likenessSchema),
    declineLikeness: loadDataFile(paths.declineLikenessFile, likenessSchema),
    // Without the file (not yet written, or removed to do without it) no earlier answers help.
    answeredBefore: existsSync(paths.answeredBeforeFile)
      ? loadDataFile(paths.answeredBeforeFile, answeredBeforeSchema)
      : NO_EARLIER_ANSWERS,
    situations,
  };
}
