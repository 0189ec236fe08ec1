import type { SearchResult } from "minisearch";
import {
  FIELD_BOOSTS,
  GLOSSARY_BOOST,
  HINT_FIELDS,
  type KnowledgeIndex,
} from "./build-knowledge-index.js";
import { contentTermsOf, runAt } from "./tokenize-text.js";

/** How much a word from the synonym file counts against the words actually typed. */
const SYNONYM_WEIGHT = 0.6;
/** How much a word counts towards coverage by where it matched: the body only mentions things,
 * and other ways of asking only hint. */
const BODY_CREDIT = 0.55;

/** A search result with what the deciding needs: how much of the question it covers. */
export interface Hit {
  id: string;
  score: number;
  /** Share (0..1) of the question's content words the entry matches, rarer words weighing more. */
  coverage: number;
  /** How close (0..1) the nearest of the entry's title and listed questions is to the question. */
  closest: number;
  /** The search score weighted by closeness and coverage: what the hits are ranked by. */
  rank: number;
}

/** The question's content terms (stemmed, no stopwords), and the synonyms each brings in. */
export interface Query {
  terms: string[];
  /** Search term -> [weight, the typed terms it stands for]. */
  expanded: Map<string, { weight: number; from: string[] }>;
  /** Whether the question looks back (a year, "was", "mkscb"): history articles then compete. */
  past: boolean;
}

/** Turns corrected words into search terms, widened by the synonym groups they belong to. */
export function makeQuery(index: KnowledgeIndex, words: readonly string[]): Query {
  const terms = [...new Set(contentTermsOf(withSubjects(words, index.subjects), index.stopwords))];
  const expanded = new Map<string, { weight: number; from: string[] }>();
  for (const t of terms) expanded.set(t, { weight: 1, from: [t] });
  const present = new Set(terms);
  for (const group of index.synonymGroups) {
    for (const phrase of group) {
      if (!present.has(phrase[0] as string)) continue;
      const at = runAt(terms, phrase);
      if (at < 0) continue;
      const from = terms.slice(at, at + phrase.length);
      // Only one-word alternatives: the words of a longer one ("multi agency safeguarding hub"
      // for MASH) one by one would make every article saying "safeguarding" a MASH article.
      for (const other of group) {
        const w = other[0];
        if (other === phrase || other.length !== 1 || w === undefined) continue;
        // A synonym the knowledge base never uses can match nothing: not searched at all.
        if (!index.terms.has(w)) continue;
        const known = expanded.get(w);
        if (!known) expanded.set(w, { weight: SYNONYM_WEIGHT, from: [...from] });
        else if (known.weight < 1) {
          for (const f of from) if (!known.from.includes(f)) known.from.push(f);
        }
      }
    }
  }
  const cues = index.history?.cues;
  const past = words.some((w) => /^(?:19|20)\d\d$/.test(w) || (cues?.has(w) ?? false));
  return { terms, expanded, past };
}

/** The words with each run that names a subject put as the word searched for it: "which
 * referrals are most urgent" asks about urgency, though "most" and "urgent" alone say nothing
 * ("URGENT: whats the mash number"). */
function withSubjects(
  words: readonly string[],
  subjects: KnowledgeIndex["subjects"],
): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = subjects.find(([run]) => run.every((w, j) => words[i + j] === w));
    if (!found) {
      out.push(words[i] as string);
      continue;
    }
    out.push(found[1]);
    i += found[0].length - 1;
  }
  return out;
}

/**
 * Retrieves entries for a query with MiniSearch's own search: field boosts, fuzzy matching for
 * words the index does not know (none under five letters: a short word one letter off is
 * another word), no prefix search (a whole chat message is not a search box being typed in).
 */
export function searchKnowledge(index: KnowledgeIndex, query: Query): Hit[] {
  if (query.terms.length === 0) return [];
  const { search } = index;
  const results = search.search([...query.expanded.keys()].join(" "), {
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t,
    boost: FIELD_BOOSTS,
    boostTerm: (term) => query.expanded.get(term)?.weight ?? 1,
    // Fuzzy only for a typed word the index lacks (the speller left it: no near word either).
    fuzzy: (term) =>
      term.length >= 5 &&
      term.length <= 30 &&
      !index.terms.has(term) &&
      query.expanded.get(term)?.weight === 1
        ? 0.2
        : false,
    prefix: false,
    boostDocument: (_id, _term, stored) => {
      const history = stored?.history === true && !query.past ? (index.history?.weight ?? 1) : 1;
      return history * (stored?.glossary === true ? GLOSSARY_BOOST : 1);
    },
  });
  // Each typed term with the words that stand for it (itself and its synonyms).
  const alike = query.terms.map((t) =>
    [...query.expanded].filter(([, x]) => x.from.includes(t)).map(([w]) => w),
  );
  // Only the best-scored results can reach the top once weighed (and weighing them all would be
  // the slow part of a question that matches most of the knowledge base through its synonyms).
  return results
    .slice(0, WEIGHED_RESULTS)
    .map((r) => {
      const closest = closeness(index, alike, String(r.id));
      const covered = coverage(index, query, r);
      return {
        id: String(r.id),
        score: r.score,
        coverage: covered,
        closest,
        rank: r.score * (QUESTION_MIX + closest) * covered,
      };
    })
    .sort((a, b) => b.rank - a.rank);
}

/** How many of MiniSearch's results, best first, are weighed for coverage and closeness. Ten:
 * weighing 30 changed no answer in any evaluation set (checked 2026-12-05), and the answer
 * comes from the first few. */
const WEIGHED_RESULTS = 10;

/** Search score x (this + closeness) x coverage: an entry whose listed questions miss can still
 * win on its text, but one that lists a question like the one typed, or answers more of what was
 * typed, ranks above entries that merely mention the same words (BM25 alone favours an entry
 * that matches one word many times). */
const QUESTION_MIX = 0.5;

/**
 * How close the nearest listed question (or title) is to what was typed: the Dice overlap of
 * their terms, a typed term counting as present when it or one of its synonyms is.
 */
function closeness(index: KnowledgeIndex, alike: string[][], id: string): number {
  if (alike.length === 0) return 0;
  let best = 0;
  for (const terms of index.asked.get(id) ?? []) {
    const shared = alike.filter((words) => words.some((w) => terms.has(w))).length;
    best = Math.max(best, (2 * shared) / (alike.length + terms.size));
  }
  return best;
}

/**
 * How much of what was typed the entry answers: each typed term counts once, at its best match
 * (exact or fuzzy, in a field or only in the body, as typed or through a synonym). A term the
 * knowledge base never uses weighs most, being the best sign the question is about something
 * else ("mash potato recipe"); terms common to the whole domain weigh least.
 */
function coverage(index: KnowledgeIndex, query: Query, r: SearchResult): number {
  const credit = new Map<string, number>();
  for (const [docTerm, fields] of Object.entries(r.match)) {
    const fieldCredit = fields.some((f) => !HINT_FIELDS.has(f)) ? 1 : BODY_CREDIT;
    for (const q of r.queryTerms) {
      const how = docTerm === q ? 1 : 0.7; // fuzzy when the matched word is not the one searched
      if (docTerm !== q && !fuzzyMatches(q, docTerm)) continue;
      const x = query.expanded.get(q);
      if (!x) continue;
      const c = fieldCredit * how * (x.weight < 1 ? 0.75 : 1);
      for (const f of x.from) credit.set(f, Math.max(credit.get(f) ?? 0, c));
    }
  }
  let got = 0;
  let total = 0;
  for (const t of query.terms) {
    const weight = index.generic.has(t) ? 0.5 : index.terms.has(t) ? 1 : 1.5;
    total += weight;
    got += weight * (credit.get(t) ?? 0);
  }
  return total > 0 ? got / total : 0;
}

/** Whether a fuzzy search for `q` could have found `docTerm` (within 0.2 of its length). */
function fuzzyMatches(q: string, docTerm: string): boolean {
  if (q.length < 5) return false;
  return Math.abs(q.length - docTerm.length) <= Math.max(1, Math.floor(q.length * 0.2));
}
