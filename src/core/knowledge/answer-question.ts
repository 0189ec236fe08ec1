import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import {
  FIELD_BOOSTS,
  nameKey,
  PHRASE_WORD_WEIGHT,
  SYNONYM_WEIGHT,
} from "./build-knowledge-index.js";
import { contentTerms } from "./tokenize-text.js";

export interface Candidate {
  entry: KnowledgeEntry;
  /** Confidence 0..1: how much of the question (weighted by rarity) this entry answers. */
  score: number;
}

export type Answer =
  | {
      kind: "answer";
      article: KnowledgeEntry;
      score: number;
      /** Other entries that also fit, best first (at most two). */
      alternatives: KnowledgeEntry[];
      /** How the answer was found, for the eval's misses and the bench. */
      via: "definition" | "question" | "lookup" | "search";
    }
  | { kind: "suggest"; candidates: Candidate[] }
  | { kind: "none"; score: number };

/*
 * Calibrated thresholds. `score` is the share of the question's content words (each weighted by
 * how rare it is in the knowledge base, unknown words weighing most) that an entry matches:
 * exact 1, prefix 0.85, typo 0.7, times 0.7 for a synonym.
 *
 * Calibrated with `npm run eval:knowledge -- --calibrate` over tests/knowledge/questions.jsonl
 * (the in-scope questions against the out-of-scope ones): the script prints, for each setting,
 * top-answer and refusal accuracy, and we took the setting that maximised their minimum with the
 * fewest wrong confident answers; see the report in the pull request for the figures. Out-of-scope
 * questions mostly score below 0.35 (their main word is unknown here); in-scope ones mostly score
 * above 0.6, and the band between is where "did you mean" earns its keep.
 */
export type Thresholds = { [K in keyof typeof THRESHOLDS]: number };

export const THRESHOLDS = {
  /** Below this confidence nothing is offered: the question is not about what we know. */
  floor: 0.45,
  /** At or above this, the top entry is answered if it is clear of the runner-up... */
  answer: 0.45,
  /** ...which it is when the runner-up's search score is at most this fraction of the top's. */
  clearRatio: 0.8,
  /** A close race is still answered when the top is this confident... */
  answerContested: 0.6,
  /** ...and this much more confident than the runner-up. */
  clearGap: 0.15,
  /** "Did you mean" offers entries scoring at least this fraction of the top search score. */
  suggestRatio: 0.5,
} as const;

/** How much a word counts towards confidence, by where in the entry it was found. */
const FIELD_CREDIT = { questions: 1, title: 1, tags: 0.9, body: 0.55 } as const;
/** ...and by how it matched the word typed. */
const MATCH_CREDIT = { exact: 1, prefix: 0.75, typo: 0.7, synonym: 0.75 } as const;
const GLOSSARY_BOOST = 0.6;

interface TermPlan {
  weight: number;
  slots: Set<number>;
  original: boolean;
}

interface QueryPlan {
  slots: string[];
  terms: Map<string, TermPlan>;
}

/** Finds each synonym group's phrases in the question's terms and adds the others, weighted. */
export function planQuery(index: KnowledgeIndex, text: string): QueryPlan {
  const words = contentTerms(text, index.stopwords);
  const slots = [...new Set(words)];
  const slotOf = (w: string) => slots.indexOf(w);
  const terms = new Map<string, TermPlan>();
  slots.forEach((s, i) => {
    terms.set(s, { weight: 1, slots: new Set([i]), original: true });
  });
  for (const group of index.synonymGroups) {
    for (const phrase of group) {
      const at = findPhrase(words, phrase);
      if (at < 0) continue;
      const covered = phrase.map((_, j) => slotOf(words[at + j] ?? ""));
      for (const other of group) {
        if (other === phrase) continue;
        const weight = other.length === 1 ? SYNONYM_WEIGHT : PHRASE_WORD_WEIGHT;
        for (const w of other) {
          const existing = terms.get(w);
          if (existing) {
            for (const c of covered) existing.slots.add(c);
            if (!existing.original) existing.weight = Math.max(existing.weight, weight);
          } else {
            terms.set(w, { weight, slots: new Set(covered), original: false });
          }
        }
      }
    }
  }
  return { slots, terms };
}

function findPhrase(words: string[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}

/** Typos are forgiven in longer words only: a 4-letter acronym one letter off is another word. */
function fuzzyFor(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

interface Scored {
  entry: KnowledgeEntry;
  raw: number;
  credit: number[];
  score: number;
}

function searchScored(index: KnowledgeIndex, plan: QueryPlan): Scored[] {
  if (plan.slots.length === 0) return [];
  const query = [...plan.terms.keys()].join(" ");
  const results = index.search.search(query, {
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t,
    boost: FIELD_BOOSTS,
    combineWith: "OR",
    boostTerm: (t) => plan.terms.get(t)?.weight ?? 1,
    // Glossary entries are short, which BM25 rewards; articles are the fuller answer.
    boostDocument: (id) => (String(id).startsWith("glossary:") ? GLOSSARY_BOOST : 1),
    fuzzy: (t) => (plan.terms.get(t)?.original ? fuzzyFor(t) : 0),
    prefix: (t) => t.length >= 4,
  });
  const scored: Scored[] = [];
  // The same (query word, document word) pairs recur across results: classify each once.
  const howCache = new Map<string, number>();
  const matchHow = (q: string, docTerm: string, original: boolean): number => {
    const key = `${q}\u0000${docTerm}`;
    let how = howCache.get(key);
    if (how === undefined) {
      how =
        docTerm === q
          ? MATCH_CREDIT.exact
          : docTerm.startsWith(q)
            ? MATCH_CREDIT.prefix
            : original && withinEdits(q, docTerm, fuzzyFor(q))
              ? MATCH_CREDIT.typo
              : 0;
      howCache.set(key, how);
    }
    return how;
  };
  for (const r of results) {
    const entry = index.entries.get(String(r.id));
    if (!entry) continue;
    const credit = plan.slots.map(() => 0);
    for (const [docTerm, fields] of Object.entries(r.match)) {
      const field = Math.max(
        ...fields.map((f) => FIELD_CREDIT[f as keyof typeof FIELD_CREDIT] ?? 0.5),
      );
      for (const q of r.queryTerms) {
        const t = plan.terms.get(q);
        if (!t) continue;
        const how = matchHow(q, docTerm, t.original);
        if (how === 0) continue;
        const c = (t.original ? 1 : MATCH_CREDIT.synonym) * how * field;
        for (const s of t.slots) credit[s] = Math.max(credit[s] ?? 0, c);
      }
    }
    scored.push({ entry, raw: r.score, credit, score: 0 });
  }
  // A word's weight is its rarity across the knowledge base; a word found nowhere weighs most,
  // because it is the best sign the question is about something else ("weather", "password").
  const n = index.documentCount;
  const weights = plan.slots.map((_, s) => {
    const df = scored.filter((x) => (x.credit[s] ?? 0) > 0).length;
    const w = Math.log(1 + n / (df + 0.5));
    return index.generic.has(plan.slots[s] ?? "") ? w * 0.3 : w;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  for (const x of scored) {
    const got = x.credit.reduce((sum, c, s) => sum + c * (weights[s] ?? 0), 0);
    x.score = total > 0 ? got / total : 0;
  }
  scored.sort((a, b) => b.raw - a.raw);
  return scored;
}

/** Levenshtein distance at most `max`, without building the whole matrix for long words. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (max <= 0 || Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** Does the entry match at least one word that is particular to this domain? */
function hasDomainMatch(index: KnowledgeIndex, plan: QueryPlan, x: Scored): boolean {
  return plan.slots.some((s, i) => (x.credit[i] ?? 0) >= 0.6 && !index.generic.has(s));
}

/** The best-ranked article whose title names the glossary term, its expansion or an alias. */
function articleAbout(
  index: KnowledgeIndex,
  term: KnowledgeEntry,
  scored: Scored[],
): KnowledgeEntry | undefined {
  const names = [term.term ?? "", ...term.tags, term.title.split(":").slice(1).join(":")]
    .map((n) => nameKey(n))
    .filter((n) => n !== "");
  const named = (e: KnowledgeEntry) => {
    const title = ` ${nameKey(e.title)} `;
    return e.kind === "article" && names.some((n) => title.includes(` ${n} `));
  };
  const preferred = term.related.map((id) => index.entries.get(id)).find((e) => e && named(e));
  return preferred ?? scored.find((x) => named(x.entry))?.entry;
}

function glossaryFor(index: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  const key = nameKey(name).replace(/^(?:the|a|an) /, "");
  return (
    index.glossaryByName.get(key) ??
    index.glossaryByName.get(key.replace(/s$/, "")) ??
    index.glossaryByName.get(key.replace(/ (?:in|for) (?:safeguarding|milton keynes|mk)$/, ""))
  );
}

function matchGlossary(index: KnowledgeIndex, patterns: RegExp[], text: string) {
  // "what's" arrives as "whats" or "what s" once punctuation goes: read both as "what is".
  const normal = nameKey(text).replace(/^(what|who|where)(?: s|s) /, "$1 is ");
  for (const p of patterns) {
    const m = p.exec(normal);
    const entry = m?.[1] ? glossaryFor(index, m[1]) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Answers a practitioner's question from the knowledge base: a confident answer, two or three
 * candidates to choose from, or nothing. It never guesses: a question whose main words are not
 * in the knowledge base gets `none`.
 */
export function answerQuestion(
  index: KnowledgeIndex,
  text: string,
  t: Thresholds = THRESHOLDS,
): Answer {
  const plan = planQuery(index, text);
  const scored = searchScored(index, plan);
  const alternativesTo = (id: string) =>
    scored
      .filter((x) => x.entry.id !== id && x.score >= t.floor)
      .slice(0, 2)
      .map((x) => x.entry);

  // "What does LADO mean?" is a glossary question whatever else matches.
  const defined = matchGlossary(index, index.definitionPatterns, text);
  if (defined) {
    return {
      kind: "answer",
      article: defined,
      score: 1,
      alternatives: alternativesTo(defined.id),
      via: "definition",
    };
  }
  // The question is, word for word, one an article lists.
  const byQuestion = index.exactQuestions.get(nameKey(text));
  const asked = byQuestion ? index.entries.get(byQuestion) : undefined;
  if (asked) {
    return {
      kind: "answer",
      article: asked,
      score: 1,
      alternatives: alternativesTo(asked.id),
      via: "question",
    };
  }
  // "What is a MARF?" or just "cspr": a term the glossary defines.
  // An article titled with the term ("What the MASH is", "The MARF") says more than the
  // glossary line, so it answers instead; the glossary entry is then offered beside it.
  const looked = matchGlossary(index, index.lookupPatterns, text);
  if (looked) {
    const about = articleAbout(index, looked, scored);
    const article = about ?? looked;
    return {
      kind: "answer",
      article,
      score: 1,
      alternatives: about
        ? [looked, ...alternativesTo(about.id).filter((e) => e !== looked)].slice(0, 2)
        : alternativesTo(looked.id),
      via: "lookup",
    };
  }

  // Ranked by the search's own score (field weights, word frequencies), judged by confidence.
  const ranked = scored.filter((x) => hasDomainMatch(index, plan, x));
  const top = ranked[0];
  if (!top || top.score < t.floor) return { kind: "none", score: round(top?.score ?? 0) };
  const answer = (): Answer => ({
    kind: "answer",
    article: top.entry,
    score: round(top.score),
    alternatives: alternativesTo(top.entry.id),
    via: "search",
  });

  const runner = ranked[1];
  const clear = !runner || runner.raw <= top.raw * t.clearRatio;
  if (clear && top.score >= t.answer) return answer();
  if (
    !clear &&
    runner &&
    top.score >= t.answerContested &&
    top.score - runner.score >= t.clearGap
  ) {
    return answer();
  }
  const candidates = ranked
    .filter((x) => x.score >= t.floor && x.raw >= top.raw * t.suggestRatio)
    .slice(0, 3);
  if (candidates.length >= 2) {
    return {
      kind: "suggest",
      candidates: candidates.map((x) => ({ entry: x.entry, score: round(x.score) })),
    };
  }
  if (top.score >= t.answer) return answer();
  return { kind: "none", score: round(top.score) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Diagnostics for calibration: relevant entries in search order with raw score and confidence. */
export function rankCandidates(index: KnowledgeIndex, text: string) {
  const plan = planQuery(index, text);
  return searchScored(index, plan)
    .filter((x) => hasDomainMatch(index, plan, x))
    .map((x) => ({ entry: x.entry, raw: x.raw, score: round(x.score) }));
}
