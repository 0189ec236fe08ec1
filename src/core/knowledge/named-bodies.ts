// The bodies of the partnership a message names (the `names` of articles: "Review Board", "MK
// Together team"): what its "it" stands for, and whose details it asks for.
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import { nameKey } from "./build-knowledge-index.js";
import { asksForAnswerType, holdsAnswerType } from "./check-answer-type.js";
import { ASKS_AFTER_AND, QUESTION_OPENERS } from "./question-words.js";
import { runAt } from "./tokenize-text.js";

/** The most words a body's name has ("child death overview panel"). */
const LONGEST_NAME = 5;

/**
 * "I've just joined the Review Board... Who chairs it and how often does it meet?": a question
 * read alone loses what "it" stands for. It stands for the body named last before the question
 * (the `names` of articles), or else the first named after it, so the question is read with that
 * name in its place.
 */
export function referBack(
  words: readonly string[],
  part: readonly string[],
  names: ReadonlyMap<string, string>,
): string[] {
  const its = part.flatMap((w, i) => (PRONOUNS.has(w) ? [i] : []));
  // "...uses a colour system to prioritise contacts, what is it", "I need the full name of the
  // scrutineer. Who is it?": asked alone, "it" is the thing just described, or a person.
  const alone = ["what is it", "who is it", "what are they", "who are they"].includes(
    part.join(" "),
  );
  // "do I just send it?" is the form; "what does it actually mean?", the term just used.
  const thing = its.some(
    (i) =>
      DONE_TO_A_THING.has(part[i - 1] ?? "") ||
      MEANS.has(part[i + 1] ?? "") ||
      MEANS.has(part[i + 2] ?? ""),
  );
  if (its.length === 0 || alone || thing) return [...part];
  const from = runAt(words, part, { last: true });
  if (from < 0 || namesIn(part, names).length > 0) return [...part];
  // "ok and who chairs it? the review board i mean": with no body named before, the one named
  // just after.
  const name =
    namesIn(words.slice(0, from), names).at(-1) ??
    namesIn(words.slice(from + part.length), names)[0];
  return name ? part.flatMap((w) => (PRONOUNS.has(w) ? name.split(" ") : [w])) : [...part];
}

const PRONOUNS = new Set(["it", "they", "them", "their"]);
const MEANS = new Set(["mean", "means", "meant", "stand", "stands"]);
/** What a practitioner does to a thing, not a body: "do I just send it?", "can I challenge it?".
 * An "it" after one of these is the form, the decision or the information, not a board. */
const DONE_TO_A_THING = new Set(
  "send sent leave fix close closed challenge fill sign open upload forward share print complete submit attach save delete".split(
    " ",
  ),
);

/** A question, then each part of it, where an "and" opens another: the later parts first, as
 * they are furthest from what the whole was answered with ("where's the MASH based and what's the
 * number": the whole, then "what's the number", then "where's the MASH based"). */
export function askedApart(words: readonly string[]): string[][] {
  const [first, ...later] = questionsJoined(words);
  return [[...words], ...(first && later.length > 0 ? [...later, first] : [])];
}

/** A question cut at each "and" that opens another ("which group looks at exploitation and who
 * do I tell": "which group looks at exploitation", then "who do I tell"). */
export function questionsJoined(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  words.forEach((w, i) => {
    const next = words[i + 1] ?? "";
    if (w === "and" && i > 0 && (QUESTION_OPENERS.has(next) || ASKS_AFTER_AND.has(next))) {
      parts.push([]);
    } else parts.at(-1)?.push(w);
  });
  return parts.filter((p) => p.length > 0);
}

/** A part that names no body, read with the body named last in the parts before it ("what can
 * the outcome be" of the MASH). */
export function withBodyBefore(
  part: readonly string[],
  before: readonly (readonly string[])[],
  names: ReadonlyMap<string, string>,
): string[] {
  if (namesIn(part, names).length > 0) return [...part];
  const body = namesIn(before.flat(), names).at(-1);
  return body ? [...part, ...body.split(" ")] : [...part];
}

/** Every name among the words, the longest at each place ("MK Together team", not "MK
 * Together"). */
function namesIn(words: readonly string[], names: ReadonlyMap<string, unknown>): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(" ");
      if (names.has(name)) {
        found.push(name);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** Whether an article about a body the words name (its own, one it points to, or one whose
 * title names it) can hold the kind of answer they ask for; true where they name no body or ask
 * for no such thing. */
export function bodyCanHold(index: KnowledgeIndex, words: readonly string[], key: string): boolean {
  if (!asksForAnswerType(key)) return true;
  const bodies = namesIn(words, index.referents);
  if (bodies.length === 0) return true;
  const about = (e: KnowledgeEntry, name: string) => {
    const own = bodyArticle(index, name);
    return (
      own?.id === e.id ||
      own?.related.includes(e.id) ||
      ` ${nameKey(e.title)} `.includes(` ${name} `)
    );
  };
  return [...index.entries.values()].some(
    (e) => bodies.some((name) => about(e, name)) && holdsAnswerType(key, e.text),
  );
}

/** "whats the difference between safer mk and the safeguarding partnership?": where a part that
 * asks names two or more bodies, the article of the first of them the answer is not, to give
 * beside it. */
export function otherBodyAsked(
  index: KnowledgeIndex,
  parts: readonly (readonly string[])[],
  answer: KnowledgeEntry,
): KnowledgeEntry | undefined {
  for (const part of parts) {
    const bodies = namesIn(part, index.referents).flatMap((name) => {
      const entry = bodyArticle(index, name);
      return entry ? [entry] : [];
    });
    const other = otherThan(bodies, answer);
    if (other) return other;
  }
  return undefined;
}

/** The article a body's name belongs to. */
function bodyArticle(index: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  return index.entries.get(index.referents.get(name) ?? "");
}

/** "CAF vs MARF?", "diff between s17 and s47": where the words compare two or more glossary
 * terms, the entry of the first of them the answer is not, to give beside it. */
export function otherTermCompared(
  index: KnowledgeIndex,
  message: Asked,
  answer: KnowledgeEntry,
): KnowledgeEntry | undefined {
  const words = comparedWords(message);
  if (!comparing(words)) return undefined;
  // (Nor the term the answer's own article explains: "this MARF is killing me... the CAF and the
  // MARF", answered with the MARF's article, gets the CAF beside it.)
  return otherThan(termsIn(index, words), answer, (e) => !e.related.includes(answer.id));
}

/** "MARAC vs MASH?": the glossary entry of the first of two or more terms the words compare. */
export function firstTermCompared(
  index: KnowledgeIndex,
  message: Asked,
): KnowledgeEntry | undefined {
  const words = comparedWords(message);
  const named = comparing(words) ? termsIn(index, words) : [];
  return twoOrMore(named) ? named[0] : undefined;
}

/** The first of two or more different entries named that is not the answer (and passes `keep`). */
function otherThan(
  named: readonly KnowledgeEntry[],
  answer: KnowledgeEntry,
  keep: (e: KnowledgeEntry) => boolean = () => true,
): KnowledgeEntry | undefined {
  return twoOrMore(named) ? named.find((e) => e.id !== answer.id && keep(e)) : undefined;
}

function twoOrMore(named: readonly KnowledgeEntry[]): boolean {
  return new Set(named.map((e) => e.id)).size >= 2;
}

/** The glossary entries of the terms some words name, less a word the whole domain uses ("MK"
 * in "2011-12 vs the year before in MK"). ("Child in need" is a term, though its words are
 * common.) */
function termsIn(index: KnowledgeIndex, words: readonly string[]): KnowledgeEntry[] {
  return namesIn(words, index.glossaryByName).flatMap((name) => {
    const entry = index.glossaryByName.get(name);
    return entry && !index.generic.has(name) ? [entry] : [];
  });
}

/** A message's words, and the parts of it that ask. */
interface Asked {
  words: readonly string[];
  asking: readonly (readonly string[])[];
}

/** The words up to the end of the part that asks to compare: "whats the difference between
 * level 3 and level 4 on levels of need, always get muddled n the DSL is off" compares no DSL,
 * but "what does early help mean, is that the same as a CAF" compares early help. */
function comparedWords(message: Asked): readonly string[] {
  const { words } = message;
  const part = message.asking.find(comparing);
  if (!part) return words;
  const at = words.findIndex((_, i) => part.every((w, j) => words[i + j] === w));
  return at < 0 ? words : words.slice(0, at + part.length);
}

/** "CAF vs MARF", "whats the difference between", "is MASH the same as": asks to compare. */
function comparing(part: readonly string[]): boolean {
  const key = ` ${part.join(" ")} `;
  return [" vs ", " versus ", " difference ", " diff ", " same as ", " same thing "].some((w) =>
    key.includes(w),
  );
}
