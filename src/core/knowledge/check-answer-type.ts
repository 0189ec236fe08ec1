/**
 * Whether an answer can hold what the question asks for. "What's the LADO's direct line?" asks
 * for a phone number: an article about the LADO without one does not answer it, however many
 * words they share. Only the kinds of answer that show plainly in text are checked (a number to
 * ring, an email address, a length of time, a count of the thing asked about, opening times,
 * and the details of a group below); anything else passes.
 */
interface AnswerType {
  asks: RegExp;
  shows: RegExp | ((text: string) => boolean);
}

const ANSWER_TYPES: AnswerType[] = [
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

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";

/**
 * The details of a group that a question asks for and an article about it may not hold: who
 * chairs it, its quorum, how often, in which months or on what day it meets, and where. These
 * are checked on the whole message's question, whichever way it was answered: the documents name
 * every group, but give these details for only some of them, and the nearest article otherwise
 * answers with another group's.
 */
const DETAILS: AnswerType[] = [
  {
    // "Who chairs the Case Review Panel?": an article that only mentions a chair ("the Chair may
    // invite advisers") does not say who it is.
    asks: /\bwho (chairs|is (the )?chair|will chair|is chairing)\b|\bchaired by\b/,
    shows: /\b(chaired|chairing)\b|\bchair\s*:|\(chair\)|\bchairs (it|the)\b/i,
  },
  { asks: /\b(quorum|quorate)\b/, shows: /\b(quorum|quorate)\b/i },
  {
    // "How often does the Assurance board meet?" is answered by how often a meeting is held,
    // not by any year or number in the article ("reviews restraint at Oakhill each year").
    asks: /\b(how often|how frequently|how many times|how regularly)\b(?: \w+){0,6} (meet|meets|meeting|meetings)\b|\bmeets? how often\b/,
    shows: meetingSaid(
      /\b(times a year|a year|a month|(bi-?)?monthly|weekly|fortnightly|quarterly|annually|every \w+)\b/i,
    ),
  },
  // "Which months does the Child Death board meet in?": months by name; "what day of the week?":
  // a day by name.
  { asks: /\b(which|what) months?\b/, shows: meetingSaid(new RegExp(`\\b(${MONTHS})\\b`, "i")) },
  {
    asks: /\b(what|which) day\b/,
    shows: /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bday \d+\b|\bworking days?\b/i,
  },
  {
    // "Where do the Tasking board meetings take place?": a place, or that they are held online.
    asks: /\bwhere\b(?: \w+){0,8} (held|take place|takes place|meet|meets)\b|\bphysically\b/,
    shows:
      /\b(court|house|road|street|boulevard|centre|offices|building|hall|virtual|virtually|online|in person)\b/i,
  },
];

const EVERY_TYPE = [...ANSWER_TYPES, ...DETAILS];

/** Whether a sentence about meeting says this of it. */
function meetingSaid(said: RegExp): (text: string) => boolean {
  return (text) =>
    sentencesOf(text).some((s) => /\b(meet|meets|meeting|meetings|met)\b/i.test(s) && said.test(s));
}

/** The sentences (and list items) of an article's plain text. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/);
}

/** Whether a question asks for a kind of answer that shows plainly in text ("mash email
 * address?", "how long have I got?"): a fact, never what to do. */
export function asksForAnswerType(question: string): boolean {
  // ("How many levels are there?" asks for a count: holdsCount checks the answer for it.)
  return EVERY_TYPE.some((type) => type.asks.test(question)) || /\bhow many\b/.test(question);
}

/** Whether `text` holds each detail of a group (see DETAILS) that `question` asks for. */
export function holdsDetail(question: string, text: string): boolean {
  return holdsTypes(DETAILS, question, text);
}

/** Whether `text` shows each of the kinds of answer that `question` asks for. */
function holdsTypes(types: readonly AnswerType[], question: string, text: string): boolean {
  return types.every((type) => !type.asks.test(question) || shows(type.shows, text));
}

function shows(shown: RegExp | ((text: string) => boolean), text: string): boolean {
  return typeof shown === "function" ? shown(text) : shown.test(text);
}

const COUNT_WORDS = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve";

/** `question`: the question's words joined by spaces; `text`: the answer's plain text. */
export function holdsAnswerType(question: string, text: string): boolean {
  return holdsTypes(EVERY_TYPE, question, text) && holdsCount(question, text);
}

/**
 * "How many rapid reviews...?" is answered by a number of rapid reviews ("nine rapid reviews",
 * "15 serious case reviews"), not by an article that only has some number in it. The thing
 * counted is one of the two words after "how many", matched on its first five letters; a short
 * one (an acronym) is not checked.
 */
function holdsCount(question: string, text: string): boolean {
  const after = /\bhow many (?:of (?:the|our) )?([a-z]+)(?: ([a-z]+))?/.exec(question);
  // "how many are there", "how many came": no thing named, only a count asked for.
  if (
    /^(are|is|were|was|there|do|does|did|have|has|came|went|turned|will|would|can)$/.test(
      after?.[1] ?? "",
    )
  ) {
    return true;
  }
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
