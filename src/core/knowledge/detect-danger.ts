import type { DangerModel as DangerContent } from "./knowledge-schema.js";
import { stemWord } from "./stem-word.js";
import { splitWords } from "./tokenize-text.js";

/**
 * Reads a message for a child in immediate danger, the way a duty worker would: is there a sign
 * of serious harm, is it happening now (or about to), and is it not something that happened
 * before, was dealt with, or is asked about in general. What each of those looks like in words is
 * content (knowledge/search/danger.yaml); this file only says how they combine.
 */

/** One word of a listed phrase: in signs and their lists, matched on its stem, so "gates" meets
 * "gate" and "taking" meets "take"; elsewhere as written ("come back" is not "coming back");
 * ending in *, any word starting with it. */
interface PhraseWord {
  text: string;
  stem?: string;
  prefix: boolean;
}
type Phrase = PhraseWord[];

/** A sentence of the message, its words as typed and as stems. */
interface Sentence {
  words: string[];
  stems: string[];
}

interface Sign {
  name: string;
  /** "alone": enough on its own; otherwise one of `needs` must be present too. */
  alone: boolean;
  phrases: Phrase[];
  unless: Phrase[];
  /** Named lists (now, soon, young...) of which at least one must appear. */
  needs: string[];
  within: "message" | "sentence";
  ongoing: boolean;
}

export interface DangerModel {
  ignore: Phrase[];
  negators: Set<string>;
  earlier: Set<string>;
  continuing: Set<string>;
  lists: Map<string, Phrase[]>;
  past: Phrase[];
  resolved: Phrase[];
  asking: Phrase[];
  general: Phrase[];
  signs: Sign[];
}

/** Words a listed phrase may skip between its own words ("pulled her sister into a van" is
 * "pulled into a van"); the small lists (ignore, past...) are matched word for word. */
const SIGN_GAP = 2;

function compile(text: string, stemmed = false): Phrase {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const prefix = raw.endsWith("*");
      const words = splitWords(prefix ? raw.slice(0, -1) : raw);
      return words.map((w, i) => ({
        text: w,
        ...(stemmed ? { stem: stemWord(w) } : {}),
        prefix: prefix && i === words.length - 1,
      }));
    });
}

export function compileDanger(content: DangerContent): DangerModel {
  const stemmed = (t: string) => compile(t, true);
  const lists = new Map(Object.entries(content.lists).map(([k, v]) => [k, v.map(stemmed)]));
  return {
    ignore: content.ignore.map((t) => compile(t)),
    negators: new Set(content.negators.flatMap(splitWords)),
    earlier: new Set(content.earlier.flatMap(splitWords)),
    continuing: new Set(content.continuing.flatMap(splitWords)),
    lists,
    past: content.past.map((t) => compile(t)),
    resolved: content.resolved.map((t) => compile(t)),
    asking: content.asking.map((t) => compile(t)),
    general: content.general.map((t) => compile(t)),
    signs: content.signs.map((s) => ({
      name: s.name,
      alone: s.needs.length === 0,
      phrases: s.words.map(stemmed),
      unless: s.unless.map((t) => compile(t)),
      needs: s.needs,
      within: s.within,
      ongoing: s.ongoing,
    })),
  };
}

/** Every word the content names, for the spelling corrector to aim at. */
export function wordsOfDanger(model: DangerModel): string[] {
  const phrases = [
    ...model.signs.flatMap((s) => s.phrases),
    ...[...model.lists.values()].flat(),
    ...model.past,
    ...model.resolved,
  ];
  return [...new Set(phrases.flatMap((p) => p.filter((w) => !w.prefix).map((w) => w.text)))];
}

function wordMatches(p: PhraseWord, word: string, stem: string): boolean {
  if (p.prefix) return word.startsWith(p.text);
  return word === p.text || (p.stem !== undefined && stem === p.stem);
}

/** Where `phrase` starts in the sentence (its words in order, at most `gap` others between
 * each), or -1. */
function find(s: Sentence, phrase: Phrase, gap: number, from = 0): number {
  const first = phrase[0];
  if (!first) return -1;
  for (let i = from; i < s.words.length; i++) {
    if (!wordMatches(first, s.words[i] as string, s.stems[i] as string)) continue;
    let at = i;
    let ok = true;
    for (const p of phrase.slice(1)) {
      let next = -1;
      for (let j = at + 1; j <= at + 1 + gap && j < s.words.length; j++) {
        if (wordMatches(p, s.words[j] as string, s.stems[j] as string)) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return i;
  }
  return -1;
}

/** Every start of any of the phrases in the sentence. */
function starts(s: Sentence, phrases: readonly Phrase[], gap: number): number[] {
  const found: number[] = [];
  for (const p of phrases) {
    for (let i = find(s, p, gap); i >= 0; i = find(s, p, gap, i + 1)) found.push(i);
  }
  return found;
}

/** "not", "no", "wasn't"... in the three words before: "not suicidal", "no injuries". */
function negatedAt(s: Sentence, at: number, words: ReadonlySet<string>): boolean {
  return s.words.slice(Math.max(0, at - 3), at).some((w) => words.has(w));
}

function has(s: Sentence, phrases: readonly Phrase[], gap = 0): boolean {
  return starts(s, phrases, gap).length > 0;
}

/** A sentence about what happened before ("last year", "used to"), unless the time is where
 * something began and still goes on ("missing since last night"), or it also says now ("the lad
 * who attacked her last week is outside right now"). */
function isPast(m: DangerModel, s: Sentence, nowIn: (s: Sentence) => boolean): boolean {
  return starts(s, m.past, 0).some((i) => !m.continuing.has(s.words[i - 1] ?? "")) && !nowIn(s);
}

function sentencesOf(m: DangerModel, words: readonly string[][]): Sentence[] {
  return words.map((ws) => {
    const kept: string[] = [];
    const plain = { words: [...ws], stems: ws.map(stemWord) };
    for (let i = 0; i < ws.length; ) {
      const skip = m.ignore.find((p) => find(plain, p, 0, i) === i);
      if (skip) i += skip.length;
      else kept.push(ws[i++] as string);
    }
    return { words: kept, stems: kept.map(stemWord) };
  });
}

/**
 * The danger sign a message shows, or undefined. `sentences` are the message's sentences as
 * word lists. A sign counts when it is not negated and its sentence is not about the past; a
 * sign that needs more (a sign of now, a young child, a trip abroad soon) needs it in a sentence
 * that is not about the past either. A message asking in general ("what should I do if...")
 * raises nothing unless it also says something is happening now; a message saying it was dealt
 * with ("she's back home now") raises nothing unless the harm and the "now" share a sentence.
 */
export function detectDanger(m: DangerModel, words: readonly string[][]): string | undefined {
  const sentences = sentencesOf(m, words);
  const list = (name: string) => m.lists.get(name) ?? [];
  const nowIn = (s: Sentence) => starts(s, list("now"), 0).some((i) => !negatedAt(s, i, m.earlier));
  const current = sentences.filter((s) => !isPast(m, s, nowIn));
  const anyNow = current.some(nowIn);
  const asking =
    sentences.some((s) => has(s, m.general)) ||
    (!anyNow && sentences.some((s) => has(s, m.asking)));
  const resolved = sentences.some((s) =>
    starts(s, m.resolved, 0).some((i) => !negatedAt(s, i, m.negators)),
  );

  if (asking) return undefined;
  for (const sign of m.signs) {
    for (const s of sign.ongoing ? sentences : current) {
      const found = starts(s, sign.phrases, SIGN_GAP).some((i) => !negatedAt(s, i, m.negators));
      if (!found || has(s, sign.unless)) continue;
      const nowHere = nowIn(s);
      if (resolved && !nowHere) continue;
      if (sign.alone) return sign.name;
      const where = sign.within === "sentence" ? [s] : current;
      const met = sign.needs.some((need) =>
        need === "now"
          ? nowHere || (sign.within === "message" && anyNow)
          : where.some((c) => has(c, list(need))),
      );
      if (met) return sign.name;
    }
  }
  return undefined;
}

/** The message cut into clauses (at punctuation, and at "but", which turns to what is true
 * now), as words: "ran away on Saturday, he's back today" is two things, one of them now. */
export function sentenceWords(text: string): string[][] {
  return text
    .split(/[.,!?;:\n]+|\bbut\b/i)
    .map(splitWords)
    .filter((ws) => ws.length > 0);
}
