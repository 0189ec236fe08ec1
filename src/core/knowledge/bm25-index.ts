import SearchableMap from "minisearch/SearchableMap";

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
}

// MiniSearch's defaults, which the assistant never changed.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** The results of one search, best first. Read-only views over arrays made for this search. */
export class Bm25Hits {
  constructor(
    private readonly index: Bm25Index,
    /** Documents, best first. */
    private readonly order: readonly number[],
    /** Final score per document (sum over query terms x number of query terms matched). */
    private readonly scores: readonly number[],
    /** Per document, a bit per query term it matched (`words` 32-bit words per document). */
    private readonly queryMasks: readonly number[],
    private readonly words: number,
    private readonly matchedCount: readonly number[],
    /** Matched (index term, field) records as linked lists per document. */
    private readonly head: readonly number[],
    private readonly next: readonly number[],
    private readonly recordTerm: readonly number[],
    private readonly recordField: readonly number[],
  ) {}

  get length(): number {
    return this.order.length;
  }

  id(rank: number): string {
    return this.index.ids[this.order[rank] as number] as string;
  }

  /** The result's position in the documents the index was built from. */
  document(rank: number): number {
    return this.order[rank] as number;
  }

  score(rank: number): number {
    return this.scores[this.order[rank] as number] as number;
  }

  /** How many of the query's terms this result matched. */
  queryTermCount(rank: number): number {
    return this.matchedCount[this.order[rank] as number] as number;
  }

  /** Whether this result matched query term `k` (by its position in the query). */
  matchedQueryTerm(rank: number, k: number): boolean {
    return ((this.queryTermBits(rank, k >>> 5) >>> (k & 31)) & 1) === 1;
  }

  /** 32-bit words of query-term bits per result: query term k is bit k % 32 of word k / 32. */
  get queryTermWords(): number {
    return this.words;
  }

  queryTermBits(rank: number, word: number): number {
    return this.queryMasks[(this.order[rank] as number) * this.words + word] as number;
  }

  /**
   * The index terms this result matched (exactly, by prefix or as a typo), by term number, each
   * once, into `terms`, with a bit per field it is in (bit i = FIELDS[i]) into `fields`. Returns
   * how many. The caller's arrays are reused, as this runs for every result scored in detail.
   */
  matchedTerms(rank: number, terms: number[], fields: number[]): number {
    terms.length = 0;
    fields.length = 0;
    const doc = this.order[rank] as number;
    for (let r = this.head[doc] as number; r >= 0; r = this.next[r] as number) {
      const term = this.recordTerm[r] as number;
      const bit = 1 << (this.recordField[r] as number);
      const at = terms.indexOf(term);
      if (at < 0) {
        terms.push(term);
        fields.push(bit);
      } else fields[at] = (fields[at] as number) | bit;
    }
    return terms.length;
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

  constructor(documents: readonly IndexDocument[], options: Bm25Options) {
    this.ids = documents.map((d) => d.id);
    this.documentCount = documents.length;
    this.fieldBoost = Float64Array.from(FIELDS, (f) => options.fieldBoosts[f] || 1);
    this.docBoost = Float64Array.from(this.ids, (id) => options.documentBoost(id));

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
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  /** The term's number in the index (0 .. termCount - 1), if it is there. */
  termId(term: string): number | undefined {
    return this.terms.get(term);
  }

  get termCount(): number {
    return this.termText.length;
  }

  /**
   * Documents matching any of the query terms (MiniSearch's OR), best first; equal scores keep
   * the order documents were first matched in, as MiniSearch's stable sort does.
   */
  search(queries: readonly TermQuery[]): Bm25Hits {
    // Plain arrays, not typed ones: a typed array of more than a few elements gets its own
    // backing store outside the heap, which costs more to make and to collect than this whole
    // search's arithmetic (measured: one 5 KB Int32Array was 9% of a question).
    const n = this.documentCount;
    const words = Math.max(1, Math.ceil(queries.length / 32));
    const total: number[] = new Array(n).fill(0);
    const partial: number[] = new Array(n).fill(0);
    const seenInQuery: number[] = new Array(n).fill(-1);
    const seen: number[] = new Array(n).fill(0);
    const firstSeen: number[] = [];
    const queryMasks: number[] = new Array(n * words).fill(0);
    const matchedCount: number[] = new Array(n).fill(0);
    const head: number[] = new Array(n).fill(-1);
    const next: number[] = [];
    const recordTerm: number[] = [];
    const recordField: number[] = [];
    let records = 0;
    const touched: number[] = [];

    queries.forEach((query, k) => {
      touched.length = 0;
      const maskWord = k >>> 5;
      const maskBit = 1 << (k & 31);
      const add = (t: number, termWeight: number) => {
        const end = this.start[t + 1] as number;
        for (let p = this.start[t] as number; p < end; p++) {
          const doc = this.postingDoc[p] as number;
          const f = this.postingField[p] as number;
          const docBoost = this.docBoost[doc] as number;
          if (!docBoost) continue;
          const weighted =
            termWeight *
            query.boost *
            (this.fieldBoost[f] as number) *
            docBoost *
            (this.postingRaw[p] as number);
          if (seenInQuery[doc] !== k) {
            seenInQuery[doc] = k;
            partial[doc] = weighted;
            touched.push(doc);
          } else partial[doc] = (partial[doc] as number) + weighted;
          recordTerm.push(t);
          recordField.push(f);
          next.push(head[doc] as number);
          head[doc] = records++;
        }
      };

      const exact = this.terms.get(query.term);
      if (exact !== undefined) add(exact, 1);
      const prefixed = query.prefix ? this.terms.atPrefix(query.term) : undefined;
      const fuzzy = query.fuzzy > 0 ? this.terms.fuzzyGet(query.term, query.fuzzy) : undefined;
      if (prefixed) {
        for (const [term, t] of prefixed) {
          const distance = term.length - query.term.length;
          if (!distance) continue;
          // A word that is both a prefix and a typo match counts as a prefix match.
          fuzzy?.delete(term);
          add(t, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [term, [t, distance]] of fuzzy) {
          if (!distance) continue;
          add(t, (FUZZY_WEIGHT * term.length) / (term.length + distance));
        }
      }

      for (const doc of touched) {
        if (!seen[doc]) {
          seen[doc] = 1;
          firstSeen.push(doc);
          total[doc] = partial[doc] as number;
        } else total[doc] = (total[doc] as number) + (partial[doc] as number);
        const at = doc * words + maskWord;
        queryMasks[at] = (queryMasks[at] as number) | maskBit;
        matchedCount[doc] = (matchedCount[doc] as number) + 1;
      }
    });

    for (const doc of firstSeen) {
      total[doc] = (total[doc] as number) * ((matchedCount[doc] as number) || 1);
    }
    // Array.prototype.sort is stable: ties stay in first-matched order.
    const order = firstSeen.sort((a, b) => (total[b] as number) - (total[a] as number));
    return new Bm25Hits(
      this,
      order,
      total,
      queryMasks,
      words,
      matchedCount,
      head,
      next,
      recordTerm,
      recordField,
    );
  }
}
