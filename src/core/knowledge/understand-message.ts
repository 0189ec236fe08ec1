import { dangerBefore } from "./answered-before.js";
import type { KnowledgeIndex } from "./build-knowledge-index.js";
import { asksForAnswerType, asksForContact } from "./check-answer-type.js";
import { detectDanger, howTold, mentionsSign, namesChild } from "./detect-danger.js";
import { type PhraseBook, readPhrases, removePhrases, toWords } from "./match-phrase.js";
import { firstMatch, matchingRules } from "./match-rules.js";
import {
  andAsking,
  askingParts,
  type Correct,
  lastQuestion,
  namesOnly,
  opening,
  quotedTerms,
  sentencesAsking,
  sentencesOf,
} from "./message-parts.js";
import { questionsJoined, referBack } from "./named-bodies.js";
import { QUESTION_OPENERS } from "./question-words.js";
import { introductionLength } from "./read-introduction.js";
import { makeQuery } from "./search-knowledge.js";
import { sentenceWords } from "./split-clauses.js";
import { splitWords } from "./tokenize-text.js";
import { readsLike } from "./weigh-likeness.js";

/** What a message is, before any searching: the first stage of answering. */
export interface Understood {
  /** The words as typed (lower case, punctuation and apostrophes gone). */
  typed: string[];
  /** The same with typos put right and text-speak spelled out: what is searched. */
  words: string[];
  /** The danger rule that matched: the message may describe a child in danger now. */
  danger?: string;
  /** The article a described situation leads to ("a girl at risk of FGM"). */
  situation?: string;
  /** The article a general worry leads to ("I'm worried about a child"). */
  worry?: string;
  /** The message's last question, when it also says other things ("GP here... am I allowed to
   * share it?"): searched on its own before a general worry is answered. */
  question?: string[];
  /** Each part of a longer message that asks something ("whats the email for mk mash" in "whats
   * the email for mk mash, cant find it anywhere"): tried alone when the whole finds nothing. */
  asks: string[][];
  /** The message opens with a question of its own, not what to do ("When did MK Together take
   * over from the MKSCB? I'm writing a report..."): the rest is why it is asked. */
  opensAsking?: string[];
  /** Each sentence that ends in a question mark and asks something other than what to do, in a
   * message that says more than its questions ("...I'm new to the panel. Who sits on the Case
   * Review Panel? Just need the agencies not names"): each is read alone. */
  questions: string[][];
  /** Every part that asks something, even in a message of one part: what it asks for. */
  asking: string[][];
  /** Some part asks only what to do, if only after an "and" ("...Which MK Together group looks
   * at exploitation and who do I tell?"): what to do comes before a question of its own. */
  asksWhatToDo: boolean;
  /** The parts that ask something other than what to do ("...mum's drinking. what does CAF
   * stand for?"): a question of its own, asked beside a situation. */
  specific: string[][];
  /** Words in quotation marks ("my manager keeps going on about 'the windscreen'"): the term a
   * message asks about, when the rest only says where it was heard. */
  quoted: string[][];
  /** The article for a message that describes a child, if nothing else answers it. */
  described?: string;
  /** The reply for a question the assistant must decline (someone's own workplace, elsewhere). */
  refusal?: string;
  /** The reply for a question sentence that, read alone, must be declined ("Whats the MASH
   * number for Bedford Borough? I'm a teacher in MK..."), however the rest of the message reads.
   * What is declined is read in the part that asks, not the words before a "but" ("my manager
   * said 'just ring the hub' but which number is it?"). */
  questionRefusal?: string;
  /** The refusal is of a word's other meaning ("RAG" on a project tracker), which the glossary's
   * definition does not answer. */
  otherMeaning: boolean;
  /** "back", "next"... typed on its own: only a guided check can use it. */
  navigation: boolean;
}

/**
 * Reads a message: corrects its spelling, then checks it for danger (on the words as typed AND
 * as corrected, so neither a typo nor a correction can hide one), a situation with a known route,
 * a question to decline, or a lone navigation word. `dangerRead`: the text was already read for
 * danger and showed none (the skill's `urgent` check ran first in the same turn).
 */
/** How many words of its own, beside asking what to do, make a question ask about something. */
const OWN_SUBJECT_TERMS = 3;

export function understandMessage(
  index: KnowledgeIndex,
  message: string,
  { dangerRead = false }: { dangerRead?: boolean } = {},
): Understood {
  const text = message.replace(NUMBER_SIGN, "$1 number");
  const typed = splitWords(text);
  // Each distinct word is corrected once for this message: the speller is the slow part.
  const fixes = new Map(typed.map((w) => [w, splitWords(index.correctWord(w))]));
  const correct = (ws: readonly string[]) => ws.flatMap((w) => fixes.get(w) ?? [w]);
  const words = correct(typed);
  const danger = dangerRead ? undefined : readDanger(index, text, correct);
  const plain = toldReadings(index, text, correct);
  // Each part that asks, read with what its "it" stands for.
  const back = (ws: readonly string[]) => referBack(words, ws, index.referents);
  // "What do I do?", "who do I tell?", "is this one for the MASH?": what a description asks.
  const asksWhatToDo = (ws: readonly string[], f: { leadsTo: { asking: PhraseBook<true> } }) =>
    readPhrases(toWords(ws), f.leadsTo.asking).length > 0;
  // "what should I do, is this safeguarding?" asks only what to do; "who are the three
  // statutory safeguarding partners?" names what it asks about beside "safeguarding". What a
  // question names is read from its question word on: "NQT and our DSL is off today, what
  // next?" tells, then asks what to do.
  const asksOnlyWhatToDo = (ws: readonly string[]) =>
    index.situations.fallbacks.rules.some((f) => {
      const found = readPhrases(toWords(ws), f.leadsTo.asking);
      if (found.length === 0) return false;
      const from = ws.findIndex((w) => QUESTION_OPENERS.has(w));
      if (from < 0) return true;
      const rest = ws.filter((_, i) => i >= from && !found.some((x) => i >= x.at && i < x.end));
      const own = makeQuery(index, rest).terms.filter((t) => !index.generic.has(t));
      return own.length < OWN_SUBJECT_TERMS;
    });
  // "How long is an LCSPR meant to take?" asks for a length of time, whatever else it shares
  // with "what am I meant to do?".
  const asksItsOwn = (ws: readonly string[]) =>
    asksForAnswerType(ws.join(" ")) || !asksOnlyWhatToDo(ws);
  // "...MARAC - which board oversees it? and what do i do now" asks what to do as well: a
  // question after "and" counts where it asks that (one asking something else is read with the
  // question before it).
  const asked = [
    ...sentencesAsking(text, correct),
    ...andAsking(text, correct).filter((ws) => !asksItsOwn(ws)),
  ];
  const refusalIn = (ws: readonly string[]) =>
    readRefusal(index, ws.slice(ws.lastIndexOf("but") + 1));
  const described = firstMatch(
    index.situations.fallbacks,
    plain,
    (f) =>
      typed.length >= f.leadsTo.minWords &&
      (asked.length === 0 || asked.some((ws) => asksWhatToDo(ws, f))),
  );
  // "drive for uber. last night picked up a girl about 13... booked on a mans account... what do
  // i do now": a description of a child that asks only what to do is no question about the
  // writer's own booking or contract because its story names one. A refusal holds where the
  // sentences that tell do not make it alone ("a yr 6 cut her thumb on the scissors, first aid
  // done, where do i log it" asks where to record first aid), where a part that asks names it,
  // where the story is of another area's services or of an adult at risk, or where it names no
  // child ("mum's in a custody battle... what should I tell her legally").
  const sentences = sentencesOf(text);
  const asks = (s: { words: string[] }) => {
    const said = correct(s.words).join(" ");
    return asked.some((ws) => said.includes(ws.join(" ")));
  };
  const story = () =>
    plainReadings(
      index,
      sentences.filter((s) => !asks(s)).flatMap((s) => s.words),
      correct,
    );
  const storyAsksWhatToDo = () =>
    described !== undefined &&
    namesChild(index.danger, words) &&
    asked.length > 0 &&
    asked.every((ws) => !asksItsOwn(ws) && refusalIn(back(ws)) === undefined);
  const found = refusalOf(index, typed, plain);
  const toldOnly =
    found && storyAsksWhatToDo()
      ? new Set(
          matchingRules(index.situations.refusals, story()).filter(
            (r) => r.leadsTo.reply !== ELSEWHERE && r.leadsTo.reply !== ADULTS,
          ),
        )
      : undefined;
  const refusal = toldOnly ? refusalOf(index, typed, plain, (r) => !toldOnly.has(r)) : found;
  const situation = refusal ? undefined : firstMatch(index.situations.situations, plain);
  const key = words.join(" ");
  const raw = opening(sentences);
  const opens = raw && asksItsOwn(correct(raw)) ? correct(raw) : undefined;
  const questions =
    sentences.length < 2
      ? []
      : sentences
          .filter((s) => s.asks && !namesOnly(s.words))
          .map((s) => correct(s.words))
          .filter(asksItsOwn);
  // "...I want advice from the local hub. Who do I call in Central Bedfordshire?": a part that
  // asks only what to do, of another area's services, asks what the assistant cannot know. A
  // question is read with what its "it" stands for ("...the tasking board has a pot of money you
  // can bid against. how much is in it?" asks of the board, not an everyday matter).
  const questionRefusal =
    [...(opens ? [opens] : []), ...questions]
      .map((ws) => refusalIn(back(ws)))
      .find((r) => r !== undefined) ?? asked.map(refusalIn).find((r) => r === ELSEWHERE);
  return {
    typed,
    words,
    danger,
    situation: situation && !situation.leadsTo.general ? situation.leadsTo.article : undefined,
    worry: situation?.leadsTo.general ? situation.leadsTo.article : undefined,
    question: back(correct(lastQuestion(sentences) ?? [])),
    asks: askingParts(text, correct).map(back),
    asking: asked.map(back),
    questions: questions.map(back),
    specific: asked.filter((ws) => !namesOnly(ws) && asksItsOwn(ws)).map(back),
    asksWhatToDo: asked.flatMap(questionsJoined).some((ws) => !asksItsOwn(ws)),
    opensAsking: opens && back(opens),
    quoted: quotedTerms(text).map(correct),
    refusal: refusal?.leadsTo.reply,
    questionRefusal,
    otherMeaning: refusal?.leadsTo.otherMeaning ?? false,
    described: refusal ? undefined : described?.leadsTo.article,
    navigation: index.navigation.has(typed.join(" ")) || index.navigation.has(key),
  };
}

/** A message as the situation and refusal rules read it. A practitioner's opening words about
 * themselves ("Family support worker at a children's centre.") name who is writing, not a member
 * of staff the message is about, so they are left out. */
function toldReadings(index: KnowledgeIndex, text: string, correct: Correct): string[][] {
  const typed = splitWords(text);
  return plainReadings(index, typed.slice(introductionLength(text, typed.length)), correct);
}

/** Some words as typed and as corrected (when nothing was corrected, those are one reading), less
 * the everyday phrases the situation rules ignore. */
function plainReadings(index: KnowledgeIndex, words: readonly string[], correct: Correct) {
  const corrected = correct(words);
  const readings = corrected.join(" ") === words.join(" ") ? [words] : [words, corrected];
  return readings.map((ws) => removePhrases(ws, index.situations.ignore));
}

/** The refusal a message's readings (as typed, and as corrected) match, if it is short enough for
 * the refusal's rule. */
function refusalOf(
  index: KnowledgeIndex,
  typed: readonly string[],
  plain: readonly string[][],
  holds: (r: Refusal) => boolean = () => true,
) {
  return firstMatch(
    index.situations.refusals,
    plain,
    (r) => typed.length <= r.leadsTo.maxWords && holds(r),
  );
}

/** The reply a few words must be declined with, read as a message of their own. */
function readRefusal(index: KnowledgeIndex, words: readonly string[]): string | undefined {
  return refusalOf(index, words, plainReadings(index, words, correctWith(index)))?.leadsTo.reply;
}

/**
 * The danger sign a message shows, read clause by clause ("ran away on Saturday. He's back
 * today" is not now), as typed and, if a word was put right, as corrected: neither a typo nor a
 * correction can hide one. A message the rules pass over is weighed against the example
 * emergencies (weigh-likeness.ts): one that reads very like them raises the alarm all the same.
 * This is all a skill's `urgent` check needs.
 */
export function readDanger(
  index: KnowledgeIndex,
  text: string,
  correct = correctWith(index),
): string | undefined {
  const likeness = index.dangerLikeness;
  const sign = readDangerSign(index, text, correct);
  if (sign) return sign;
  const words = correct(splitWords(text));
  const told = howTold(index.danger, words);
  // About a film, a story or training: nothing in it is happening, however it reads; unless it
  // says this minute or tonight and reads very like the example emergencies ("doing a session on
  // knife crime tonight and one of the lads has just pulled a knife on another").
  if (told.inGeneral && !told.saysNow) return undefined;
  if (readsLike(likeness, text)) return likeness.name;
  if (told.inGeneral) return undefined;
  // ...and one whose nearest example messages were nearly all emergencies, likewise; but not a
  // message that opens by asking how or which ("how do I renew my lifeguard NPLQ"), nor one that
  // tells only what keeps happening, nor one that asks where to take it ("...who do I speak
  // to?"): the vote is a net for emergencies told in new words, and a question, a pattern or a
  // concern to pass on is left to the rules. (Held out by set, the vote's emergencies asked
  // none of those; five of its false alarms asked where to go.)
  // Nor one that opens by asking for a number or an email ("whats the mash number again, on the
  // train and left my diary at work"): where the writer is tells nothing of a child.
  // Nor one the assistant would decline as the writer's own matter or another area's ("...i
  // keep crying at work. can you book me some counselling"): the refusal rules name what it asks.
  const first = sentencesOf(text)[0]?.words ?? [];
  if (
    index.danger.voteSkips.has(words[0] ?? "") ||
    told.asPattern ||
    told.asksWhere ||
    asksForContact(correct(first).join(" ")) ||
    refusalOf(index, splitWords(text), toldReadings(index, text, correct))
  ) {
    return undefined;
  }
  const terms = makeQuery(index, words).terms;
  return dangerBefore(index.answeredBefore, terms) ? EARLIER_EMERGENCIES : undefined;
}

/** A refusal rule, compiled. */
type Refusal = KnowledgeIndex["situations"]["refusals"]["rules"][number];

/** The refusal of another area's services (replies.yaml). */
const ELSEWHERE = "elsewhere";
/** ...and of a worry about an adult at risk. */
const ADULTS = "adults";

/** The name the nearest example messages' vote raises the alarm under. */
const EARLIER_EMERGENCIES = "like earlier emergencies";

/** The sign of danger.yaml's rules a message shows, as typed or as corrected, if any. */
export function readDangerSign(
  index: KnowledgeIndex,
  text: string,
  correct = correctWith(index),
): string | undefined {
  const clauses = sentenceWords(text);
  const corrected = clauses.map((c) => ({ ...c, words: correct(c.words), own: correct(c.own) }));
  const changed = corrected.some((c, i) => c.words.join(" ") !== clauses[i]?.words.join(" "));
  const typed = detectDanger(index.danger, clauses);
  if (!changed) return typed;
  const sign = detectDanger(index.danger, corrected);
  if (sign !== undefined || typed === undefined) return sign;
  // A sign only the words as typed show stands, unless the partnership's own list of text-speak
  // puts right the time or the question the typing hid ("lst nite... a lad on his own"): a guess
  // of the speller's may not silence it ("at hometime" is not "at sometimes").
  const listed = (ws: readonly string[]) =>
    ws.flatMap((w) => splitWords(index.spellings.get(w) ?? w));
  const fixed = clauses.map((c) => ({ ...c, words: listed(c.words), own: listed(c.own) }));
  const silenced =
    detectDanger(index.danger, fixed) === undefined && mentionsSign(index.danger, fixed, typed);
  return silenced ? undefined : typed;
}

/** Puts each word right with the knowledge base's speller (a word may become two). */
function correctWith(index: KnowledgeIndex): Correct {
  return (ws) => ws.flatMap((w) => splitWords(index.correctWord(w)));
}

/** "What's the mash no. again?": "no." after the name of a line is "number", not the end of a
 * sentence (which would leave "again?" as the question asked). */
const NUMBER_SIGN =
  /\b(mash|lado|phone|tel|telephone|contact|helpline|mobile|office|the|their|your|ur) no\.(?=\s|$)/gi;
