import MiniSearch from "minisearch";
import { type AnsweredBefore, compileAnsweredBefore } from "./answered-before.js";
import { compileDanger, type DangerModel, wordsOfDanger } from "./compile-danger.js";
import { type CorrectWord, createSpeller } from "./correct-spelling.js";
import type { KnowledgeReplies } from "./knowledge-schema.js";
import type { KnowledgeContent } from "./load-knowledge.js";
import { type BodyBlock, blocksToPlainText } from "./markdown-to-blocks.js";
import { compilePhrase, makePhraseBook, type Phrase, type PhraseBook } from "./match-phrase.js";
import { compileRules, type RuleSet, wordsOfRules } from "./match-rules.js";
import { compileNamePattern, type NamePattern } from "./name-pattern.js";
import { contentTerms, contentTermsOf, splitWords } from "./tokenize-text.js";
import { compileLikeness, type Likeness } from "./weigh-likeness.js";

/** One thing the assistant can answer with: an article, or a glossary term. */
export interface KnowledgeEntry {
  /** The article id, or "glossary:<term>" for a glossary term. */
  id: string;
  kind: "article" | "glossary";
  title: string;
  questions: string[];
  /** Other ways of asking (articles only): search hints, weighed like the body. */
  alsoAsked: string[];
  tags: string[];
  source: string;
  reviewed: string;
  related: string[];
  referral: boolean;
  /** Built-in actions offered under the answer ("levels", "mash"). */
  actions: string[];
  short: BodyBlock[];
  detail: BodyBlock[];
  /** Short answer and detail as plain text. */
  text: string;
  /** The glossary term, for glossary entries. */
  term?: string;
}

/**
 * Field weights: the ways practitioners ask (questions) say most about what an article answers,
 * then its title and tags; the body mentions many things in passing, and the other ways of asking
 * (alsoAsked) are hints as loose as the body.
 */
export const FIELD_BOOSTS = { questions: 3, title: 2, tags: 2, body: 1, alsoAsked: 1 } as const;
/** Fields whose words only hint at what an entry answers: a match there covers less of a
 * question (see search-knowledge's coverage). */
export const HINT_FIELDS: ReadonlySet<string> = new Set(["body", "alsoAsked"]);
export const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/** Glossary entries are one or two sentences, which BM25 rewards; articles are the fuller answer. */
export const GLOSSARY_BOOST = 0.6;

export interface KnowledgeIndex {
  entries: Map<string, KnowledgeEntry>;
  search: MiniSearch;
  /** Every term in the search index (stemmed), to tell a typo from a word the index has. */
  terms: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  /** Runs of words searched as one word (synonyms.yaml `subjects`): "how urgent" as "urgency". */
  subjects: readonly (readonly [readonly string[], string])[];
  /** Stems that appear all over this domain, so matching one alone is no sign of a topic. */
  generic: ReadonlySet<string>;
  /** For each stem, the other phrases (as stems) of the synonym groups it heads a phrase of. */
  synonymGroups: string[][][];
  /** Glossary entries by lower-cased term, alias and expansion. */
  glossaryByName: Map<string, KnowledgeEntry>;
  /** The names of the bodies articles are about (`names`), lower-cased, each with its article's
   * id: what "it" in a question can stand for, and whose details a question asks for. */
  referents: ReadonlyMap<string, string>;
  /** Each entry's title and listed questions, as sets of stemmed content terms: what it says it
   * answers. */
  asked: Map<string, Set<string>[]>;
  /** Article ids by each question they list, word for word (lower-cased, no punctuation). */
  exactQuestions: Map<string, string>;
  /** Articles with this tag describe the past (the former board, 2011-12). */
  history?: { tag: string; weight: number; cues: ReadonlySet<string> };
  definitionPatterns: NamePattern[];
  lookupPatterns: NamePattern[];
  /** "What does that stand for?": asks what the term named just before it means. */
  thatQuestions: Set<string>;
  replies: KnowledgeReplies;
  danger: DangerModel;
  /** How much a message reads like the example emergencies (weigh-likeness.ts)... */
  dangerLikeness: Likeness;
  /** ...and like the example questions the assistant must decline. */
  declineLikeness: Likeness;
  /** The example messages and the entries that answered them (answered-before.ts). */
  answeredBefore: AnsweredBefore;
  situations: {
    ignore: Phrase[];
    situations: RuleSet<{ article: string; general: boolean }>;
    fallbacks: RuleSet<{ article: string; minWords: number; asking: PhraseBook<true> }>;
    refusals: RuleSet<{ reply: string; maxWords: number; otherMeaning: boolean }>;
  };
  /** "back", "next"...: typed outside a check, answered with "no check is in progress". */
  navigation: ReadonlySet<string>;
  /** Every word the knowledge uses, with how often: what typos are corrected towards. */
  vocabulary: ReadonlyMap<string, number>;
  correctWord: CorrectWord;
  /** The partnership's own list of text-speak and the words meant ("nite" -> "night"). */
  spellings: ReadonlyMap<string, string>;
  documentCount: number;
}

export function glossaryId(term: string): string {
  return `glossary:${term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
}

/** The words of a name, lower-cased, for exact lookups of glossary terms and questions. */
export function nameKey(text: string): string {
  return splitWords(text).join(" ");
}

/** A listed question's key, less "the", "a" and "an": "what can mash decide" is the listed
 * "what can the mash decide". */
export function questionKey(text: string): string {
  return splitWords(text)
    .filter((w) => !ARTICLES.has(w))
    .join(" ");
}

const ARTICLES = new Set(["the", "a", "an"]);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
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
      alsoAsked: a.alsoAsked,
      tags: a.tags,
      source: a.source,
      reviewed: a.reviewed,
      related: a.related,
      referral: a.referral,
      actions: a.actions,
      short: a.short,
      detail: a.detail,
      text: a.text,
    });
  }

  const glossaryByName = new Map<string, KnowledgeEntry>();
  const groups: string[][][] = [];
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
      alsoAsked: [],
      tags: t.aliases,
      source: `${replies.glossarySource}: ${t.source}`,
      reviewed: content.glossary.reviewed,
      related: t.related,
      referral: false,
      actions: [],
      short,
      detail,
      text: blocksToPlainText([...short, ...detail]),
    };
    entries.set(entry.id, entry);
    for (const name of [t.term, ...t.aliases, t.expansion])
      glossaryByName.set(nameKey(name), entry);
    // "Safeguarding" = "safeguarding and promoting the welfare of children" only elaborates: it
    // would widen every question with "safeguarding" in it. Only true short forms become synonyms.
    const [brief, ...longer] = toPhrases([t.term, ...t.aliases, t.expansion]);
    if (brief && !longer.some((l) => brief.every((w) => l.includes(w)))) {
      if (longer.length > 0) groups.push([brief, ...longer]);
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

  const historyTag = vocabulary.history?.tag.toLowerCase();
  const isHistory = (e: KnowledgeEntry) =>
    historyTag !== undefined && e.tags.some((t) => t.toLowerCase() === historyTag);
  const search = new MiniSearch({
    fields: [...FIELDS],
    storeFields: ["history", "glossary"],
    tokenize: splitWords,
    processTerm: (term) => contentTermsOf([term], stopwords)[0] ?? null,
  });
  search.addAll(
    [...entries.values()].map((e) => ({
      id: e.id,
      title: e.kind === "glossary" ? `${e.term} ${e.title}` : e.title,
      questions: e.questions.join("\n"),
      alsoAsked: e.alsoAsked.join("\n"),
      tags: e.tags.join("\n"),
      body: e.text,
      history: isHistory(e),
      glossary: e.kind === "glossary",
    })),
  );

  const asked = new Map<string, Set<string>[]>();
  for (const e of entries.values()) {
    const titles = e.kind === "glossary" ? [e.term ?? "", ...e.tags] : [e.title];
    asked.set(
      e.id,
      [...titles, ...e.questions]
        .map((q) => new Set(contentTerms(q, stopwords)))
        .filter((q) => q.size > 0),
    );
  }
  const exactQuestions = new Map<string, string>();
  for (const e of entries.values()) {
    for (const q of e.questions) exactQuestions.set(questionKey(q), e.id);
  }

  const danger = compileDanger(content.danger, new Map(Object.entries(vocabulary.spellings)));
  const situations = {
    ignore: content.situations.ignore.map((t) => compilePhrase(t)),
    situations: compileRules(
      content.situations.situations.map((s) => ({
        rule: s,
        leadsTo: { article: s.article, general: s.general },
      })),
    ),
    refusals: compileRules(
      content.situations.refusals.map((r) => ({
        rule: r,
        leadsTo: {
          reply: r.reply,
          maxWords: r.maxWords ?? Number.POSITIVE_INFINITY,
          otherMeaning: r.otherMeaning,
        },
      })),
    ),
    fallbacks: compileRules(
      content.situations.fallbacks.map((f) => ({
        rule: f,
        leadsTo: {
          article: f.article,
          minWords: f.minWords,
          asking: makePhraseBook(
            f.asking.map((t) => ({ phrase: compilePhrase(t, true), tag: true as const, gap: 2 })),
          ),
        },
      })),
    ),
  };

  // What typos are corrected towards: every word of the articles, glossary, synonyms and rules.
  const words = new Map<string, number>();
  const count = (text: string) => {
    for (const w of splitWords(text)) words.set(w, (words.get(w) ?? 0) + 1);
  };
  for (const e of entries.values()) {
    count([e.title, ...e.questions, ...e.tags, e.text, e.term ?? ""].join(" "));
  }
  for (const g of vocabulary.synonyms) count(g.join(" "));
  for (const a of vocabulary.acronyms) count([a.term, a.expansion, ...a.aliases].join(" "));
  for (const w of [
    ...wordsOfDanger(danger),
    ...wordsOfRules(situations.situations),
    ...wordsOfRules(situations.refusals),
    ...wordsOfRules(situations.fallbacks),
    ...vocabulary.stopwords.flatMap((w) => splitWords(w)),
    ...Object.values(vocabulary.spellings).flatMap((w) => splitWords(w)),
  ]) {
    words.set(w, (words.get(w) ?? 0) + 1);
  }

  const terms = new Set<string>();
  for (const e of entries.values()) {
    const text = [e.title, e.term ?? "", ...e.questions, ...e.tags, e.text].join(" ");
    for (const t of contentTerms(text, stopwords)) terms.add(t);
  }

  const referents = new Map(
    content.articles.flatMap((a) => a.names.map((n) => [nameKey(n), a.id] as const)),
  );

  return {
    entries,
    search,
    referents,
    terms,
    stopwords,
    subjects: Object.entries(vocabulary.subjects).map(([run, word]) => [splitWords(run), word]),
    generic: new Set(vocabulary.generic.flatMap((w) => contentTerms(w, new Set()))),
    synonymGroups: groups,
    glossaryByName,
    asked,
    exactQuestions,
    history: vocabulary.history && {
      tag: vocabulary.history.tag.toLowerCase(),
      weight: vocabulary.history.weight,
      cues: new Set(vocabulary.history.cues.flatMap((c) => splitWords(c))),
    },
    // "What does X stand for" is asked after an apology or a greeting too ("sorry daft q what
    // does LADO stand for"); "define X" inside a sentence asks about the sentence.
    definitionPatterns: replies.definitionPatterns.flatMap(
      (t) => compileNamePattern(t, t.startsWith("what ")) ?? [],
    ),
    lookupPatterns: replies.lookupPatterns.flatMap((t) => compileNamePattern(t) ?? []),
    thatQuestions: new Set(replies.thatQuestions.map(nameKey)),
    replies,
    danger,
    dangerLikeness: compileLikeness(content.dangerLikeness),
    declineLikeness: compileLikeness(content.declineLikeness),
    answeredBefore: compileAnsweredBefore(content.answeredBefore, (id) => entries.has(id)),
    situations,
    navigation: new Set(vocabulary.navigation.map(nameKey)),
    vocabulary: words,
    correctWord: createSpeller(words, vocabulary.spellings),
    spellings: new Map(Object.entries(vocabulary.spellings)),
    documentCount: entries.size,
  };
}
