import { Bm25Index, type IndexDocument } from "./bm25-index.js";
import type { KnowledgeReplies } from "./knowledge-schema.js";
import type { KnowledgeContent } from "./load-knowledge.js";
import { type BodyBlock, blocksToPlainText } from "./markdown-to-blocks.js";
import { compileNamePattern, type NamePattern } from "./name-pattern.js";
import { contentTerms, splitWords } from "./tokenize-text.js";

/** One thing the assistant can answer with: an article, or a glossary term. */
export interface KnowledgeEntry {
  /** The article id, or "glossary:<term>" for a glossary term. */
  id: string;
  kind: "article" | "glossary";
  title: string;
  questions: string[];
  tags: string[];
  source: string;
  reviewed: string;
  related: string[];
  referral: boolean;
  short: BodyBlock[];
  detail: BodyBlock[];
  /** Short answer and detail as plain text. */
  text: string;
  /** The glossary term, for glossary entries. */
  term?: string;
}

/** An entry as the search sees it: the text of each field. */
export interface IndexedDoc {
  id: string;
  title: string;
  questions: string;
  tags: string;
  body: string;
}

/**
 * Field weights: the ways practitioners ask (questions) and the title say most about what an
 * article answers; tags a little less; the body mentions many things in passing.
 */
export const FIELD_BOOSTS = { questions: 4, title: 3, tags: 2, body: 1 } as const;

/** Question words that tell what kind of answer is wanted; a listed question asked with the same
 * one is the closer match. (At most 8: they are bits of a byte.) */
export const QUESTION_WORDS: readonly string[] = ["who", "where", "when", "how", "why"];

/** Glossary entries score this much of an article's search score. */
export const GLOSSARY_BOOST = 0.6;

/** How much an alternative word from the synonym file counts against the word actually typed. */
export const SYNONYM_WEIGHT = 0.7;
/** Each word of a multi-word alternative ("local authority designated officer" for LADO). */
export const PHRASE_WORD_WEIGHT = 0.45;

/** A group of phrases meaning the same; each phrase as its stemmed content terms. */
type SynonymGroup = string[][];

export interface KnowledgeIndex {
  entries: Map<string, KnowledgeEntry>;
  search: Bm25Index;
  /** Each entry's fields as indexed (for the differential test against MiniSearch). */
  indexedDocs: IndexedDoc[];
  stopwords: ReadonlySet<string>;
  /** Stems that appear everywhere in this domain and so are no evidence a question belongs here. */
  generic: ReadonlySet<string>;
  synonymGroups: SynonymGroup[];
  /** Every synonym phrase as [group, phrase] indexes, in file order... */
  phraseRef: [number, number][];
  /** ...and their positions in phraseRef by each phrase's first term, so a question looks only
   * at the phrases that can occur in it. */
  phrasesByFirstWord: Map<string, number[]>;
  /** Each glossary entry's names (term, aliases, expansion) as term sequences. */
  glossaryNames: Map<string, string[][]>;
  /** Glossary entries by lower-cased term, alias and expansion. */
  glossaryByName: Map<string, KnowledgeEntry>;
  /** The entries in the search index's document order (`search` results give positions). */
  documents: KnowledgeEntry[];
  /** Per document: its glossary names (as `glossaryNames`) if it is a glossary entry, and whether
   * it is about the past (tagged with `history.tag`). Kept apart from the entries so that scoring results reads
   * small arrays, not every result's whole entry (a cache miss each in a busy server). */
  byDocument: { glossaryNames: (string[][] | undefined)[]; history: Uint8Array };
  /**
   * Every document's title and listed questions, as term numbers in the search index, to find
   * the one closest to a question; laid out one after another in one array, because the scoring
   * walks them for every question asked and scattered small arrays cost a cache miss each. Listed
   * question q (over the whole index) is questionTerms[questionStart[q] .. questionStart[q + 1]);
   * document d's are q = documentQuestions[d] .. documentQuestions[d + 1] - 1.
   */
  questions: {
    terms: Int32Array;
    start: Int32Array;
    ofDocument: Int32Array;
    /** Per listed question: which QUESTION_WORDS it has anywhere (bit i for word i), stopwords
     * though they are. */
    asks: Uint8Array;
  };
  /** Article ids by each question they list, word for word (lower-cased, no punctuation). */
  exactQuestions: Map<string, string>;
  /** Places outside Milton Keynes, as single lower-case words. */
  elsewhere: ReadonlySet<string>;
  /** Articles with this tag describe the past (the former board, 2011-12). */
  history?: {
    tag: string;
    weight: number;
    cues: ReadonlySet<string>;
  };
  definitionPatterns: NamePattern[];
  lookupPatterns: NamePattern[];
  replies: KnowledgeReplies;
  documentCount: number;
}

export function glossaryId(term: string): string {
  return `glossary:${term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
}

/** The words of a name, lower-cased, for exact lookups of glossary terms. */
export function nameKey(text: string): string {
  return splitWords(text).join(" ");
}

function namePatterns(templates: readonly string[]): NamePattern[] {
  return templates.flatMap((t) => compileNamePattern(t) ?? []);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** What an entry says it answers: a glossary entry its title, an article its title and questions. */
function askedOf(e: KnowledgeEntry): string[] {
  return e.kind === "glossary" ? [e.title] : [e.title, ...e.questions];
}

/** Builds the search index and lookups from loaded content. Pure: no file access. */
export function buildKnowledgeIndex(content: KnowledgeContent): KnowledgeIndex {
  const { vocabulary, replies } = content;
  const stopwords = new Set(vocabulary.stopwords.flatMap((w) => splitWords(w)));
  const entries = new Map<string, KnowledgeEntry>();

  for (const a of content.articles) {
    entries.set(a.id, {
      id: a.id,
      kind: "article",
      title: a.title,
      questions: a.questions,
      tags: a.tags,
      source: a.source,
      reviewed: a.reviewed,
      related: a.related,
      referral: a.referral,
      short: a.short,
      detail: a.detail,
      text: a.text,
    });
  }

  const glossaryByName = new Map<string, KnowledgeEntry>();
  const glossaryNames = new Map<string, string[][]>();
  const groups: SynonymGroup[] = [];
  const toPhrases = (list: string[]) =>
    list.map((p) => contentTerms(p, stopwords)).filter((terms) => terms.length > 0);

  for (const t of content.glossary.terms) {
    const short: BodyBlock[] = [
      { kind: "text", text: fill(replies.glossaryShort, { term: t.term, expansion: t.expansion }) },
    ];
    const detail: BodyBlock[] = [{ kind: "text", text: t.meaning }];
    const entry: KnowledgeEntry = {
      id: glossaryId(t.term),
      kind: "glossary",
      term: t.term,
      title: fill(replies.glossaryTitle, { term: t.term, expansion: t.expansion }),
      questions: [],
      tags: t.aliases,
      source: `${replies.glossarySource}: ${t.source}`,
      reviewed: content.glossary.reviewed,
      related: t.related,
      referral: false,
      short,
      detail,
      text: blocksToPlainText([...short, ...detail]),
    };
    entries.set(entry.id, entry);
    for (const name of [t.term, ...t.aliases, t.expansion])
      glossaryByName.set(nameKey(name), entry);
    glossaryNames.set(entry.id, toPhrases([t.term, ...t.aliases, t.expansion]));
    // "Safeguarding" = "safeguarding and promoting the welfare of children" only elaborates: it
    // would widen every question with "safeguarding" in it. Only true short forms become synonyms.
    const [brief, ...longer] = toPhrases([t.term, ...t.aliases, t.expansion]);
    if (brief && !longer.some((l) => brief.every((w) => l.includes(w)))) {
      const phrases = [brief, ...longer];
      if (phrases.length > 1) groups.push(phrases);
    }
  }
  for (const a of vocabulary.acronyms) {
    const phrases = toPhrases([a.term, ...a.aliases, a.expansion]);
    if (phrases.length > 1) groups.push(phrases);
  }
  for (const g of vocabulary.synonyms) {
    const phrases = toPhrases(g);
    if (phrases.length > 1) groups.push(phrases);
  }

  const phraseRef: [number, number][] = [];
  const phrasesByFirstWord = new Map<string, number[]>();
  groups.forEach((group, g) => {
    group.forEach((phrase, p) => {
      const first = phrase[0] as string;
      const list = phrasesByFirstWord.get(first) ?? [];
      list.push(phraseRef.length);
      phrasesByFirstWord.set(first, list);
      phraseRef.push([g, p]);
    });
  });

  const indexedDocs: IndexedDoc[] = [...entries.values()].map((e) => ({
    id: e.id,
    title: e.kind === "glossary" ? `${e.term} ${e.title}` : e.title,
    questions: e.questions.join("\n"),
    tags: e.tags.join("\n"),
    body: e.text,
  }));
  const termsOf = (text: string) => contentTerms(text, stopwords);
  const search = new Bm25Index(
    indexedDocs.map(
      (d): IndexDocument => ({
        id: d.id,
        terms: {
          title: termsOf(d.title),
          questions: termsOf(d.questions),
          tags: termsOf(d.tags),
          body: termsOf(d.body),
        },
      }),
    ),
    {
      fieldBoosts: FIELD_BOOSTS,
      // Glossary entries are short, which BM25 rewards; articles are the fuller answer.
      documentBoost: (id) => (id.startsWith("glossary:") ? GLOSSARY_BOOST : 1),
    },
  );

  // Each entry's title and questions as term numbers in the index (all of them are in it: they
  // were indexed), and as all their words: the scoring loop finds the listed question closest
  // to what was typed by walking these for every question asked.
  const documents = [...entries.values()];
  const questionTerms: number[] = [];
  const questionStart: number[] = [];
  const documentQuestions: number[] = [];
  const questionAsks: number[] = [];
  for (const e of documents) {
    documentQuestions.push(questionStart.length);
    for (const q of askedOf(e)) {
      questionStart.push(questionTerms.length);
      for (const t of new Set(contentTerms(q, stopwords))) {
        const id = search.termId(t);
        if (id !== undefined) questionTerms.push(id);
      }
      questionAsks.push(
        splitWords(q).reduce((bits, w) => {
          const i = QUESTION_WORDS.indexOf(w);
          return i < 0 ? bits : bits | (1 << i);
        }, 0),
      );
    }
  }
  documentQuestions.push(questionStart.length);
  questionStart.push(questionTerms.length);
  const historyTag = vocabulary.history?.tag.toLowerCase();
  const exactQuestions = new Map<string, string>();
  for (const e of entries.values()) {
    for (const q of e.questions) exactQuestions.set(nameKey(q), e.id);
  }

  return {
    entries,
    search,
    indexedDocs,
    stopwords,
    generic: new Set(vocabulary.generic.flatMap((w) => contentTerms(w, new Set()))),
    synonymGroups: groups,
    phraseRef,
    phrasesByFirstWord,
    glossaryByName,
    glossaryNames,
    exactQuestions,
    documents,
    byDocument: {
      glossaryNames: documents.map((e) =>
        e.kind === "glossary" ? (glossaryNames.get(e.id) ?? []) : undefined,
      ),
      history: Uint8Array.from(documents, (e) =>
        historyTag !== undefined && e.tags.some((t) => t.toLowerCase() === historyTag) ? 1 : 0,
      ),
    },
    questions: {
      terms: Int32Array.from(questionTerms),
      start: Int32Array.from(questionStart),
      ofDocument: Int32Array.from(documentQuestions),
      asks: Uint8Array.from(questionAsks),
    },
    elsewhere: new Set(vocabulary.elsewhere.flatMap((w) => splitWords(w))),
    history: vocabulary.history && {
      tag: vocabulary.history.tag.toLowerCase(),
      weight: vocabulary.history.weight,
      cues: new Set(vocabulary.history.cues.flatMap((c) => splitWords(c))),
    },
    definitionPatterns: namePatterns(replies.definitionPatterns),
    lookupPatterns: namePatterns(replies.lookupPatterns),
    replies,
    documentCount: entries.size,
  };
}
