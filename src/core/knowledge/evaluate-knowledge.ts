import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, describeIssues, findPackageRoot } from "../content/load-data-file.js";
import { type Answer, answerQuestion, THRESHOLDS, type Thresholds } from "./answer-question.js";
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";

// Found from the package root, so it resolves from src/ (tsx) and from the dist/ bundle alike.
export const EVAL_FILE = path.join(findPackageRoot(), "tests", "knowledge", "questions.jsonl");

const evalCaseSchema = z.object({
  q: z.string().trim().min(1),
  /** An article id, a glossary term, or null for a question the assistant must not answer. */
  expect: z.string().trim().min(1).nullable(),
  facts: z.array(z.string().min(1)).default([]),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Reads the JSON-lines evaluation set; a bad line is named with its number. */
export function readEvalCases(file = EVAL_FILE): EvalCase[] {
  const name = path.relative(process.cwd(), file) || file;
  const cases: EvalCase[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new ContentError(name, [`line ${i + 1}: is not valid JSON`]);
      }
      const parsed = evalCaseSchema.safeParse(raw);
      if (!parsed.success) {
        throw new ContentError(
          name,
          describeIssues(parsed.error.issues).map((p) => `line ${i + 1}: ${p}`),
        );
      }
      cases.push(parsed.data);
    });
  return cases;
}

export interface EvalMiss {
  q: string;
  expect: string | null;
  got: string;
  why: string;
}

export interface EvalReport {
  inScope: number;
  /** In-scope questions answered outright with the expected entry and all its facts. */
  answeredRight: number;
  topAccuracy: number;
  /** In-scope questions that got "did you mean" with the expected entry among the choices. */
  suggestedRight: number;
  outOfScope: number;
  refusedRight: number;
  refusalAccuracy: number;
  misses: EvalMiss[];
}

export function entryMatches(entry: KnowledgeEntry, expect: string): boolean {
  return (
    entry.id === expect ||
    (entry.kind === "glossary" && entry.term?.toLowerCase() === expect.toLowerCase())
  );
}

function describe(a: Answer): string {
  if (a.kind === "answer") return `answer ${a.article.id} (${a.score}, ${a.via})`;
  if (a.kind === "suggest")
    return `suggest ${a.candidates.map((c) => `${c.entry.id} (${c.score})`).join(", ")}`;
  return `none (${a.score})`;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/**
 * Runs every question through the answerer. An in-scope question counts only when it is answered
 * outright with the expected entry and the answer contains every expected fact; a "did you mean"
 * that includes the right entry is reported but not counted. An out-of-scope question counts only
 * when it gets no answer at all (a "did you mean" would be a guess).
 */
export function evaluateKnowledge(
  index: KnowledgeIndex,
  cases: EvalCase[],
  thresholds: Thresholds = THRESHOLDS,
): EvalReport {
  const misses: EvalMiss[] = [];
  let inScope = 0;
  let answeredRight = 0;
  let suggestedRight = 0;
  let outOfScope = 0;
  let refusedRight = 0;
  for (const c of cases) {
    const a = answerQuestion(index, c.q, thresholds);
    if (c.expect === null) {
      outOfScope++;
      if (a.kind === "none") refusedRight++;
      else misses.push({ q: c.q, expect: null, got: describe(a), why: "should not be answered" });
      continue;
    }
    inScope++;
    const expect = c.expect;
    if (a.kind === "answer" && entryMatches(a.article, expect)) {
      const text = squash(a.article.text);
      const missing = c.facts.filter((f) => !text.includes(squash(f)));
      if (missing.length === 0) answeredRight++;
      else
        misses.push({
          q: c.q,
          expect,
          got: describe(a),
          why: `answer lacks ${missing.map((m) => `"${m}"`).join(", ")}`,
        });
      continue;
    }
    if (a.kind === "suggest" && a.candidates.some((x) => entryMatches(x.entry, expect))) {
      suggestedRight++;
      misses.push({
        q: c.q,
        expect,
        got: describe(a),
        why: "right entry only offered as a choice",
      });
      continue;
    }
    misses.push({
      q: c.q,
      expect,
      got: describe(a),
      why: a.kind === "answer" ? "wrong answer" : "not answered",
    });
  }
  return {
    inScope,
    answeredRight,
    topAccuracy: inScope ? answeredRight / inScope : 0,
    suggestedRight,
    outOfScope,
    refusedRight,
    refusalAccuracy: outOfScope ? refusedRight / outOfScope : 0,
    misses,
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The report as the eval script prints it. */
export function formatEvalReport(r: EvalReport): string {
  const lines = [
    `Top-answer accuracy: ${pct(r.topAccuracy)} (${r.answeredRight}/${r.inScope} in-scope questions answered with the expected article and facts)`,
    `Refusal accuracy:    ${pct(r.refusalAccuracy)} (${r.refusedRight}/${r.outOfScope} out-of-scope questions got no answer)`,
    `Right article offered only as "did you mean": ${r.suggestedRight}`,
  ];
  if (r.misses.length) {
    lines.push("", `Misses (${r.misses.length}):`);
    for (const m of r.misses) {
      lines.push(`  - "${m.q}" expected ${m.expect ?? "no answer"}; got ${m.got}: ${m.why}`);
    }
  }
  return lines.join("\n");
}
