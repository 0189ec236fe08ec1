import {
  ASKING_WORDS,
  ASKS_NEXT,
  CHATTER,
  CHATTER_WORDS,
  CONFIRM_ONLY,
  CONFIRMS,
  EXPLAIN_ONLY,
  GOES_ON,
  PREPOSITIONS,
  PRONOUNS,
  QUESTION_OPENERS,
  RELATIVE,
  REPORTED_ASKING,
  REPORTS,
  RUN_ON_OPENERS,
  TOLD,
  WH,
  WHAT,
} from "./question-words.js";
import { quotedPassages, splitWords } from "./tokenize-text.js";

// How a message is cut into the sentences and parts that ask something, before any reading of
// what they ask: "...he's in class now. who do I tell?" tells, then asks.

/** Puts a message's misspelt words right (the knowledge base's speller: understand-message.ts). */
export type Correct = (words: readonly string[]) => string[];

/** A part of a message: its words put right, and how it ends ("?", "," or nothing). */
type Part = { words: string[]; end: string };

/** The message cut at punctuation and "but", each part (its words put right: "wat does that
 * mean" opens with a question word) with whether it asks something. */
function partsOf(text: string, correct: Correct): { asks: boolean; words: string[] }[] {
  const parts = text
    .split(/(?<=[.,;:!?\n])|\s-\s|\bbut\b/i)
    .map((raw) => ({ words: correct(splitWords(raw)), end: raw.trim() }))
    .filter((p) => p.words.length > 0)
    // A part that ends without a question mark may still end by asking: "...im just the manager
    // of a cafe not a social worker lol what do i do".
    .flatMap((p) => (p.end.endsWith("?") ? [p] : splitRunOn(p)));
  return parts.map((p, i) => whatPartAsks(p, parts[i - 1], parts[i + 1]));
}

/** Whether a part asks something, and from which word, beside the parts around it. */
function whatPartAsks(
  p: Part,
  before: Part | undefined,
  after: Part | undefined,
): { asks: boolean; words: string[] } {
  // "My mentor said I need to know what LADO stands for and when you'd use it. Can you
  // explain?": a bare request to explain asks what the part before it told, from its question
  // word.
  // So does a bare request to confirm: "head says we must always do a CAF before we can ref to
  // MASH, is that right?" asks about the CAF, not what "right" finds.
  const explains = p.words.includes("explain") && p.words.every((w) => EXPLAIN_ONLY.has(w));
  const confirms =
    p.words.some((w) => CONFIRMS.has(w)) && p.words.every((w) => CONFIRM_ONLY.has(w));
  if (before && (explains || confirms)) {
    const from = before.words.findIndex((w) => ASKING_WORDS.has(w));
    return { asks: true, words: before.words.slice(Math.max(0, from)) };
  }
  // "our organist, who also runs the childrens choir, was seen slapping a choirboy": who someone
  // is, between commas in a sentence that goes on, asks nothing.
  const between =
    (before?.end ?? "").endsWith(",") && p.end.endsWith(",") && GOES_ON.has(after?.words[0] ?? "");
  if (RELATIVE.has(p.words[0] ?? "") && between) return { asks: false, words: p.words };
  // "if a teenager dies by suicide which board reviews it": what is asked starts at the question
  // word; the "if" before it says when. So does "when I asked him he said it's made up", which
  // asks nothing.
  const second = p.words[1] ?? "";
  const when =
    p.words[0] === "if" || (p.words[0] === "when" && (PRONOUNS.has(second) || TOLD.has(second)));
  const asked = when ? p.words.findIndex((w) => ASKING_WORDS.has(w)) : -1;
  if (asked > 0) return { asks: true, words: p.words.slice(asked) };
  if (when) return { asks: p.end.endsWith("?"), words: p.words };
  // "student HV asking what CONI is", "our church officer asked me where the MASH is based":
  // what someone asked, passed on.
  const term = p.words.findIndex(
    (w, i) =>
      ASKING_WORDS.has(w) &&
      (REPORTED_ASKING.has(p.words[i - 1] ?? "") ||
        (["me", "us"].includes(p.words[i - 1] ?? "") && REPORTED_ASKING.has(p.words[i - 2] ?? ""))),
  );
  if (term > 0) return { asks: true, words: p.words.slice(term) };
  // ("...by what day should the rapid review have been held", "at what point does this become a
  // referral": a question word after a preposition opens a question too.)
  const [first = ""] = p.words;
  const opens = QUESTION_OPENERS.has(first) || (PREPOSITIONS.has(first) && WH.has(second));
  return { asks: p.end.endsWith("?") || opens, words: p.words };
}

/** A part that does not end in a question mark, though it may end by asking ("church
 * safeguarding officer here wats a lado", "...not a social worker lol what do i do"): its question
 * starts at a question word that asks ("wats a", "what do"), unless the words before report one
 * ("she told me what is going on"). */
function splitRunOn(p: Part): Part[] {
  // A part that opens with a question word asks already, up to any chatter after it ("whats the
  // mash number again cant find it on the wall chart").
  if (QUESTION_OPENERS.has(p.words[0] ?? "") || RUN_ON_OPENERS.has(p.words[0] ?? "")) {
    const chatter = p.words.findIndex(
      (w, i) => i >= 3 && (CHATTER_WORDS.has(w) || CHATTER.has(`${w} ${p.words[i + 1]}`)),
    );
    if (chatter < 0) return [p];
    return [
      { words: p.words.slice(0, chatter), end: "?" },
      { words: p.words.slice(chatter), end: "" },
    ];
  }
  const asks = (w: string, next: string) =>
    ASKS_NEXT.has(next) || (WHAT.has(w) && ["a", "an", "the"].includes(next));
  const at = p.words.findIndex(
    (w, i) =>
      i >= 2 &&
      RUN_ON_OPENERS.has(w) &&
      asks(w, p.words[i + 1] ?? "") &&
      !REPORTS.has(p.words[i - 1] ?? ""),
  );
  if (at < 0) return [p];
  return [
    { words: p.words.slice(0, at), end: "" },
    { words: p.words.slice(at), end: "?" },
  ];
}

/** Every part of the message that asks something: what a description ends by asking ("...who
 * do I tell?"). */
export function sentencesAsking(text: string, correct: Correct): string[][] {
  return partsOf(text, correct)
    .filter((p) => p.asks)
    .map((p) => p.words);
}

/** Parts that go on from a question with "and" and a question word of their own, with no
 * question mark ("...which board oversees it? and what do i do now"), without the "and". */
export function andAsking(text: string, correct: Correct): string[][] {
  return partsOf(text, correct)
    .filter((p) => !p.asks && p.words[0] === "and" && QUESTION_OPENERS.has(p.words[1] ?? ""))
    .map((p) => p.words.slice(1));
}

/** "...he paid and did all the talking. CSE? what's my route", "...not in danger just
 * struggling. early help?": a term or two with a question mark, in a message that says more,
 * names what the message is about; it asks nothing of its own. */
export function namesOnly(words: readonly string[]): boolean {
  return words.length <= 3 && !QUESTION_OPENERS.has(words[0] ?? "");
}

/** The message's sentences, each with whether it ends in a question mark. */
export function sentencesOf(text: string): { asks: boolean; words: string[] }[] {
  return text
    .split(/(?<=[.!?\n])/)
    .map((raw) => ({ asks: raw.trim().endsWith("?"), words: splitWords(raw) }))
    .filter((s) => s.words.length > 0);
}

/** The first sentence, if it is a question and more follows it. ("And what if they say no?"
 * goes on from something said before: it is not a question alone.) */
export function opening(sentences: ReturnType<typeof sentencesOf>): string[] | undefined {
  const [first, ...rest] = sentences;
  // "wot is the CONI scheme. mum at my clinic mentioned it...": a question word opens a question,
  // whatever ends it.
  const opener = first?.words[0] ?? "";
  const asks = first?.asks || QUESTION_OPENERS.has(opener) || WHAT.has(opener);
  if (!asks || rest.length === 0) return undefined;
  // ("So what actually happens after I send a MARF?" opens a message as well as any.)
  return ["and", "but", "or"].includes(opener) ? undefined : first?.words;
}

/** The parts that ask something, where they are not the whole message: each is tried alone
 * ("doing training for our governors and they asked who the statutory safeguarding partners
 * are" asks from "who"). */
export function askingParts(text: string, correct: Correct): string[][] {
  const whole = correct(splitWords(text)).length;
  const asking = sentencesAsking(text, correct);
  return partsOf(text, correct).length < 2 && asking.every((ws) => ws.length === whole)
    ? []
    : asking;
}

/** Up to five words between quotation marks: a term someone asks about ("the windscreen"). */
export function quotedTerms(text: string): string[][] {
  return quotedPassages(text)
    .map((q) => splitWords(q.inside))
    .filter((ws) => ws.length > 0 && ws.length <= 5);
}

/** The last sentence that asks something, if the message has other sentences too. */
export function lastQuestion(sentences: ReturnType<typeof sentencesOf>): string[] | undefined {
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => s.asks || QUESTION_OPENERS.has(s.words[0] as string));
  return asking.at(-1)?.words;
}
