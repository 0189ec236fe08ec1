import SearchableMap from "minisearch/SearchableMap";
import { editDistance } from "./edit-distance.js";

/**
 * The knowledge base's full-text index: BM25+ over four weighted fields, with prefix and typo
 * matching, scoring exactly as MiniSearch 7 does for the options the assistant uses (the
 * differential test in tests/knowledge checks it, score for score, against MiniSearch itself).
 *
 * Why not MiniSearch's own search: per question it rebuilt option objects for every term,
 * called back for every document a term was in, recomputed each posting's BM25 from its counts,
 * and built a result object with a match map for every document that matched anything; on the
 * Teams turn that was most of a question's cost (BENCHMARKS.md). Here the BM25 of every
 * posting is worked out once at build (it depends only on the index), postings are flat typed
 * arrays, a search touches numbers only, and the matched words are read out just for the few
 * results that are scored in detail. MiniSearch's radix tree (`SearchableMap`) still finds the
 * prefix and typo matches, so those come in the same order as before and scores add up in the
 * same order, bit for bit.
 */

export const FIELDS = ["title", "questions", "tags", "body"] as const;
export type FieldName = (typeof FIELDS)[number];

/** A document as its processed terms per field, in order (repeats count). */
export interface IndexDocument {
  id: string;
  terms: Readonly<Record<FieldName, readonly string[]>>;
}

export interface Bm25Options {
  fieldBoosts: Readonly<Record<FieldName, number>>;
  /** A multiplier per document, fixed at build (MiniSearch's `boostDocument`). */
  documentBoost(id: string): number;
}

/** One word of a query, as MiniSearch's query spec: its boost, and whether prefixes or typos
 * (up to `fuzzy` edits) also match. */
export interface TermQuery {
  term: string;
  boost: number;
  prefix: boolean;
  fuzzy: number;
  /** The term's number in the index (`termId`), -1 for a word it does not have, when the caller
   * has looked it up already; otherwise the search looks it up. */
  id?: number;
}

/** Typo searches of up to this many edits use the deletions index; more go to the radix tree. */
const DELETIONS = 2;

/** The word and every distinct string made by deleting up to `max` of its letters. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let level = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return out;
}

// MiniSearch's defaults, which the assistant never changed.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/**
 * Arrays a search works in, made once per index and reused: the search runs for every question,
 * and allocating them each time (typed arrays outside the heap, or plain arrays and their
 * growth) was most of what a question allocated, which the server pays again in garbage
 * collection with many turns in flight. Searches are synchronous, so one set serves them all.
 */
class Workspace {
  total: Float64Array;
  partial: Float64Array;
  seenInQuery: Int32Array;
  seen: Uint8Array;
  matchedCount: Int32Array;
  head: Int32Array;
  order: Int32Array;
  /** Room for the merge sort of `order`. */
  sortScratch: Int32Array;
  queryMasks = new Int32Array(0);
  recordTerm = new Int32Array(1024);
  recordField = new Uint8Array(1024);
  next = new Int32Array(1024);
  /** Documents query term k has matched so far (each once), and how many. */
  touched: Int32Array;
  touchedCount = 0;
  /** Matched-word records made by this search. */
  records = 0;
  /** Bumped by every search: a Bm25Hits from an earlier search refuses to be read. */
  generation = 0;

  constructor(documents: number) {
    this.total = new Float64Array(documents);
    this.partial = new Float64Array(documents);
    this.seenInQuery = new Int32Array(documents);
    this.seen = new Uint8Array(documents);
    this.matchedCount = new Int32Array(documents);
    this.head = new Int32Array(documents);
    this.order = new Int32Array(documents);
    this.sortScratch = new Int32Array(documents);
    this.touched = new Int32Array(documents);
  }

  reset(documents: number, words: number): void {
    this.seenInQuery.fill(-1);
    this.seen.fill(0);
    this.matchedCount.fill(0);
    this.head.fill(-1);
    if (this.queryMasks.length < documents * words)
      this.queryMasks = new Int32Array(documents * words);
    else this.queryMasks.fill(0, 0, documents * words);
    this.generation++;
  }

  /** Room for one more matched-word record. */
  ensureRecord(records: number): void {
    if (records < this.next.length) return;
    const size = this.next.length * 2;
    const next = new Int32Array(size);
    next.set(this.next);
    this.next = next;
    const term = new Int32Array(size);
    term.set(this.recordTerm);
    this.recordTerm = term;
    const field = new Uint8Array(size);
    field.set(this.recordField);
    this.recordField = field;
  }
}

/**
 * The results of one search, best first: a view over the index's workspace, valid until the
 * next search on the same index (reading it after that throws rather than give wrong answers).
 */
export class Bm25Hits {
  constructor(
    private readonly index: Bm25Index,
    private readonly work: Workspace,
    private readonly generation: number,
    readonly length: number,
    /** 32-bit words of query-term bits per result: query term k is bit k % 32 of word k / 32. */
    readonly queryTermWords: number,
  ) {}

  private doc(rank: number): number {
    if (this.work.generation !== this.generation)
      throw new Error("These search results were replaced by a later search.");
    return this.work.order[rank] as number;
  }

  id(rank: number): string {
    return this.index.ids[this.doc(rank)] as string;
  }

  /** The result's position in the documents the index was built from. */
  document(rank: number): number {
    return this.doc(rank);
  }

  /** Final score: the sum over query terms, times the number of query terms matched. */
  score(rank: number): number {
    return this.work.total[this.doc(rank)] as number;
  }

  /** How many of the query's terms this result matched. */
  queryTermCount(rank: number): number {
    return this.work.matchedCount[this.doc(rank)] as number;
  }

  /** Whether this result matched query term `k` (by its position in the query). */
  matchedQueryTerm(rank: number, k: number): boolean {
    return ((this.queryTermBits(rank, k >>> 5) >>> (k & 31)) & 1) === 1;
  }

  queryTermBits(rank: number, word: number): number {
    return this.work.queryMasks[this.doc(rank) * this.queryTermWords + word] as number;
  }

  /**
   * The index terms this result matched (exactly, by prefix or as a typo), by term number, each
   * once, into `terms`, with a bit per field it is in (bit i = FIELDS[i]) into `fields`. Returns
   * how many. The caller's arrays are reused, as this runs for every result scored in detail.
   */
  matchedTerms(rank: number, terms: number[], fields: number[]): number {
    // Entries past the count are left from earlier results, not cleared: emptying the arrays
    // would give up their storage and grow it again for every result.
    let n = 0;
    const { head, next, recordTerm, recordField } = this.work;
    for (let r = head[this.doc(rank)] as number; r >= 0; r = next[r] as number) {
      const term = recordTerm[r] as number;
      const bit = 1 << (recordField[r] as number);
      let at = 0;
      while (at < n && terms[at] !== term) at++;
      if (at === n) {
        terms[n] = term;
        fields[n++] = bit;
      } else fields[at] = (fields[at] as number) | bit;
    }
    return n;
  }

  /** The index terms this result matched, each with its field bits (for tests and tools). */
  matches(rank: number): Map<string, number> {
    const terms: number[] = [];
    const fields: number[] = [];
    const n = this.matchedTerms(rank, terms, fields);
    const out = new Map<string, number>();
    for (let j = 0; j < n; j++)
      out.set(this.index.termText[terms[j] as number] as string, fields[j] as number);
    return out;
  }
}

/**
 * Sorts the first `n` documents of `order` by score, highest first, keeping equal scores in
 * the order they came (stable, as MiniSearch's sort is): a bottom-up merge sort through
 * `scratch`. TypedArray's own sort with a comparator copies the list into boxed numbers and
 * calls the comparator for every comparison, which cost a sixth of the search.
 */
export function sortByScore(
  order: Int32Array,
  scratch: Int32Array,
  n: number,
  score: Float64Array,
): void {
  let from = order;
  let to = scratch;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let out = lo;
      while (a < mid && b < hi) {
        // Take from the right run only when strictly higher: ties keep the left (earlier) one.
        if ((score[from[b] as number] as number) > (score[from[a] as number] as number))
          to[out++] = from[b++] as number;
        else to[out++] = from[a++] as number;
      }
      while (a < mid) to[out++] = from[a++] as number;
      while (b < hi) to[out++] = from[b++] as number;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== order) order.set(from.subarray(0, n));
}

export class Bm25Index {
  readonly ids: string[];
  readonly termText: string[] = [];
  readonly documentCount: number;
  private readonly terms = new SearchableMap<number>();
  /** Postings of term t are [start[t], start[t + 1]): field, document and BM25+ score. */
  private readonly start: Int32Array;
  private readonly postingField: Uint8Array;
  private readonly postingDoc: Int32Array;
  /** The boosts are multiplied in at query time, in MiniSearch's order (same rounding). */
  private readonly postingRaw: Float64Array;
  private readonly fieldBoost: Float64Array;
  private readonly docBoost: Float64Array;
  private readonly work: Workspace;
  /** Term numbers by term: a hash lookup touches less memory than a walk down the radix tree,
   * which is kept for the prefix and typo searches that need it. */
  private readonly idOf = new Map<string, number>();
  /** Per term, the longer terms it is a prefix of (see `longerTerms`), one list after another:
   * term t's are longer[longerStart[t] .. longerStart[t + 1]). */
  private readonly longer: Int32Array;
  private readonly longerStart: Int32Array;
  /** Terms by each string made by deleting up to DELETIONS letters from them (see `typos`). */
  private readonly byDeletion = new Map<string, number[]>();
  /** Each term's place in MiniSearch's typo-search order: the tree's own iteration order (last
   * child first, at every node) reversed. */
  private readonly treeRank: Int32Array;
  private readonly longestTerm: number;

  constructor(documents: readonly IndexDocument[], options: Bm25Options) {
    this.ids = documents.map((d) => d.id);
    this.documentCount = documents.length;
    this.fieldBoost = Float64Array.from(FIELDS, (f) => options.fieldBoosts[f] || 1);
    this.docBoost = Float64Array.from(this.ids, (id) => options.documentBoost(id));
    this.work = new Workspace(this.documentCount);

    // Term frequencies per (term, field), documents in the order they were added, as MiniSearch
    // keeps them; field lengths are counts of distinct terms, averaged as MiniSearch does (a
    // running mean, so the floating-point result is the same).
    const freqs: Map<number, number>[][] = []; // [term][field] -> doc -> tf
    const fieldLength = documents.map(() => new Float64Array(FIELDS.length));
    const avgFieldLength = new Float64Array(FIELDS.length);
    documents.forEach((d, doc) => {
      FIELDS.forEach((field, f) => {
        const tokens = d.terms[field];
        const length = new Set(tokens).size;
        (fieldLength[doc] as Float64Array)[f] = length;
        avgFieldLength[f] = ((avgFieldLength[f] as number) * doc + length) / (doc + 1);
        for (const token of tokens) {
          if (!token) continue;
          const t = this.terms.fetch(token, () => {
            this.termText.push(token);
            freqs.push(FIELDS.map(() => new Map()));
            return this.termText.length - 1;
          });
          const byDoc = freqs[t]?.[f] as Map<number, number>;
          byDoc.set(doc, (byDoc.get(doc) ?? 0) + 1);
        }
      });
    });

    let postings = 0;
    for (const perField of freqs) for (const byDoc of perField) postings += byDoc.size;
    this.start = new Int32Array(this.termText.length + 1);
    this.postingField = new Uint8Array(postings);
    this.postingDoc = new Int32Array(postings);
    this.postingRaw = new Float64Array(postings);
    let p = 0;
    freqs.forEach((perField, t) => {
      this.start[t] = p;
      perField.forEach((byDoc, f) => {
        const matching = byDoc.size;
        const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
        for (const [doc, tf] of byDoc) {
          const length = (fieldLength[doc] as Float64Array)[f] as number;
          const avg = avgFieldLength[f] as number;
          this.postingField[p] = f;
          this.postingDoc[p] = doc;
          this.postingRaw[p] =
            idf *
            (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
          p++;
        }
      });
    });
    this.start[this.termText.length] = p;
    const longer: number[] = [];
    this.longerStart = new Int32Array(this.termText.length + 1);
    this.termText.forEach((term, t) => {
      this.longerStart[t] = longer.length;
      longer.push(...this.findLonger(term));
    });
    this.longerStart[this.termText.length] = longer.length;
    this.longer = Int32Array.from(longer);
    this.longestTerm = this.termText.reduce((max, term) => Math.max(max, term.length), 0);
    this.treeRank = new Int32Array(this.termText.length);
    let rank = this.termText.length;
    for (const t of this.terms.values()) this.treeRank[t] = --rank;
    this.termText.forEach((term, t) => {
      for (const variant of deletions(term, DELETIONS)) {
        const list = this.byDeletion.get(variant);
        if (list) list.push(t);
        else this.byDeletion.set(variant, [t]);
      }
    });
    for (const [t, term] of this.termText.entries()) this.idOf.set(term, t);
  }

  /**
   * The index's terms that start with term `t` and are longer, in the radix tree's order (the
   * order MiniSearch adds their scores in). Worked out for every term at build, as each
   * question's words are mostly the index's own.
   */
  private longerTerms(t: number): Int32Array {
    return this.longer.subarray(this.longerStart[t], this.longerStart[t + 1]);
  }

  /** The same for any word: at build for every term, at query time for a word the index does
   * not have (a typo, a word from elsewhere). */
  private findLonger(word: string): number[] {
    const out: number[] = [];
    for (const [term, t] of this.terms.atPrefix(word)) if (term.length > word.length) out.push(t);
    return out;
  }

  /**
   * The index's terms within `maxDistance` edits (Levenshtein) of `word`, with their distance, in
   * the order MiniSearch's typo search gives them (the radix tree walked first child first), so
   * their scores are added in the same order. Up to two edits they are found through the
   * deletions index (any two words within d edits share a string made by deleting at most d
   * letters from each), checked with the exact distance; more edits go to the tree.
   */
  private typos(word: string, maxDistance: number): Map<string, [number, number]> {
    if (maxDistance > DELETIONS) return this.terms.fuzzyGet(word, maxDistance);
    // A word longer than every term by more than the edits allowed matches none of them, and its
    // deletions would number in the millions (a 5,000-letter "word" pasted into a chat).
    if (word.length > this.longestTerm + maxDistance) return new Map();
    const found: [number, number][] = [];
    const seen = new Set<number>();
    for (const variant of deletions(word, maxDistance)) {
      const list = this.byDeletion.get(variant);
      if (!list) continue;
      for (const t of list) {
        if (seen.has(t)) continue;
        seen.add(t);
        const distance = editDistance(word, this.termText[t] as string, maxDistance);
        if (distance <= maxDistance) found.push([t, distance]);
      }
    }
    found.sort((a, b) => (this.treeRank[a[0]] as number) - (this.treeRank[b[0]] as number));
    return new Map(found.map(([t, distance]) => [this.termText[t] as string, [t, distance]]));
  }

  /** The term's number in the index (0 .. termCount - 1), if it is there. */
  termId(term: string): number | undefined {
    return this.idOf.get(term);
  }

  get termCount(): number {
    return this.termText.length;
  }

  /** Adds term t's postings to query term k's scores (MiniSearch's `termResults`, same order of
   * multiplication), and records which documents matched it and in which fields. */
  private addPostings(t: number, termWeight: number, boost: number, k: number): void {
    const work = this.work;
    const { partial, seenInQuery, head } = work;
    const end = this.start[t + 1] as number;
    for (let p = this.start[t] as number; p < end; p++) {
      const doc = this.postingDoc[p] as number;
      const f = this.postingField[p] as number;
      const docBoost = this.docBoost[doc] as number;
      if (!docBoost) continue;
      const weighted =
        termWeight *
        boost *
        (this.fieldBoost[f] as number) *
        docBoost *
        (this.postingRaw[p] as number);
      if (seenInQuery[doc] !== k) {
        seenInQuery[doc] = k;
        partial[doc] = weighted;
        work.touched[work.touchedCount++] = doc;
      } else partial[doc] = (partial[doc] as number) + weighted;
      const r = work.records++;
      work.ensureRecord(r);
      work.recordTerm[r] = t;
      work.recordField[r] = f;
      work.next[r] = head[doc] as number;
      head[doc] = r;
    }
  }

  /**
   * Documents matching any of the query terms (MiniSearch's OR), best first; equal scores keep
   * the order documents were first matched in, as MiniSearch's stable sort does.
   */
  search(queries: readonly TermQuery[]): Bm25Hits {
    const n = this.documentCount;
    const words = Math.max(1, Math.ceil(queries.length / 32));
    const work = this.work;
    work.reset(n, words);
    const { total, partial, seen, matchedCount, queryMasks } = work;
    let found = 0;
    work.records = 0;

    for (let k = 0; k < queries.length; k++) {
      const query = queries[k] as TermQuery;
      work.touchedCount = 0;
      // The caller's term number (-1: not in the index), or looked up when none was given.
      const id = query.id ?? this.idOf.get(query.term) ?? -1;
      const exact = id >= 0 ? id : undefined;
      if (exact !== undefined) this.addPostings(exact, 1, query.boost, k);
      const fuzzy = query.fuzzy > 0 ? this.typos(query.term, query.fuzzy) : undefined;
      if (query.prefix) {
        const longer = exact !== undefined ? this.longerTerms(exact) : this.findLonger(query.term);
        for (let j = 0; j < longer.length; j++) {
          const t = longer[j] as number;
          const term = this.termText[t] as string;
          const distance = term.length - query.term.length;
          // A word that is both a prefix and a typo match counts as a prefix match.
          fuzzy?.delete(term);
          this.addPostings(
            t,
            (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
            query.boost,
            k,
          );
        }
      }
      if (fuzzy) {
        for (const [term, [t, distance]] of fuzzy) {
          if (!distance) continue;
          this.addPostings(
            t,
            (FUZZY_WEIGHT * term.length) / (term.length + distance),
            query.boost,
            k,
          );
        }
      }

      const maskWord = k >>> 5;
      const maskBit = 1 << (k & 31);
      for (let i = 0; i < work.touchedCount; i++) {
        const doc = work.touched[i] as number;
        if (!seen[doc]) {
          seen[doc] = 1;
          work.order[found++] = doc;
          total[doc] = partial[doc] as number;
        } else total[doc] = (total[doc] as number) + (partial[doc] as number);
        const at = doc * words + maskWord;
        queryMasks[at] = (queryMasks[at] as number) | maskBit;
        matchedCount[doc] = (matchedCount[doc] as number) + 1;
      }
    }

    for (let i = 0; i < found; i++) {
      const doc = work.order[i] as number;
      total[doc] = (total[doc] as number) * ((matchedCount[doc] as number) || 1);
    }
    sortByScore(work.order, work.sortScratch, found, total);
    return new Bm25Hits(this, work, work.generation, found, words);
  }
}
