import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import { nameKey } from "./build-knowledge-index.js";
import { type Answer, decideAnswer } from "./decide-answer.js";
import { matchNamePattern, type NamePattern } from "./name-pattern.js";
import { makeQuery, searchKnowledge } from "./search-knowledge.js";
import { THRESHOLDS, type Thresholds } from "./thresholds.js";
import { understandMessage } from "./understand-message.js";

export type { Answer, Candidate } from "./decide-answer.js";

/**
 * Answers a practitioner's message: understand (spelling, danger, situations, refusals) ->
 * retrieve (MiniSearch) -> decide (answer, "did you mean", or "I don't know"). Danger is decided
 * first and never waits on the search.
 */
export function answerQuestion(
  index: KnowledgeIndex,
  text: string,
  t: Thresholds = THRESHOLDS,
): Answer {
  const understood = understandMessage(index, text);
  if (understood.danger) return { kind: "danger", rule: understood.danger };
  if (understood.refusal) {
    return { kind: "none", score: 0, reason: "refusal", refusal: understood.refusal };
  }
  if (understood.navigation) return { kind: "none", score: 0, reason: "no-check" };

  const query = makeQuery(index, understood.words);
  const hits = searchKnowledge(index, query);
  const alternativesTo = (id: string) =>
    hits
      .filter((h) => h.id !== id && h.coverage >= t.floor)
      .slice(0, 2)
      .map((h) => index.entries.get(h.id) as KnowledgeEntry);
  const answered = (
    article: KnowledgeEntry,
    via: "situation" | "definition" | "question" | "lookup",
  ): Answer => ({
    kind: "answer",
    article,
    score: 1,
    alternatives: alternativesTo(article.id),
    via,
  });

  if (understood.situation) {
    const article = index.entries.get(understood.situation);
    if (article) return answered(article, "situation");
  }
  const key = expandContraction(understood.words.join(" "));
  // "What does LADO mean?" is a glossary question whatever else matches.
  const defined = matchGlossary(index, index.definitionPatterns, key);
  if (defined) return answered(defined, "definition");
  // The question is, word for word, one an article lists.
  const listed = index.exactQuestions.get(nameKey(key));
  const asked = listed ? index.entries.get(listed) : undefined;
  if (asked) return answered(asked, "question");
  // "What is a MARF?" or just "cspr": a term the glossary defines. An article titled with the
  // term ("What the MASH is") says more than the glossary line, so it answers instead.
  const looked = matchGlossary(index, index.lookupPatterns, key);
  if (looked) return answered(articleAbout(index, looked) ?? looked, "lookup");

  const decided = decideAnswer(index, hits, t);
  // A practitioner describing a child, where nothing answers what they wrote, is asking what to
  // do: that is never the wrong answer, and "I don't know" would be.
  const fallback = understood.described && index.entries.get(understood.described);
  const unsure =
    decided.kind === "none" ||
    (decided.kind === "suggest" && (decided.candidates[0]?.score ?? 0) < t.answer);
  if (unsure && fallback) return answered(fallback, "situation");
  return decided;
}

/** "what's" arrives as "whats" or "what s" once punctuation goes: both read as "what is". */
function expandContraction(key: string): string {
  return key.replace(/^(what|who|where)(?: s|s) /, "$1 is ");
}

/** The glossary entry a name asks about: as typed, less a leading "the"/"a"/"an", a plural "s",
 * or a closing "in safeguarding" / "in Milton Keynes". */
function glossaryFor(index: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  const bare = name.replace(/^(?:the|a|an) /, "");
  const local = bare.replace(/ (?:in|for) (?:safeguarding|milton keynes|mk)$/, "");
  return (
    index.glossaryByName.get(bare) ??
    index.glossaryByName.get(bare.replace(/s$/, "")) ??
    index.glossaryByName.get(local)
  );
}

function matchGlossary(index: KnowledgeIndex, patterns: readonly NamePattern[], key: string) {
  for (const p of patterns) {
    const name = matchNamePattern(p, key);
    const entry = name ? glossaryFor(index, name) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

/** The article a glossary term points to first, when that article's title names the term. */
function articleAbout(index: KnowledgeIndex, term: KnowledgeEntry): KnowledgeEntry | undefined {
  const names = [term.term ?? "", ...term.tags].map(nameKey).filter((n) => n !== "");
  for (const id of term.related) {
    const e = index.entries.get(id);
    const title = e ? ` ${nameKey(e.title)} ` : "";
    if (e && names.some((n) => title.includes(` ${n} `))) return e;
  }
  return undefined;
}
