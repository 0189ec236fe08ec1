import type { DangerModel as DangerContent } from "./knowledge-schema.js";
import {
  compilePhrase,
  makePhraseBook,
  type Phrase,
  type PhraseBook,
  wordsOfPhrases,
} from "./match-phrase.js";
import { splitWords } from "./tokenize-text.js";

/**
 * danger.yaml compiled into what detect-danger.ts reads: each sign with its phrases, the lists,
 * and one phrase book of them all filed by first word.
 */

export interface Sign {
  name: string;
  /** "alone": enough on its own; otherwise one of `needs` must be present too. */
  alone: boolean;
  phrases: Phrase[];
  unless: Phrase[];
  /** Named lists (now, soon, young...) of which at least one must appear. */
  needs: string[];
  within: "message" | "sentence";
  ongoing: boolean;
  /** Phrases that settle this sign alone, like `resolved` does every sign. */
  settledBy: Phrase[];
  /** Harm that shows hours later: how the child seems settles nothing. */
  showsLater: boolean;
}

export interface DangerModel {
  ignore: Phrase[];
  negators: Set<string>;
  earlier: Set<string>;
  continuing: Set<string>;
  lists: Map<string, Phrase[]>;
  /** Named lists that hold in a clause about the past too ("nobody took her to hospital"). */
  lasting: Set<string>;
  past: Phrase[];
  habitual: Phrase[];
  resolved: Phrase[];
  asking: Phrase[];
  general: Phrase[];
  notAChild: Phrase[];
  /** First words of a question the vote of the nearest examples leaves to the rules. */
  voteSkips: Set<string>;
  signs: Sign[];
  /** Every phrase above but the ignored ones, filed by first word (see match-phrase). */
  book: PhraseBook<string>;
}

/** Words a sign's phrase may skip between its own ("pulled her sister into a van" is "pulled
 * into a van"); the small lists (ignore, past...) are matched word for word. */
const SIGN_GAP = 2;

const compile = (text: string) => compilePhrase(text);
const stemmed = (text: string) => compilePhrase(text, true);

/** `spellings`: the knowledge base's list of text-speak and short forms ("kids": "children",
 * "gonna": "going to"). A message is read as typed and as put right, so a phrase that settles a
 * sign (`unless`, `settledBy`, `resolved`) is matched in both forms: "just what kids say" settles
 * a threat in the reading that has "children". (Signs and the other lists are not: respelled,
 * "missed" met "missing" and false alarms tripled.) */
export function compileDanger(
  content: DangerContent,
  spellings: ReadonlyMap<string, string> = new Map(),
): DangerModel {
  const respell = (text: string) =>
    splitWords(text)
      .map((w) => spellings.get(w) ?? w)
      .join(" ");
  const both = (texts: readonly string[]) => [...new Set(texts.flatMap((t) => [t, respell(t)]))];
  const lists = new Map(Object.entries(content.lists).map(([k, v]) => [k, v.map(stemmed)]));
  const signs = content.signs.map((s) => ({
    name: s.name,
    alone: s.needs.length === 0,
    phrases: s.words.map(stemmed),
    unless: both(s.unless).map(compile),
    needs: s.needs,
    within: s.within,
    ongoing: s.ongoing,
    settledBy: both(s.settledBy).map(compile),
    showsLater: s.showsLater,
  }));
  const past = content.past.map(compile);
  const habitual = content.habitual.map(compile);
  const resolved = both(content.resolved).map(compile);
  const seemsWell = both(content.seemsWell).map(compile);
  const asking = content.asking.map(compile);
  const general = content.general.map(compile);
  const notAChild = content.notAChild.map(compile);
  const file = (tag: string, phrases: readonly Phrase[], gap = 0) =>
    phrases.map((phrase) => ({ phrase, tag, gap }));
  const book = makePhraseBook([
    ...signs.flatMap((s, i) => [
      ...file(`sign:${i}`, s.phrases, SIGN_GAP),
      ...file(`unless:${i}`, s.unless),
      ...file(`settled:${i}`, s.settledBy),
    ]),
    ...[...lists].flatMap(([name, phrases]) => file(`list:${name}`, phrases)),
    ...file("past", past),
    ...file("habitual", habitual),
    ...file("resolved", resolved),
    ...file("seemsWell", seemsWell),
    ...file("asking", asking),
    ...file("general", general),
    ...file("notAChild", notAChild),
  ]);
  return {
    ignore: content.ignore.map(compile),
    negators: new Set(content.negators.flatMap(splitWords)),
    earlier: new Set(content.earlier.flatMap(splitWords)),
    continuing: new Set(content.continuing.flatMap(splitWords)),
    lists,
    lasting: new Set(content.lasting),
    past,
    habitual,
    resolved,
    asking,
    general,
    notAChild,
    voteSkips: new Set(content.voteSkips.flatMap(splitWords)),
    signs,
    book,
  };
}

/** Every word the content names, for the spelling corrector to aim at. */
export function wordsOfDanger(model: DangerModel): string[] {
  return wordsOfPhrases([
    ...model.signs.flatMap((s) => s.phrases),
    ...[...model.lists.values()].flat(),
    ...model.past,
    ...model.habitual,
    ...model.resolved,
  ]);
}
