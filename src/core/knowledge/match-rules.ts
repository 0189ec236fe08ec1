import type { MessageRule } from "./knowledge-schema.js";
import { splitWords } from "./tokenize-text.js";

/** One word of a phrase: as written, a prefix ("threat*"), or any word ("_", in ignore lists). */
type PhraseWord = { text: string; prefix: boolean } | { any: true };

/** A word or phrase from a content rule, as words to find next to each other in a message. */
export type Phrase = PhraseWord[];

export interface CompiledRule<T> {
  name: string;
  /** The message must contain a phrase from every list. */
  all: Phrase[][];
  /** ...and none of these. */
  unless: Phrase[];
  /** What the rule leads to (an article id, a reply name). */
  then: T;
}

/** Reads "threat*", "cant keep him safe" or "im a _" as a phrase; punctuation is ignored as in
 * messages ("can't" is "cant"), except the * that marks a prefix. */
export function compilePhrase(text: string): Phrase {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((raw): PhraseWord[] => {
      if (raw === "_") return [{ any: true }];
      const prefix = raw.endsWith("*");
      const words = splitWords(prefix ? raw.slice(0, -1) : raw);
      return words.map((w, i) => ({ text: w, prefix: prefix && i === words.length - 1 }));
    });
}

/** Where `phrase` starts in `words`, or -1. */
export function findPhrase(words: readonly string[], phrase: Phrase): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const p = phrase[j] as PhraseWord;
      const w = words[i + j] as string;
      if ("any" in p) continue;
      if (p.prefix ? !w.startsWith(p.text) : w !== p.text) continue outer;
    }
    return i;
  }
  return -1;
}

/** The words with every occurrence of the phrases taken out ("what do i do now" is not "now"). */
export function removePhrases(words: readonly string[], phrases: readonly Phrase[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // A phrase found exactly where this word starts is skipped whole.
    const found = phrases.find((p) => findPhrase(words.slice(i, i + p.length), p) === 0);
    if (found) i += found.length;
    else out.push(words[i++] as string);
  }
  return out;
}

/**
 * Compiles a content rule. `shared` names lists a rule may include by name ("{now}"), so one list
 * of signs of immediacy serves every danger rule.
 */
export function compileRule<T>(
  rule: MessageRule,
  then: T,
  shared: Record<string, readonly string[]> = {},
): CompiledRule<T> {
  const expand = (entries: readonly string[]) =>
    entries.flatMap((e) => {
      const name = /^\{(\w+)\}$/.exec(e.trim())?.[1];
      return name !== undefined ? (Object.hasOwn(shared, name) ? (shared[name] ?? []) : []) : [e];
    });
  return {
    name: rule.name,
    all: rule.all.map((list) => expand(list).map(compilePhrase)),
    unless: rule.unless.map(compilePhrase),
    then,
  };
}

export function ruleMatches<T>(rule: CompiledRule<T>, words: readonly string[]): boolean {
  return (
    rule.all.every((list) => list.some((p) => findPhrase(words, p) >= 0)) &&
    !rule.unless.some((p) => findPhrase(words, p) >= 0)
  );
}

/** The first rule that matches any of the readings of a message (as typed, as corrected). */
export function firstMatch<T>(
  rules: readonly CompiledRule<T>[],
  readings: readonly (readonly string[])[],
): CompiledRule<T> | undefined {
  for (const rule of rules) if (readings.some((words) => ruleMatches(rule, words))) return rule;
  return undefined;
}

/** Every word the rules name (prefixes without their *), for the spelling corrector to aim at. */
export function wordsOfRules(rules: readonly CompiledRule<unknown>[]): string[] {
  const words = new Set<string>();
  for (const r of rules)
    for (const phrase of [...r.all.flat(), ...r.unless])
      for (const p of phrase) if (!("any" in p) && !p.prefix) words.add(p.text);
  return [...words];
}
