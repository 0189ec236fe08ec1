import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import type { MashContacts } from "../contacts/mash-contacts.js";
import { ContentError, describeIssues, findPackageRoot } from "../content/load-data-file.js";
import { answerQuestion } from "./answer-question.js";
import type { KnowledgeIndex } from "./build-knowledge-index.js";
import type { Answer } from "./decide-answer.js";
import { type AnswerJson, describeAnswer } from "./describe-answer.js";
import { THRESHOLDS, type Thresholds } from "./thresholds.js";

// Found from the package root, so it resolves from src/ (tsx) and from the dist/ bundle alike.
export const EVAL_FILE = path.join(findPackageRoot(), "tests", "knowledge", "questions.jsonl");

/** What a behaviour case expects: an answer with the facts, a decline, or the danger card. */
const BEHAVIOURS = ["answer", "decline", "danger"] as const;

/**
 * One line of an evaluation set, in either format:
 * - by article: `expect` is an article id or glossary term (answered with it, and its facts), or
 *   null (must not be answered);
 * - by behaviour: `expect` is "answer" (kind answer, every fact in title + answer + source),
 *   "decline" (kind none or suggest) or "danger" (the 999 card). In `facts`, "|" separates
 *   alternatives: "999|emergency" is met by either.
 */
const evalCaseSchema = z.object({
  q: z.string().trim().min(1),
  expect: z.string().trim().min(1).nullable(),
  facts: z.array(z.string().min(1)).default([]),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

/** Reads a JSON-lines evaluation set; a bad line is named with its number. */
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
  /** In-scope questions answered right (the expected entry or behaviour, with every fact). */
  answeredRight: number;
  topAccuracy: number;
  /** In-scope questions that got "did you mean" with the expected entry among the choices. */
  suggestedRight: number;
  outOfScope: number;
  refusedRight: number;
  refusalAccuracy: number;
  dangerous: number;
  dangerCaught: number;
  /** Danger cards shown for messages that expected something else. */
  falseAlarms: number;
  /** Time to answer each question on the main thread, in milliseconds. */
  p50Ms: number;
  p99Ms: number;
  misses: EvalMiss[];
}

/** The article ids an "immediate danger" question may be answered with: the danger card says it. */
const DANGER_ARTICLE = "immediate-danger";

function describe(a: Answer, json: AnswerJson): string {
  if (a.kind === "answer") return `answer ${a.article.id} (${a.score}, ${a.via})`;
  if (a.kind === "suggest")
    return `suggest ${a.candidates.map((c) => `${c.entry.id} (${c.score})`).join(", ")}`;
  if (a.kind === "danger") return `danger (${a.rule})`;
  return `none (${json.via}, ${a.score})`;
}

/** Lower case, one space, and no thousands separators: "2,860" and "2860" are one fact. */
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(?<=\d),(?=\d{3}\b)/g, "");

/** The facts not found in `text`; a fact "a|b" is found when either is. */
export function missingFacts(text: string, facts: readonly string[]): string[] {
  const haystack = squash(text);
  return facts.filter(
    (f) =>
      !f
        .split("|")
        .map((alt) => squash(alt.trim()))
        .some((alt) => alt !== "" && haystack.includes(alt)),
  );
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

/** Runs every question through the answerer and judges it (see evalCaseSchema). */
export function evaluateKnowledge(
  index: KnowledgeIndex,
  mash: MashContacts,
  cases: EvalCase[],
  thresholds: Thresholds = THRESHOLDS,
): EvalReport {
  const r: EvalReport = {
    inScope: 0,
    answeredRight: 0,
    topAccuracy: 0,
    suggestedRight: 0,
    outOfScope: 0,
    refusedRight: 0,
    refusalAccuracy: 0,
    dangerous: 0,
    dangerCaught: 0,
    falseAlarms: 0,
    p50Ms: 0,
    p99Ms: 0,
    misses: [],
  };
  const times: number[] = [];
  for (const c of cases) {
    const started = performance.now();
    const a = answerQuestion(index, c.q, thresholds);
    times.push(performance.now() - started);
    const json = describeAnswer(index, mash, a);
    const got = describe(a, json);
    const miss = (why: string) => r.misses.push({ q: c.q, expect: c.expect, got, why });
    const expect = c.expect;
    const behaviour = BEHAVIOURS.find((b) => b === expect);

    if (behaviour === "danger") {
      r.dangerous++;
      if (a.kind === "danger") r.dangerCaught++;
      else miss("danger missed");
      continue;
    }
    if (a.kind === "danger" && expect !== DANGER_ARTICLE) {
      r.falseAlarms++;
    }
    if (behaviour === "decline" || expect === null) {
      r.outOfScope++;
      const declined =
        behaviour === "decline" ? a.kind === "none" || a.kind === "suggest" : a.kind === "none";
      if (declined) r.refusedRight++;
      else miss(a.kind === "danger" ? "false alarm" : "should not be answered");
      continue;
    }
    r.inScope++;
    if (behaviour === "answer") {
      if (a.kind !== "answer") {
        miss(a.kind === "danger" ? "false alarm" : "not answered");
        continue;
      }
      const missing = missingFacts(`${json.title} ${json.answer} ${json.source}`, c.facts);
      if (missing.length === 0) r.answeredRight++;
      else miss(`answer lacks ${missing.map((m) => `"${m}"`).join(", ")}`);
      continue;
    }
    // By article: the expected entry (or the danger card for the immediate-danger article).
    const matches = (id: string, term?: string) =>
      id === expect || (term !== undefined && term.toLowerCase() === expect?.toLowerCase());
    if (a.kind === "danger" && expect === DANGER_ARTICLE) {
      const missing = missingFacts(json.answer, c.facts);
      if (missing.length === 0) r.answeredRight++;
      else miss(`danger card lacks ${missing.map((m) => `"${m}"`).join(", ")}`);
      continue;
    }
    if (a.kind === "answer" && matches(a.article.id, a.article.term)) {
      const missing = missingFacts(a.article.text, c.facts);
      if (missing.length === 0) r.answeredRight++;
      else miss(`answer lacks ${missing.map((m) => `"${m}"`).join(", ")}`);
      continue;
    }
    if (a.kind === "suggest" && a.candidates.some((x) => matches(x.entry.id, x.entry.term))) {
      r.suggestedRight++;
      miss("right entry only offered as a choice");
      continue;
    }
    miss(
      a.kind === "answer" ? "wrong answer" : a.kind === "danger" ? "false alarm" : "not answered",
    );
  }
  const sorted = [...times].sort((x, y) => x - y);
  r.p50Ms = percentile(sorted, 0.5);
  r.p99Ms = percentile(sorted, 0.99);
  r.topAccuracy = r.inScope ? r.answeredRight / r.inScope : 0;
  r.refusalAccuracy = r.outOfScope ? r.refusedRight / r.outOfScope : 0;
  return r;
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The report as the eval script prints it. */
export function formatEvalReport(r: EvalReport): string {
  const lines = [
    `In scope answered right: ${pct(r.topAccuracy)} (${r.answeredRight}/${r.inScope})`,
    `Out of scope declined:   ${pct(r.refusalAccuracy)} (${r.refusedRight}/${r.outOfScope})`,
    `Danger caught:           ${r.dangerCaught}/${r.dangerous}`,
    `False alarms:            ${r.falseAlarms}`,
    `Right entry only offered as "did you mean": ${r.suggestedRight}`,
    `Question time on the main thread: p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms`,
  ];
  if (r.misses.length) {
    lines.push("", `Misses (${r.misses.length}):`);
    for (const m of r.misses) {
      lines.push(`  - "${m.q}" expected ${m.expect ?? "no answer"}; got ${m.got}: ${m.why}`);
    }
  }
  return lines.join("\n");
}
