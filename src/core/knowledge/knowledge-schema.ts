import { z } from "zod";
import { dateString } from "../content/date-string.js";

/** Article ids are kebab-case so that they can be file names, button data and CLI output. */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** YAML reads a bare tag such as 999 as a number; an editor plainly meant the word. */
const word = z.preprocess((v) => (typeof v === "number" ? String(v) : v), nonEmpty);

/** The front matter of one article in knowledge/articles/<id>.md. */
export const articleFrontMatterSchema = z.object({
  id: z.string().regex(ARTICLE_ID, "must be kebab-case, e.g. making-a-referral"),
  title: nonEmpty,
  questions: z.array(nonEmpty, "must be a list of questions").min(1, "needs at least one question"),
  /** Other ways people ask what the article answers, in other jobs' words: searched as hints
   * that count like the body, not as questions the article promises to answer word for word. */
  alsoAsked: z.array(nonEmpty, "must be a list of questions").default([]),
  tags: z.array(word, "must be a list of tags"),
  source: nonEmpty.describe("which seed document and section the article is written from"),
  reviewed: dateString,
  related: z.array(z.string().regex(ARTICLE_ID, "must be an article id")).default([]),
  referral: z.boolean().default(false),
  /** What practitioners call the body the article is about ("Review Board"): a question that
   * says "it" after one of these names asks about it (refer-back.ts). */
  names: z.array(nonEmpty).default([]),
  /** Built-in actions offered as buttons under the answer ("levels" starts the guided check). */
  actions: z.array(z.enum(["levels", "mash"])).default([]),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export const glossaryTermSchema = z.object({
  term: nonEmpty,
  expansion: nonEmpty,
  meaning: nonEmpty,
  source: nonEmpty,
  related: z.array(z.string().regex(ARTICLE_ID, "must be an article id")).default([]),
  aliases: z.array(word).default([]),
});

export const glossarySchema = z.object({
  reviewed: dateString,
  terms: z.array(glossaryTermSchema).min(1, "needs at least one term"),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** A list of words or phrases that mean the same thing to a practitioner. */
const phraseList = z.array(nonEmpty).min(2, "a synonym group needs at least two entries");

/** knowledge/search/synonyms.yaml: how the search widens and narrows what people type. */
export const searchVocabularySchema = z.object({
  reviewed: dateString,
  stopwords: z.array(nonEmpty).min(1),
  generic: z.array(nonEmpty).default([]),
  synonyms: z.array(phraseList).default([]),
  acronyms: z
    .array(
      z.object({ term: nonEmpty, expansion: nonEmpty, aliases: z.array(nonEmpty).default([]) }),
    )
    .default([]),
  /** Words each dropped alone that name a subject together ("how urgent", "most urgent"), mapped
   * to the word searched for them ("urgency"). */
  subjects: z.record(z.string(), nonEmpty).default({}),
  /** Words typed for other words: text-speak ("shud") and common slips, mapped to the word meant. */
  spellings: z.record(z.string(), nonEmpty).default({}),
  /** Words that move a guided check along ("back", "next"): said outside a check, they are
   * answered with "no check is in progress", never searched. */
  navigation: z.array(nonEmpty).default([]),
  /** Articles about the former board rank below current ones unless the question looks back. */
  history: z
    .object({
      tag: nonEmpty,
      weight: z.number().gt(0).max(1),
      cues: z.array(nonEmpty).default([]),
    })
    .optional(),
});

export type SearchVocabulary = z.infer<typeof searchVocabularySchema>;

/** knowledge/search/replies.yaml: the knowledge skill's own words. */
export const knowledgeRepliesSchema = z.object({
  reviewed: dateString,
  sourceNote: z.string().includes("{source}").includes("{reviewed}"),
  glossaryShort: z.string().includes("{term}").includes("{expansion}"),
  glossaryTitle: z.string().includes("{term}"),
  glossarySource: nonEmpty,
  helpfulQuestion: nonEmpty,
  /** Heads the answer to a message's second question, on the same card. */
  alsoAsked: z.string().includes("{title}"),
  helpfulYes: nonEmpty,
  helpfulNo: nonEmpty,
  referralIntro: nonEmpty,
  mashButton: nonEmpty,
  helpButton: nonEmpty,
  suggest: z.object({ intro: nonEmpty, noneOfThese: nonEmpty }),
  none: z.object({
    heading: nonEmpty,
    text: nonEmpty,
    contacts: nonEmpty,
    procedures: nonEmpty,
  }),
  levelsButton: nonEmpty,
  staleArticle: nonEmpty,
  noCheck: nonEmpty,
  danger: z.object({
    heading: nonEmpty,
    call: nonEmpty,
    tellMash: nonEmpty,
    outOfHours: z.string().includes("{team}").includes("{number}"),
    after: nonEmpty,
    note: nonEmpty,
  }),
  refusals: z.record(z.string(), z.object({ heading: nonEmpty, text: nonEmpty })),
  feedback: z.object({ thanksYes: nonEmpty, thanksNo: nonEmpty, already: nonEmpty }),
  smallTalk: z.array(z.object({ match: z.array(nonEmpty).min(1), reply: nonEmpty })).default([]),
  definitionPatterns: z.array(nonEmpty).min(1),
  lookupPatterns: z.array(nonEmpty).default([]),
  thatQuestions: z.array(nonEmpty).default([]),
});

export type KnowledgeReplies = z.infer<typeof knowledgeRepliesSchema>;

/**
 * A rule over a message's words: it matches when the message has an entry from every list in
 * `all`. An entry is a word or phrase, read as match-phrase.ts says ("_" in an ignore phrase is
 * any one word).
 */
const ruleSchema = z.object({
  name: nonEmpty,
  all: z.array(z.array(word).min(1, "a word list needs at least one entry")).min(1),
  unless: z.array(word).default([]),
});

export type MessageRule = z.infer<typeof ruleSchema>;

/** knowledge/search/danger.yaml: what counts as a child in immediate danger (see detect-danger). */
export const dangerSchema = z
  .object({
    reviewed: dateString,
    ignore: z.array(word).default([]),
    negators: z.array(word).min(1),
    earlier: z.array(word).default([]),
    continuing: z.array(word).default([]),
    past: z.array(word).default([]),
    habitual: z.array(word).default([]),
    resolved: z.array(word).default([]),
    /** Phrases of `resolved` that say only how a child seems ("seems fine"): they settle
     * nothing a sign marked `showsLater` raises. */
    seemsWell: z.array(word).default([]),
    asking: z.array(word).default([]),
    general: z.array(word).default([]),
    notAChild: z.array(word).default([]),
    /** First words of a question the nearest examples' vote does not read (see readDanger). */
    voteSkips: z.array(word).default([]),
    lists: z.record(z.string(), z.array(word).min(1)).refine((l) => "now" in l, "a `now` list"),
    /** Lists whose words stay true whenever they were told: an injury nobody took to hospital
     * last night is still untreated this morning. */
    lasting: z.array(z.string()).default([]),
    signs: z
      .array(
        z.object({
          name: nonEmpty,
          words: z.array(word).min(1),
          unless: z.array(word).default([]),
          needs: z.array(z.string()).default([]),
          /** Where a needed list must be found: anywhere in the message, or in the sign's sentence. */
          within: z.enum(["message", "sentence"]).default("message"),
          /** Still true after the time it names: "missing since last night", "ran away last night". */
          ongoing: z.boolean().default(false),
          /** Phrases that settle this sign only, anywhere in the message ("she's back home" ends
           * a child missing, but not a father with a knife who is back home). */
          settledBy: z.array(word).default([]),
          /** Harm that shows hours later (something swallowed): how the child seems now
           * (`seemsWell`) settles nothing. */
          showsLater: z.boolean().default(false),
        }),
      )
      .min(1),
  })
  .superRefine((d, ctx) => {
    // A `seemsWell` phrase only takes back what `resolved` says: one not there does nothing.
    const resolved = new Set(d.resolved);
    for (const [i, p] of d.seemsWell.entries())
      if (!resolved.has(p))
        ctx.addIssue({ code: "custom", path: ["seemsWell", i], message: `not in resolved: ${p}` });
    for (const [i, n] of d.lasting.entries())
      if (!(n in d.lists))
        ctx.addIssue({ code: "custom", path: ["lasting", i], message: `no list named ${n}` });
    for (const [i, s] of d.signs.entries())
      for (const n of s.needs)
        if (!(n in d.lists))
          ctx.addIssue({
            code: "custom",
            path: ["signs", i, "needs"],
            message: `no list named ${n}`,
          });
  });

export type DangerModel = z.infer<typeof dangerSchema>;

/** knowledge/search/*-likeness.json, written by `npm run train:likeness` (see weigh-likeness). */
export const likenessSchema = z.object({
  name: nonEmpty,
  trained: dateString,
  /** What it was fitted on: example messages, how many of them of the kind, in how many sets. */
  examples: z.object({
    messages: z.number().int().min(1),
    like: z.number().int().min(1),
    sets: z.number().int().min(1),
  }),
  /** At this likeness or more, a message is taken to be of the kind. */
  threshold: z.number().gt(0).lt(1),
  bias: z.number(),
  /** Word or word pair -> weight. Checked in one pass: tens of thousands of entries, read at
   * every start, took zod's record schema longer than the rest of the file. */
  weights: z.custom<Record<string, number>>(
    (v) =>
      typeof v === "object" &&
      v !== null &&
      !Array.isArray(v) &&
      Object.values(v).every((x) => typeof x === "number" && Number.isFinite(x)),
    "must map each word or word pair to a number",
  ),
});

export type LikenessContent = z.infer<typeof likenessSchema>;

/** knowledge/search/answered-before.json, written by `npm run train:likeness` (see
 * answered-before.ts): example messages, as search terms, with the entry that answered each
 * right ("" for one to decline). */
export const answeredBeforeSchema = z.object({
  name: nonEmpty,
  trained: dateString,
  /** What it was made from: the sets' messages read, those kept (with one entry that answers
   * them, or to decline), and the sets. */
  examples: z.object({
    read: z.number().int().min(0),
    messages: z.number().int().min(0),
    sets: z.number().int().min(0),
  }),
  /** How many of the nearest earlier messages vote... */
  neighbours: z.number().int().min(1),
  /** ...and the share of their votes one entry needs to be the answer. */
  threshold: z.number().gt(0).lte(1),
  /** [entry id, "" (to decline) or "!danger" (an emergency), search terms]. Checked in one
   * pass, as the likenesses' weights are. */
  asked: z.custom<[string, string][]>(
    (v) =>
      Array.isArray(v) &&
      v.every(
        (x) =>
          Array.isArray(x) &&
          x.length === 2 &&
          typeof x[0] === "string" &&
          typeof x[1] === "string",
      ),
    'must list [entry id or "", search terms] pairs',
  ),
});

export type AnsweredBeforeContent = z.infer<typeof answeredBeforeSchema>;

/** knowledge/search/situations.yaml: situations routed straight to an article, and refusals. */
export const situationsSchema = z.object({
  reviewed: dateString,
  ignore: z.array(word).default([]),
  situations: z
    .array(
      ruleSchema.extend({
        article: z.string().regex(ARTICLE_ID),
        /** A general worry ("I'm worried about a child"): a question asked in the same message
         * ("...am I allowed to share it?") is answered instead, when the search is sure of it. */
        general: z.boolean().default(false),
      }),
    )
    .default([]),
  refusals: z
    .array(
      ruleSchema.extend({
        reply: nonEmpty,
        /** Longer messages are not refused by this rule: a place named in passing while
         * describing a child ("he lives in Leeds") is not a question about Leeds. */
        maxWords: z.number().int().min(1).optional(),
        /** The words mean something else here ("RAG" on a project tracker): declined even where
         * the glossary defines one of them, which otherwise is always answered. */
        otherMeaning: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Asked only when nothing else answers: a message describing a child gets what to do now. */
  fallbacks: z
    .array(
      ruleSchema.extend({
        article: z.string().regex(ARTICLE_ID),
        minWords: z.number().int().min(0).default(0),
        /** What a description may ask ("what do I do?", "who do I tell?"): a message that asks
         * something else ("what dose for a 3 year old?") is a question, not a description. */
        asking: z.array(word).default([]),
      }),
    )
    .default([]),
});

export type Situations = z.infer<typeof situationsSchema>;
