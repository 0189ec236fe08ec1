import { cached } from "../cached.js";
import { FIELDS, type TermQuery } from "./bm25-index.js";
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import {
  nameKey,
  PHRASE_WORD_WEIGHT,
  QUESTION_WORDS,
  SYNONYM_WEIGHT,
} from "./build-knowledge-index.js";
import { editDistance } from "./edit-distance.js";
import { matchNamePattern, type NamePattern } from "./name-pattern.js";
import { contentTermsOf, splitWords } from "./tokenize-text.js";

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

/** Answers a question from the knowledge base, now or later (on the search thread). */
export type AnswerQuestion = (text: string) => Answer | Promise<Answer>;

/*
 * Calibrated thresholds. `score` (confidence, 0..1) is the share of the question's content words,
 * each weighted by its rarity in the knowledge base (a word found nowhere weighs most, because it
 * is the best sign the question is about something else), that an entry matches: exact 1,
 * prefix 0.75, typo 0.7, synonym x0.75, and x0.55 when only its body mentions the word.
 *
 * How they were set: `npm run eval:knowledge -- --file tests/knowledge/questions.jsonl --file
 * tests/knowledge/held-out-questions.jsonl --calibrate` runs both evaluation sets over a grid of
 * floor, answer and clearRatio and ranks each setting by its WORST figure across the two sets
 * (top-answer and refusal accuracy), then by confidently wrong answers. questions.jsonl (89 in
 * scope, 16 out) was written with the articles; held-out-questions.jsonl (97 in scope, 28 out)
 * was written from the seeds before the articles' question lists were read, so calibrating on
 * both keeps the thresholds from fitting one set's wording. On 2026-11-22 (79 articles, 98
 * glossary terms): floor 0.35, 0.4 and 0.45 all gave 97.8% / 100% and 94.8% / 100% with 5 wrong
 * answers in all; we keep 0.45, the highest, because out-of-scope questions score up to 0.44
 * and in-scope answers mostly 0.55-1.0. answer above 0.45 and clearRatio below 0.9 both cost
 * held-out answers (0.5 -> 93.8%, 0.85 -> 92.8%). closerBy 0.15 as before. Re-run the
 * calibration when the content changes.
 */
export type Thresholds = { [K in keyof typeof THRESHOLDS]: number };

export const THRESHOLDS = {
  /** Below this confidence nothing is offered: the question is not about what we know. */
  floor: 0.45,
  /** At or above this, the top entry is answered if it is clear of the runner-up... */
  answer: 0.45,
  /** ...which it is when the runner-up's search score is at most this fraction of the top's. */
  clearRatio: 0.9,
  /** ...or when one of its listed questions is this much closer to what was typed. */
  closerBy: 0.15,
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
/** Results scored in detail, best search score first. */
const SCORED_RESULTS = 40;
/** A year ("2011") or a year range as typed ("2011-12" splits into "2011" and "12"). */
const YEAR = /^(?:19|20)\d\d$/;
/** Added to a listed question's closeness when it opens with the same question word. */
const QUESTION_WORD_BONUS = 0.4;
/** Search score x (this + closeness of the nearest listed question): a floor so an entry whose
 * questions miss can still win on its body. */
const QUESTION_MIX = 0.25;

export interface TermPlan {
  weight: number;
  /** The slots (typed words) this term stands for, each once. An array, not a Set: a question
   * has a few dozen terms at most, each for one or two slots. */
  slots: number[];
  original: boolean;
  /** For a word that only came in as part of multi-word alternatives: those phrases. It counts
   * only where a whole phrase matches ("safeguarding" alone is not "multi-agency safeguarding
   * hub", so it says nothing about MASH). */
  phrases: string[][] | undefined;
}

export interface QueryPlan {
  /** The question word it opens with, if a telling one (who, where, when, how, why), as its bit
   * in the index's `questions.asks`; 0 for none. */
  asking: number;
  /** Whether the question looks back (a year, "was", "mkscb"): history articles then compete. */
  past: boolean;
  /** The typed content words in order. */
  words: string[];
  slots: string[];
  terms: Map<string, TermPlan>;
}

/**
 * Finds each synonym group's phrases in the question's terms and adds the others, weighted.
 * `all` is the question's words (`splitWords(text)`), when the caller has them already.
 */
export function planQuery(
  index: KnowledgeIndex,
  text: string,
  all: string[] = splitWords(text),
): QueryPlan {
  const words = contentTermsOf(all, index.stopwords);
  const slots = [...new Set(words)];
  const slotOf = (w: string) => slots.indexOf(w);
  const terms = new Map<string, TermPlan>();
  slots.forEach((s, i) => {
    terms.set(s, { weight: 1, slots: [i], original: true, phrases: undefined });
  });
  // Only phrases starting with a word of the question can be in it: the index lists them by
  // first word. They are tried in the synonym file's order, as a scan of every group would.
  const tried: number[] = [];
  for (const w of slots) {
    const starting = index.phrasesByFirstWord.get(w);
    if (starting) tried.push(...starting);
  }
  tried.sort((x, y) => x - y);
  const { synonymGroups, phraseRef } = index;
  for (const ref of tried) {
    const [g, p] = phraseRef[ref] as [number, number];
    const group = synonymGroups[g] as string[][];
    const phrase = group[p] as string[];
    const at = findPhrase(words, phrase);
    if (at < 0) continue;
    const covered = phrase.map((_, j) => slotOf(words[at + j] ?? ""));
    for (const other of group) {
      if (other === phrase) continue;
      const single = other.length === 1;
      const weight = single ? SYNONYM_WEIGHT : PHRASE_WORD_WEIGHT;
      for (const w of other) {
        const existing = terms.get(w);
        if (existing) {
          for (const c of covered) if (!existing.slots.includes(c)) existing.slots.push(c);
          if (!existing.original) existing.weight = Math.max(existing.weight, weight);
          if (single) existing.phrases = undefined;
          else existing.phrases?.push(other);
        } else {
          terms.set(w, {
            weight,
            slots: covered.filter((c, j) => covered.indexOf(c) === j),
            original: false,
            phrases: single ? undefined : [other],
          });
        }
      }
    }
  }
  const first = all[0];
  const opener = first ? QUESTION_WORDS.indexOf(first) : -1;
  const asking = opener < 0 ? 0 : 1 << opener;
  const cues = index.history?.cues;
  const past = all.some((w) => YEAR.test(w) || (cues?.has(w) ?? false));
  return { asking, past, words, slots, terms };
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
  /** The entry's position in the search index's documents. */
  doc: number;
  raw: number;
  credit: number[];
  /** Credit from the questions, title and tags only: what the entry is about, not mentions. */
  focus: number[];
  score: number;
  aboutness: number;
  closest: number;
}

/** Per set of fields a word was found in (bit i = FIELDS[i]): the best field credit... */
const CREDIT_OF_FIELDS = Array.from({ length: 1 << FIELDS.length }, (_, mask) =>
  FIELDS.reduce(
    (best, f, i) => (mask & (1 << i) ? Math.max(best, FIELD_CREDIT[f]) : best),
    Number.NEGATIVE_INFINITY,
  ),
);
/** ...and whether any of them is more than the body. */
const BODY_BIT = 1 << FIELDS.indexOf("body");

/** The index search a question's plan asks for: each of its terms, in the plan's order. */
export function searchQueries(index: KnowledgeIndex, plan: QueryPlan): TermQuery[] {
  const queries: TermQuery[] = [];
  plan.terms.forEach((t, term) => {
    // Looked up once here: the search and the scoring both need the term's number.
    const id = index.search.termId(term) ?? -1;
    queries.push({
      term,
      boost: t.weight,
      prefix: term.length >= 4,
      // A word the index knows is not a typo; looking for near misses of it is slow and noisy.
      fuzzy: t.original && id < 0 ? fuzzyFor(term) : 0,
      id,
    });
  });
  return queries;
}

function searchScored(index: KnowledgeIndex, plan: QueryPlan): Scored[] {
  if (plan.slots.length === 0) return [];
  const queryTerms = [...plan.terms.keys()];
  const termPlans = [...plan.terms.values()];
  const queryIndex = new Map(queryTerms.map((t, k) => [t, k]));
  const queries = searchQueries(index, plan);
  const hits = index.search.search(queries);
  const scored: Scored[] = [];
  const slotLists = termPlans.map((t) => t.slots);
  // Per-slot marks reused across results and questions (a stamp per pass instead of a new Set).
  const mark: number[] = new Array(plan.slots.length).fill(0);
  let stamp = 0;
  // How many entries match each typed word (for its rarity) is counted over every result; the
  // finer scoring below only needs the best few, as the rest cannot climb to the top.
  // Single words of a multi-word expansion ("assessment" for CAF) do not count here: they turn
  // up everywhere, and would make the rare acronym typed look like a common word.
  const words = hits.queryTermWords;
  const counted: number[] = new Array(words).fill(0);
  termPlans.forEach((t, k) => {
    if (t.original || t.weight >= SYNONYM_WEIGHT)
      counted[k >>> 5] = (counted[k >>> 5] as number) | (1 << (k & 31));
  });
  const df = plan.slots.map(() => 0);
  for (let i = 0; i < hits.length; i++) {
    stamp++;
    for (let w = 0; w < words; w++) {
      let bits = hits.queryTermBits(i, w) & (counted[w] as number);
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const slots = slotLists[w * 32 + 31 - Math.clz32(low)] as number[];
        for (let m = 0; m < slots.length; m++) {
          const s = slots[m] as number;
          if (mark[s] === stamp) continue;
          mark[s] = stamp;
          df[s] = (df[s] ?? 0) + 1;
        }
      }
    }
  }
  // How a query word matches an index word a result matched: exactly, as its prefix, or (typed
  // words only) as a typo within the edits its length allows; not at all for most pairs. It
  // depends only on the pair, and the same index words turn up in many results: each distinct
  // word gets, once per question, the list of query words it matches and the credit for each
  // (see `pairsOf`), so the loop over results reads numbers only.
  const pairs = pairsOf(index, queryTerms, termPlans);
  const usableMark = pairs.usable;
  const matchedIds: number[] = [];
  const matchedFields: number[] = [];
  // Query words that count only where one of their phrases matched whole, as query numbers.
  const phraseKs = termPlans.map((t) =>
    t.phrases?.map((phrase) => phrase.map((w) => queryIndex.get(w) ?? -1)),
  );
  const scoredCount = Math.min(hits.length, SCORED_RESULTS);
  try {
    for (let i = 0; i < scoredCount; i++) {
      const doc = hits.document(i);
      // A glossary line answers a question that names its term ("cspr timescales"), not one that
      // merely shares a word with its expansion ("office" in The Stationery Office).
      const names = index.byDocument.glossaryNames[doc];
      if (names && !names.some((name) => findPhrase(plan.words, name) >= 0)) continue;
      const entry = index.documents[doc];
      if (!entry) continue;
      const credit = zeros(plan.slots.length);
      const focus = zeros(plan.slots.length);
      // The query words that count for this entry: a word that came only from multi-word
      // alternatives counts where one of those phrases matched whole.
      stamp++;
      for (let k = 0; k < termPlans.length; k++) {
        if (!hits.matchedQueryTerm(i, k)) continue;
        const ofPhrases = phraseKs[k];
        if (
          ofPhrases &&
          !ofPhrases.some((ks) => ks.every((q) => q >= 0 && hits.matchedQueryTerm(i, q)))
        )
          continue;
        usableMark[k] = stamp;
      }
      const n = hits.matchedTerms(i, matchedIds, matchedFields);
      for (let j = 0; j < n; j++) {
        const fields = matchedFields[j] as number;
        const strong = (fields & ~BODY_BIT) !== 0;
        const field = CREDIT_OF_FIELDS[fields] as number;
        const row = pairs.rowOf(matchedIds[j] as number);
        const end = pairs.end[row] as number;
        for (let at = pairs.start[row] as number; at < end; at++) {
          const k = pairs.query[at] as number;
          if (usableMark[k] !== stamp) continue;
          const c = (pairs.credit[at] as number) * field;
          const slots = slotLists[k] as number[];
          for (let m = 0; m < slots.length; m++) {
            const s = slots[m] as number;
            if (c > (credit[s] as number)) credit[s] = c;
            if (strong && c > (focus[s] as number)) focus[s] = c;
          }
        }
      }
      // The search multiplies by the number of query words matched, synonyms included; count the
      // words the person typed instead, so a synonym-rich entry does not win on sheer variety.
      let typed = 0;
      for (let s = 0; s < credit.length; s++) if ((credit[s] as number) > 0) typed++;
      const raw = (hits.score(i) / Math.max(1, hits.queryTermCount(i))) * typed;
      scored.push({ entry, doc, raw, credit, focus, score: 0, aboutness: 0, closest: 0 });
    }
  } finally {
    pairs.clear();
  }
  // A word's weight is its rarity across the knowledge base; a word found nowhere weighs most,
  // because it is the best sign the question is about something else ("weather", "password").
  const n = index.documentCount;
  const weights = plan.slots.map((_, s) => {
    const w = Math.log(1 + n / ((df[s] ?? 0) + 0.5));
    return index.generic.has(plan.slots[s] ?? "") ? w * 0.3 : w;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  // The slots each index term of the question stands for, by term number (k + 1 for query term
  // k; 0 for a term not in the question): the listed questions are stored as term numbers, so
  // the loop below reads arrays instead of looking strings up.
  const { queryTermOf } = pairs;
  const queryIds: number[] = [];
  for (let k = 0; k < queryTerms.length; k++) {
    const id = (queries[k] as TermQuery).id ?? -1;
    if (id >= 0) {
      queryTermOf[id] = k + 1;
      queryIds.push(id);
    }
  }
  try {
    for (const x of scored) {
      let got = 0;
      let about = 0;
      for (let s = 0; s < weights.length; s++) {
        got += (x.credit[s] as number) * (weights[s] as number);
        about += (x.focus[s] as number) * (weights[s] as number);
      }
      x.score = total > 0 ? got / total : 0;
      x.aboutness = total > 0 ? about / total : 0;
      // The single listed question (or title) closest to what was typed: the best evidence of
      // what the entry is about, as opposed to everything it mentions.
      // A question asked with the same question word ("who works in...", "where is...") is closer
      // still: the stopword list drops those words everywhere else.
      let closest = 0;
      const listed = index.questions;
      const last = listed.ofDocument[x.doc + 1] as number;
      for (let q = listed.ofDocument[x.doc] as number; q < last; q++) {
        // The slots this listed question covers: any of its terms is a slot's word or synonym.
        stamp++;
        const end = listed.start[q + 1] as number;
        for (let j = listed.start[q] as number; j < end; j++) {
          const k = queryTermOf[listed.terms[j] as number] as number;
          if (k === 0) continue;
          const slots = slotLists[k - 1] as number[];
          for (let m = 0; m < slots.length; m++) mark[slots[m] as number] = stamp;
        }
        let got = 0;
        for (let s = 0; s < weights.length; s++) if (mark[s] === stamp) got += weights[s] ?? 0;
        const same = (listed.asks[q] as number) & plan.asking ? QUESTION_WORD_BONUS : 0;
        closest = Math.max(closest, (total > 0 ? got / total : 0) + same);
      }
      x.closest = closest;
      // Rank by the search score, weighted by how much of the question the entry is about (its
      // questions, title and tags) and by its nearest listed question.
      x.raw *= x.aboutness * (QUESTION_MIX + closest);
      // An article about the former board answers "who chairs the review group" with 2011 names
      // unless it is held back: current arrangements come first unless the question looks back.
      const history = index.history;
      if (history && !plan.past && index.byDocument.history[x.doc] === 1) {
        x.raw *= history.weight;
        x.closest *= history.weight;
      }
    }
  } finally {
    // Back to all zeros for the next question, whatever happened.
    for (const id of queryIds) queryTermOf[id] = 0;
  }
  // (-1, 0 or 1: a difference of doubles would be boxed on every comparison.)
  scored.sort((a, b) => (b.raw > a.raw ? 1 : b.raw < a.raw ? -1 : 0));
  return scored;
}

/** Zeros to copy: an array of doubles from the start, so storing a credit (0.75) does not
 * convert a fresh array of small integers to doubles, a second allocation per result. */
const DOUBLE_ZEROS: number[] = new Array<number>(64).fill(0.5).fill(0);
function zeros(n: number): number[] {
  return n <= DOUBLE_ZEROS.length ? DOUBLE_ZEROS.slice(0, n) : new Array<number>(n).fill(0);
}

/**
 * For one question, each index word a result matched, as the query words it matches and the
 * credit for each (how it matched, x0.75 for a synonym): worked out the first time a result
 * brings the word, then read by every other result that has it. Kept per index and reused (the
 * lists live in plain arrays that keep their storage); `clear` readies it for the next question.
 * It also holds the question's words by index word number, for the listed-questions pass.
 */
class WordPairs {
  /** Per index word: 1 + its row, or 0 when not worked out in this question. */
  private readonly rowSlot: Int32Array;
  private readonly touched: number[] = [];
  private rows = 0;
  private pairs = 0;
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly query: number[] = [];
  readonly credit: number[] = [];
  /** Per query word: the result stamp it is usable for (the caller's marks). */
  readonly usable: number[] = [];
  /** Per index word: k + 1 while it is query word k, else 0; all zeros between questions (the
   * scoring sets its question's words and clears them again). Made once per index: allocating
   * a typed array the size of the vocabulary cost a tenth of a question. */
  readonly queryTermOf: Int32Array;
  private queryTerms: readonly string[] = [];
  private termPlans: readonly TermPlan[] = [];

  constructor(private readonly index: KnowledgeIndex) {
    this.rowSlot = new Int32Array(index.search.termCount);
    this.queryTermOf = new Int32Array(index.search.termCount);
  }

  begin(queryTerms: readonly string[], termPlans: readonly TermPlan[]): this {
    this.queryTerms = queryTerms;
    this.termPlans = termPlans;
    for (let k = 0; k < queryTerms.length; k++) this.usable[k] = 0;
    return this;
  }

  rowOf(term: number): number {
    const slot = this.rowSlot[term] as number;
    if (slot !== 0) return slot - 1;
    const row = this.rows++;
    this.rowSlot[term] = row + 1;
    this.touched.push(term);
    this.start[row] = this.pairs;
    const docTerm = this.index.search.termText[term] as string;
    for (let k = 0; k < this.queryTerms.length; k++) {
      const how = this.how(k, docTerm);
      if (how === 0) continue;
      const original = (this.termPlans[k] as TermPlan).original;
      this.query[this.pairs] = k;
      this.credit[this.pairs] = (original ? 1 : MATCH_CREDIT.synonym) * how;
      this.pairs++;
    }
    this.end[row] = this.pairs;
    return row;
  }

  /** How query word k matches an index word: exactly, as its prefix, or (typed words only) as
   * a typo within the edits its length allows; 0 when it does not. */
  private how(k: number, docTerm: string): number {
    const q = this.queryTerms[k] as string;
    if (docTerm === q) return MATCH_CREDIT.exact;
    if (docTerm.startsWith(q)) return MATCH_CREDIT.prefix;
    if (!(this.termPlans[k] as TermPlan).original) return 0;
    const edits = fuzzyFor(q);
    if (edits === 0 || Math.abs(q.length - docTerm.length) > edits) return 0;
    return editDistance(q, docTerm, edits) <= edits ? MATCH_CREDIT.typo : 0;
  }

  clear(): void {
    for (const term of this.touched) this.rowSlot[term] = 0;
    this.touched.length = 0;
    this.rows = 0;
    this.pairs = 0;
    for (let k = 0; k < this.queryTerms.length; k++) this.usable[k] = 0;
    this.queryTerms = [];
    this.termPlans = [];
  }
}

const wordPairs = new WeakMap<KnowledgeIndex, WordPairs>();
function pairsOf(
  index: KnowledgeIndex,
  queryTerms: readonly string[],
  termPlans: readonly TermPlan[],
): WordPairs {
  return cached(wordPairs, index, () => new WordPairs(index)).begin(queryTerms, termPlans);
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

// glossaryFor and expandContraction use string tests, not regular expressions: they run on every
// question, where each expression ran cold in the busy server (tests/knowledge holds them to the
// expressions they replaced).
const ARTICLES = ["the ", "a ", "an "];
const LOCAL_SUFFIXES = [
  " in safeguarding",
  " in milton keynes",
  " in mk",
  " for safeguarding",
  " for milton keynes",
  " for mk",
];

/** The glossary entry a name asks about: as typed, less a leading "the"/"a"/"an", then less a
 * plural "s" or a closing "in safeguarding" / "for Milton Keynes". `name` is already normalised
 * words (a piece of the question's `nameKey`), so it is not split again. */
export function glossaryFor(index: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  let key = name;
  const article = ARTICLES.find((a) => key.startsWith(a));
  if (article) key = key.slice(article.length);
  const local = LOCAL_SUFFIXES.find((x) => key.endsWith(x));
  return (
    index.glossaryByName.get(key) ??
    index.glossaryByName.get(key.endsWith("s") ? key.slice(0, -1) : key) ??
    index.glossaryByName.get(local ? key.slice(0, -local.length) : key)
  );
}

/** "what's" arrives as "whats" or "what s" once punctuation goes: both read as "what is". */
export function expandContraction(key: string): string {
  for (const q of ["what", "who", "where"]) {
    if (!key.startsWith(q)) continue;
    for (const form of [" s ", "s "])
      if (key.startsWith(form, q.length)) return `${q} is ${key.slice(q.length + form.length)}`;
  }
  return key;
}

/** `key` is the question's `nameKey`. */
function matchGlossary(index: KnowledgeIndex, patterns: readonly NamePattern[], key: string) {
  const normal = expandContraction(key);
  for (const p of patterns) {
    const name = matchNamePattern(p, normal);
    const entry = name ? glossaryFor(index, name) : undefined;
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
  // The question is split into words once; the plan, the lookups and this check all read them.
  const all = splitWords(text);
  const found = findAnswer(index, text, t, all);
  const places = all.filter((w) => index.elsewhere.has(w));
  if (places.length === 0 || found.kind === "none") return found;
  // The knowledge base describes Milton Keynes: its MASH number is a harmful answer to "the
  // Northamptonshire MASH number". Only an entry that names the place typed may answer.
  const names = (e: KnowledgeEntry) => {
    const words = entryWords(e);
    return places.every((p) => words.has(p));
  };
  if (found.kind === "answer") {
    return names(found.article)
      ? { ...found, alternatives: found.alternatives.filter(names) }
      : { kind: "none", score: found.score };
  }
  const candidates = found.candidates.filter((c) => names(c.entry));
  if (candidates.length >= 2) return { kind: "suggest", candidates };
  return { kind: "none", score: Math.max(...found.candidates.map((c) => c.score)) };
}

/** Every word of an entry (title, tags, text), split once per entry rather than per question. */
const wordsOfEntry = new WeakMap<KnowledgeEntry, ReadonlySet<string>>();
function entryWords(e: KnowledgeEntry): ReadonlySet<string> {
  let words = wordsOfEntry.get(e);
  if (!words) {
    words = new Set(splitWords(`${e.title} ${e.tags.join(" ")} ${e.text}`));
    wordsOfEntry.set(e, words);
  }
  return words;
}

function findAnswer(index: KnowledgeIndex, text: string, t: Thresholds, all: string[]): Answer {
  const plan = planQuery(index, text, all);
  const key = all.join(" ");
  const scored = searchScored(index, plan);
  const alternativesTo = (id: string) =>
    scored
      .filter((x) => x.entry.id !== id && x.score >= t.floor)
      .slice(0, 2)
      .map((x) => x.entry);

  // "What does LADO mean?" is a glossary question whatever else matches.
  const defined = matchGlossary(index, index.definitionPatterns, key);
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
  const byQuestion = index.exactQuestions.get(key);
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
  const looked = matchGlossary(index, index.lookupPatterns, key);
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
  const answer = (x: Scored): Answer => ({
    kind: "answer",
    article: x.entry,
    score: round(x.score),
    alternatives: alternativesTo(x.entry.id),
    via: "search",
  });

  // One word on its own ("who chairs it", "how long") fits many entries equally well: the
  // person chooses rather than getting whichever ranks first, unless one entry lists a question
  // clearly closer to it ("where do i get the marf": a "where" question about the MARF).
  if (plan.slots.length === 1) {
    const fits = ranked.filter((x) => x.score >= t.floor);
    const [nearest, next] = [...fits].sort((a, b) => b.closest - a.closest);
    if (nearest && next && nearest.closest - next.closest >= t.closerBy) return answer(nearest);
    if (fits.length >= 2) {
      return {
        kind: "suggest",
        candidates: fits.slice(0, 3).map((x) => ({ entry: x.entry, score: round(x.score) })),
      };
    }
  }
  // Entries whose search score comes close to the top's are in the race. One of them wins if
  // one of its listed questions is clearly the closest to what was typed, or if it is clearly
  // the more confident; otherwise the person chooses ("did you mean").
  const race = ranked.filter((x) => x.raw > top.raw * t.clearRatio);
  if (race.length <= 1 && top.score >= t.answer) return answer(top);
  const byCloseness = [...race].sort((a, b) => b.closest - a.closest);
  const [nearest, next] = byCloseness;
  if (
    nearest &&
    next &&
    nearest.closest - next.closest >= t.closerBy &&
    nearest.score >= t.answer
  ) {
    return answer(nearest);
  }
  const byConfidence = [...race].sort((a, b) => b.score - a.score);
  const [surest, second] = byConfidence;
  if (
    surest &&
    second &&
    surest.score >= t.answerContested &&
    surest.score - second.score >= t.clearGap
  ) {
    return answer(surest);
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
  if (top.score >= t.answer) return answer(top);
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
    .map((x) => ({
      entry: x.entry,
      raw: x.raw,
      score: round(x.score),
      aboutness: round(x.aboutness),
      closest: round(x.closest),
    }));
}
