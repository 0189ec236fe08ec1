import { withYearsInFull } from "./other-year.js";

/**
 * Whether an answer can hold what the question asks for. "What's the LADO's direct line?" asks
 * for a phone number: an article about the LADO without one does not answer it, however many
 * words they share. Only the kinds of answer that show plainly in text are checked (a number to
 * ring, an email address, a length of time, a share, a count of the thing asked about, opening
 * times, and the details below); anything else passes.
 */
interface AnswerType {
  asks: RegExp;
  shows: RegExp | ((text: string) => boolean);
}

/** A way to get in touch: a number to ring or an email address. */
const CONTACTS: AnswerType[] = [
  {
    // "The number of children on plans" asks for a count, not a number to ring; "do I do a MARF
    // or just ring?" asks which way to raise a worry, not for a number; nor does "what happens
    // after i ring mash", which asks what comes of the call.
    asks: /(?<!\b(or|just) )(?<!\b(after|when|once|if|before) (i|we|you) )\b(phone|ring|tel|mobile|direct line|direct dial|extension)\b|\bnumber\b(?! of)/,
    shows: /\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\b999\b|\b101\b/,
  },
  { asks: /\b(email|e mail)\b/, shows: /@/ },
];

const ANSWER_TYPES: AnswerType[] = [
  ...CONTACTS,
  // "What percentage of MASH contacts are rated red?": a share, not a description of the rating.
  {
    asks: /\b(what|which) (percentage|proportion|share)\b|\bper ?cent\b/,
    shows: /%|\bper ?cent\b/i,
  },
  { asks: /\bpost ?code\b/, shows: /\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/ },
  {
    asks: /\bhow (often|long|soon|quickly|fast)\b|\btimescales?\b/,
    // A length of time or a frequency; not "every" alone ("working through every contact").
    shows:
      /\d|\b(days?|weeks?|months?|hours?|years?|daily|weekly|fortnightly|monthly|termly|quarterly|annually|yearly)\b/,
  },
  {
    asks: /\b(what time|opening hours|open on|open at)\b/,
    shows: /\b\d{1,2}(:\d\d)? ?(am|pm)\b|\b(monday|weekend|24 hours|out of hours)\b/i,
  },
];

/** A place, or that something is done online. */
const PLACE =
  /\b(court|house|road|street|boulevard|centre|offices|building|hall|virtual|virtually|online|in person)\b/i;

const COUNT_WORDS = "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve";

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";

/**
 * The details that a question asks for and an article about the body or process may not hold:
 * how many hours or days, a sum of money, an exact date, minutes, how to join; and of a group, who
 * chairs it, its quorum, how often, in which months or on what day it meets, and where. These are
 * checked on the whole message's question, whichever way it was answered: the documents name
 * every group and process, but give these details for only some, and the nearest article
 * otherwise answers with another's.
 */
const DETAILS: AnswerType[] = [
  {
    // "How many hours has the MASH got to act on a red?" is answered by a number of hours, not by
    // any number in the article ("a three-year allocation").
    asks: /\bhow many (working )?(days|weeks|months|hours)\b/,
    shows: new RegExp(
      `\\b(${COUNT_WORDS})[ -](working |calendar )?(days?|weeks?|months?|hours?)\\b`,
      "i",
    ),
  },
  {
    // "What's the budget for each CSPR?", "how much did they spend on the independent chair?": a
    // sum of money.
    asks: /\bhow much\b(?: \w+){0,6} (cost|costs|spend|spent|paid|budget|funding|money|contribute|contributes)\b|\b(whats|what is) the budget\b|\bbudget (for|of)\b/,
    shows: /£ ?\d/,
  },
  {
    // "Whats the exact date of the july meeting?": a day of a month.
    asks: /\bexact dates?\b|\bdates? of the next\b/,
    shows: new RegExp(
      `\\b\\d{1,2}(st|nd|rd|th)? (${MONTHS})\\b|\\b(${MONTHS}) \\d{1,2}(st|nd|rd|th)?\\b`,
      "i",
    ),
  },
  {
    // "Whats the out of hours number for social care if its after 5 and i need advice": the line
    // for out of hours, not the MASH's daytime advice line. (Not "MASH or out of hours?", which
    // asks which way to go.)
    asks: /\b(out of hours|after hours) (number|line|team|phone|contact|social|children|emergency|duty)\b|\b(number|line|phone|contact)\b(?: \w+){0,3} (out of hours|after hours)\b/,
    shows: /\b(out of hours|out-of-hours|emergency (duty|social work)|evenings|weekends)\b/i,
  },
  // "Can I see the minutes from last month's meeting?": an article that says where minutes are.
  { asks: /\bminutes (of|from)\b/, shows: /\bminutes\b/i },
  {
    // "How do I sign up to be a trainer in the pool?", "is there an application process?": how
    // to join, which the documents give for few groups.
    asks: /\b(sign up|application process|get on the list|apply to (be|join|become)|how (do|can|would) (i|we|you) (apply|join|become))\b/,
    shows: /\b(apply|applications?|recruit\w*|sign up|register|expressions? of interest)\b/i,
  },
  {
    // "Who chairs the Case Review Panel?": an article that only mentions a chair ("the Chair may
    // invite advisers") does not say who it is.
    asks: /\bwho (chairs|is (the )?chair|will chair|is chairing)\b|\bchaired by\b/,
    shows: /\b(chaired|chairing)\b|\bchair\s*:|\(chair\)|\bchairs (it|the)\b/i,
  },
  { asks: /\b(quorum|quorate)\b/, shows: /\b(quorum|quorate)\b/i },
  // "What score out of 10 on the levels of need gets a family a social worker?": a score, which
  // the threshold document does not give (it describes levels, not points).
  {
    asks: /\b(what|which) score\b|\bscore (out of|of)\b|\bout of (10|ten)\b/,
    shows: /\bscor(e|es|ed|ing)\b/i,
  },
  // "How long does the LPA commander chair the Risk board before it rotates?": an article that
  // says whether its chair rotates.
  { asks: /\brotat(e|es|ed|ing|ion)\b/, shows: /\brotat/i },
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
    // "Where do the Tasking board meetings take place?": where a meeting is held, or that it is
    // held online; not where a team works ("side by side at Saxon Court").
    asks: /\bwhere\b(?: \w+){0,8} (held|take place|takes place|meet|meets)\b|\bmeetings?\b(?: \w+){0,6} physically\b/,
    shows: meetingSaid(PLACE),
  },
  // "Where is the MASH physically?": a place.
  { asks: /\bphysically\b/, shows: PLACE },
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

/** Whether a question asks for a number to ring or an email address. */
export function asksForContact(question: string): boolean {
  return CONTACTS.some((type) => type.asks.test(question));
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
  // "How many rapid reviews has the panel done since 2020?": a count from that year on, which an
  // account that never names the year does not give.
  const year = /\b(?:since|in|during) (20\d\d)\b/.exec(question)?.[1];
  if (year && /\bhow many\b/.test(question) && !withYearsInFull(text).includes(year)) return false;
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
