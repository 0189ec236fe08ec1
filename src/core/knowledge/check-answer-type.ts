/**
 * Whether an answer can hold what the question asks for. "What's the LADO's direct line?" asks
 * for a phone number: an article about the LADO without one does not answer it, however many
 * words they share. Only the kinds of answer that show plainly in text are checked (a number to
 * ring, an email address, a length of time, a count of the thing asked about, opening times);
 * anything else passes.
 */
const ANSWER_TYPES: { asks: RegExp; shows: RegExp }[] = [
  {
    // "The number of children on plans" asks for a count, not a number to ring; "do I do a MARF
    // or just ring?" asks which way to raise a worry, not for a number.
    asks: /(?<!\b(or|just) )\b(phone|ring|tel|mobile|direct line|direct dial|extension)\b|\bnumber\b(?! of)/,
    shows: /\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\b999\b|\b101\b/,
  },
  { asks: /\b(email|e mail)\b/, shows: /@/ },
  { asks: /\bpost ?code\b/, shows: /\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/ },
  {
    asks: /\bhow (often|long|soon|quickly|fast|many (days|weeks|months|hours))\b|\btimescales?\b/,
    shows: /\d|\b(days?|weeks?|months?|hours?|years?|annually|monthly|weekly|quarterly|every)\b/,
  },
  {
    asks: /\b(what time|opening hours|open on|open at)\b/,
    shows: /\b\d{1,2}(:\d\d)? ?(am|pm)\b|\b(monday|weekend|24 hours|out of hours)\b/i,
  },
];

/** Whether a question asks for a kind of answer that shows plainly in text ("mash email
 * address?", "how long have I got?"): a fact, never what to do. */
export function asksForAnswerType(question: string): boolean {
  // ("How many levels are there?" asks for a count: holdsCount checks the answer for it.)
  return ANSWER_TYPES.some((type) => type.asks.test(question)) || /\bhow many\b/.test(question);
}

const COUNT_WORDS = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve";

/** `question`: the question's words joined by spaces; `text`: the answer's plain text. */
export function holdsAnswerType(question: string, text: string): boolean {
  return (
    ANSWER_TYPES.every((type) => !type.asks.test(question) || type.shows.test(text)) &&
    holdsCount(question, text)
  );
}

/**
 * "How many rapid reviews...?" is answered by a number of rapid reviews ("nine rapid reviews",
 * "15 serious case reviews"), not by an article that only has some number in it. The thing
 * counted is one of the two words after "how many", matched on its first five letters; a short
 * one (an acronym) is not checked.
 */
function holdsCount(question: string, text: string): boolean {
  const after = /\bhow many (?:of (?:the|our) )?([a-z]+)(?: ([a-z]+))?/.exec(question);
  const things = [after?.[1], after?.[2]].filter((w): w is string => (w?.length ?? 0) >= 4);
  if (things.length === 0 || /^(days|weeks|months|hours|years|times)$/.test(things[0] ?? "")) {
    return true;
  }
  return things.some((thing) =>
    new RegExp(`\\b(${COUNT_WORDS})\\b(?:\\W+[\\w-]+){0,3}?\\W+${thing.slice(0, 5)}`, "i").test(
      text,
    ),
  );
}
