import type { MessageRule } from "./knowledge-schema.js";
import {
  compilePhrase,
  makePhraseBook,
  type Phrase,
  type PhraseBook,
  readPhrases,
  toWords,
  wordsOfPhrases,
} from "./match-phrase.js";

export interface CompiledRule<T> {
  name: string;
  /** The message must contain a phrase from every list. */
  all: Phrase[][];
  /** ...and none of these. */
  unless: Phrase[];
  /** What the rule leads to (an article id, a reply name). */
  leadsTo: T;
}

/** Rules in their order, with every phrase filed in one book so a message is read once. */
export interface RuleSet<T> {
  rules: CompiledRule<T>[];
  book: PhraseBook<string>;
}

/** Words a rule's phrase may skip between its own ("my level 3 safeguarding certificate" is
 * "my certificate"). */
const RULE_GAP = 2;

/** Compiles situation or refusal rules; their phrases match any form of their words. */
export function compileRules<T>(rules: readonly { rule: MessageRule; leadsTo: T }[]): RuleSet<T> {
  const stemmed = (t: string) => compilePhrase(t, true);
  const compiled = rules.map(({ rule, leadsTo }) => ({
    name: rule.name,
    all: rule.all.map((list) => list.map(stemmed)),
    unless: rule.unless.map(stemmed),
    leadsTo,
  }));
  const book = makePhraseBook(
    compiled.flatMap((r, i) => [
      ...r.all.flatMap((list, j) =>
        list.map((phrase) => ({ phrase, tag: `${i}:${j}`, gap: RULE_GAP })),
      ),
      ...r.unless.map((phrase) => ({ phrase, tag: `${i}:unless`, gap: RULE_GAP })),
    ]),
  );
  return { rules: compiled, book };
}

/** The first rule (that `allow` lets through) matching a reading of a message (as typed, as
 * corrected): a phrase from each of its lists, and none from `unless` in any reading. */
export function firstMatch<T>(
  set: RuleSet<T>,
  readings: readonly (readonly string[])[],
  allow: (rule: CompiledRule<T>) => boolean = () => true,
): CompiledRule<T> | undefined {
  // No rule may apply (a short message, where every rule wants a long one): nothing to read.
  if (!set.rules.some((rule) => allow(rule))) return undefined;
  const matches = readRules(set, readings);
  return set.rules.find((rule, i) => allow(rule) && matches(i));
}

/** Every rule matching a reading of a message, in order. */
export function matchingRules<T>(
  set: RuleSet<T>,
  readings: readonly (readonly string[])[],
): CompiledRule<T>[] {
  const matches = readRules(set, readings);
  return set.rules.filter((_, i) => matches(i));
}

/** Reads a message's readings once, for whether the i-th rule matches. */
function readRules<T>(set: RuleSet<T>, readings: readonly (readonly string[])[]) {
  const found = readings.map(
    (words) => new Set(readPhrases(toWords(words), set.book).map((f) => f.tag)),
  );
  // A rule matches when one reading has a phrase from each of its lists, and no reading has an
  // `unless` phrase: "kids" put right to "children" must not hide that the message names a kid.
  return (i: number) =>
    found.some((tags) => set.rules[i]?.all.every((_, j) => tags.has(`${i}:${j}`))) &&
    !found.some((tags) => tags.has(`${i}:unless`));
}

/** Every word the rules name, for the spelling corrector to aim at. */
export function wordsOfRules(set: RuleSet<unknown>): string[] {
  return wordsOfPhrases(set.rules.flatMap((r) => [...r.all.flat(), ...r.unless]));
}
