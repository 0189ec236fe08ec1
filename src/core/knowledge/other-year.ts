import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import type { Answer } from "./decide-answer.js";

/** "how many children were on plans in 2023?": a year the question names that its answer, an
 * account of a past period (tagged history, or a year in its title), never mentions asks about a
 * time the documents do not cover; so does today ("what percentage of plans are for neglect
 * nowadays?": not 2011-12's). (Today's arrangements are answered whatever year is named: "our
 * levels of need says 2011, is it still the one?") */
export function otherYear(index: KnowledgeIndex, text: string, answer: Answer): boolean {
  const entries = answer.kind === "answer" ? [answer.article] : entriesOf(answer);
  const years = text.match(/\b20\d\d\b/g);
  if (!years) return NOWADAYS.test(text) && pastOnly(index, entries, () => true);
  // "When did the MASH start? a colleague says 2016": the year is a guess the answer checks.
  if (/\b(when did|what year|which year)\b/i.test(text)) return false;
  // A question the entry lists speaks of its year too ("who was the chair around 2012?").
  const yearsIn = (e: KnowledgeEntry) =>
    withYearsInFull([e.title, e.text, ...e.questions].join(" "));
  return pastOnly(index, entries, (e) => !years.some((y) => yearsIn(e).includes(y)));
}

/** The text with each span of years written out: "2011-12" and "2011/12" speak of 2012 too. */
export function withYearsInFull(text: string): string {
  return text.replace(/\b(20\d)(\d)[-/–](\d)(\d)\b/g, "$1$2 20$3$4");
}

/** Whether every entry offered is an account of a past period, and not of the time asked about. */
function pastOnly(
  index: KnowledgeIndex,
  entries: readonly KnowledgeEntry[],
  notOfTime: (e: KnowledgeEntry) => boolean,
): boolean {
  return entries.length > 0 && entries.every((e) => isPast(index, e) && notOfTime(e));
}

/** Words that ask about today, not a year. */
const NOWADAYS = /\b(nowadays|these days|currently|at the moment|most recent|this year)\b/i;

/** An account of a past period: tagged history, or a year in its title. */
function isPast(index: KnowledgeIndex, e: KnowledgeEntry): boolean {
  const tag = index.history?.tag;
  return /\b(?:19|20)\d\d\b/.test(e.title) || e.tags.some((t) => t.toLowerCase() === tag);
}

/** The entries an answer offers: the article and its alternatives, or the "did you mean" choices. */
export function entriesOf(answer: Answer): KnowledgeEntry[] {
  if (answer.kind === "answer") return [answer.article, ...answer.alternatives];
  return answer.kind === "suggest" ? answer.candidates.map((c) => c.entry) : [];
}
