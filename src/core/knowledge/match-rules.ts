import type { MessageRule } from "./knowledge-schema.js";
import {
  compilePhrase,
  findPhrase,
  type Phrase,
  toWords,
  type Words,
  wordsOfPhrases,
} from "./match-phrase.js";

export interface CompiledRule<T> {
  name: string;
  /** The message must contain a phrase from every list. */
  all: Phrase[][];
  /** ...and none of these. */
  unless: Phrase[];
  /** What the rule leads to (an article id, a reply name). */
  then: T;
}

/** Words a rule's phrase may skip between its own ("my level 3 safeguarding certificate" is
 * "my certificate"). */
const RULE_GAP = 2;

/** Compiles a situation or refusal rule; its phrases match any form of their words. */
export function compileRule<T>(rule: MessageRule, then: T): CompiledRule<T> {
  const stemmed = (t: string) => compilePhrase(t, true);
  return {
    name: rule.name,
    all: rule.all.map((list) => list.map(stemmed)),
    unless: rule.unless.map(stemmed),
    then,
  };
}

export function ruleMatches<T>(rule: CompiledRule<T>, w: Words): boolean {
  return (
    rule.all.every((list) => list.some((p) => findPhrase(w, p, RULE_GAP) >= 0)) &&
    !rule.unless.some((p) => findPhrase(w, p, RULE_GAP) >= 0)
  );
}

/** The first rule that matches any of the readings of a message (as typed, as corrected). */
export function firstMatch<T>(
  rules: readonly CompiledRule<T>[],
  readings: readonly (readonly string[])[],
): CompiledRule<T> | undefined {
  const words = readings.map(toWords);
  return rules.find((rule) => words.some((w) => ruleMatches(rule, w)));
}

/** Every word the rules name, for the spelling corrector to aim at. */
export function wordsOfRules(rules: readonly CompiledRule<unknown>[]): string[] {
  return wordsOfPhrases(rules.flatMap((r) => [...r.all.flat(), ...r.unless]));
}
