import type { DangerModel } from "./compile-danger.js";
import { readPhrases, removePhrases, toWords, type Words } from "./match-phrase.js";
import { REPORTS } from "./question-words.js";
import type { Clause } from "./split-clauses.js";
import { goesOnInPast, toldInPast } from "./tell-past.js";

/**
 * Reads a message for a child in immediate danger, the way a duty worker would: is there a sign
 * of serious harm, is it happening now (or about to), and is it not something that happened
 * before, was dealt with, or is asked about in general. What each of those looks like in words is
 * content (knowledge/search/danger.yaml); this file only says how they combine.
 */

/** Words that report what someone said, before the time it names: "mum says that was months ago". */
const REPORTING = new Set(["says", "said", "say"]);

/** Words that tell when something was told, not when it happened (see `ofTelling`), and how
 * many words after one a time can be its own: "told me at club tonight". */
const TELLING = new Set(["told", "tells", "said", "says", "disclosed", "mentioned", "confided"]);
const TELLING_SPAN = 4;
/** ...of which these tell it was told before now. */
const TOLD = new Set(["told", "said", "disclosed", "mentioned", "confided"]);
/** Words that open where something was told: "told me at lunch", "told me after club tonight". */
const AT_PLACE = new Set(["at", "after", "before", "during", "in"]);

/** How a message is told, read in one pass of the phrase book:
 * - `inGeneral`: about a film, a story, training or a talk (danger.yaml's `general`), where
 *   nothing is happening: the rules raise nothing for it, nor does the vote;
 * - `saysNow`: says this minute or tonight (the `urgent` list) somewhere;
 * - `asPattern`: what keeps happening ("comes in most days buying co-codamol") and nothing of
 *   this minute or tonight: a pattern to refer, which the vote of the nearest example
 *   emergencies leaves to the rules;
 * - `asksWhere`: asks where to take a concern ("who do I speak to?"), which the rules read
 *   clause by clause for a sign of now, and the vote, which has no clauses, leaves to them. */
export function howTold(
  m: DangerModel,
  words: readonly string[],
): { inGeneral: boolean; saysNow: boolean; asPattern: boolean; asksWhere: boolean } {
  const tags = new Set(readPhrases(toWords(words), m.book).map((f) => f.tag));
  const saysNow = tags.has("list:urgent");
  return {
    inGeneral: tags.has("general"),
    saysNow,
    asPattern: tags.has("habitual") && !saysNow,
    asksWhere: tags.has("list:routing"),
  };
}

/** Whether a sign's words are anywhere in some clauses, whatever their time: a reading that
 * has them and raises nothing has judged them. */
export function mentionsSign(m: DangerModel, sentences: readonly Clause[], name: string): boolean {
  const n = m.signs.findIndex((s) => s.name === name);
  return sentences.some((c) => readClause(m, c.words).found.some((f) => f.tag === `sign:${n}`));
}

/** Whether some words name a child (the `children` and `young` lists), not after a negative:
 * "how do i report a dangerous dog, no kids involved" names none. */
export function namesChild(m: DangerModel, words: readonly string[]): boolean {
  const w = toWords(words);
  return readPhrases(w, m.book).some(
    (f) => (f.tag === "list:children" || f.tag === "list:young") && !negatedAt(w, f.at, m.negators),
  );
}

/** "not", "no", "wasn't"... in the three words before: "not suicidal", "no injuries". */
function negatedAt(s: Words, at: number, words: ReadonlySet<string>): boolean {
  return s.words.slice(Math.max(0, at - 3), at).some((w) => words.has(w));
}

/** A clause of at most this many words ending in a question mark names what the practitioner
 * asks about ("...older guys keep picking him up. county lines?"): it tells nothing happening. */
const NAMING_QUESTION = 3;

const COPULA = new Set(["is", "was", "are", "were"]);

/** Where the content's phrases start in some words, by what each stands for. A need or a time
 * right after a negative is not there: "nothing booked", "she's not going anywhere", "he's not
 * outside"; nor after a negative and "is": "nothing is booked". */
function readClause(m: DangerModel, words: readonly string[]) {
  const w = toWords(removePhrases(words, m.ignore));
  const negated = (at: number) =>
    m.negators.has(w.words[at - 1] ?? "") ||
    (COPULA.has(w.words[at - 1] ?? "") && m.negators.has(w.words[at - 2] ?? ""));
  const found = readPhrases(w, m.book).filter((f) => !f.tag.startsWith("list:") || !negated(f.at));
  const at = new Map<string, number[]>();
  for (const { tag, at: i } of found) at.set(tag, [...(at.get(tag) ?? []), i]);
  return { w, found, at, starts: (tag: string) => at.get(tag) ?? [] };
}

/** The tags that tell when: what someone is quoted as saying is of the time they said it. */
const TIME_TAGS = new Set(["list:now", "list:urgent"]);
/** ...and the lists that say how soon, which may be when something was told (see `toldThen`). */
const WHEN_TAGS = new Set([
  "list:now",
  "list:urgent",
  "list:today",
  "list:soon",
  "list:imminent",
  "list:meetSoon",
  "list:comingBack",
]);

/**
 * The danger sign a message shows, or undefined. `sentences` are the message's sentences as
 * word lists. A sign counts when it is not negated and its sentence is not about the past; a
 * sign that needs more (a sign of now, a young child, a trip abroad soon) needs it in a sentence
 * that is not about the past either. A message asking in general ("what should I do if...")
 * raises nothing unless it also says something is happening now; a message saying it was dealt
 * with ("she's back home now") raises nothing unless the harm shares a sentence with a sign that
 * it is happening this minute or tonight (the `urgent` list).
 */
export function detectDanger(m: DangerModel, sentences: readonly Clause[]): string | undefined {
  const clauses = sentences.map((sentence) => {
    const whole = readClause(m, sentence.words);
    const { w } = whole;
    // A day of the week told after what happened, or just before it, is a day gone by ("got
    // stabbed on sunday", "on tuesday when i went"); not one told well before ("taken on saturday
    // to be 'cut like my sister was'").
    // So is a day just before "said" or "told": "on monday he said quietly to me 'ill kill
    // myself'" (not "said on friday", which may be a day to come).
    const dayGone = (r: typeof whole) =>
      r
        .starts("list:days")
        .some(
          (d) =>
            r.starts("list:happened").some((h) => h < d + 5) ||
            r.w.words.slice(d + 1, d + 1 + TELLING_SPAN).some((x) => TOLD.has(x)),
        );
    const isDated = (r: typeof whole) =>
      r.starts("past").some((i) => !m.continuing.has(r.w.words[i - 1] ?? "")) || dayGone(r);
    // What someone is quoted as saying, in a clause that dates itself outside the quotes, is of
    // that time: "mum said at drop off last tuesday 'I'm going to end it all'" is last Tuesday's
    // "going to", not tonight's. So the clause's own words alone say whether it is now.
    const own = sentence.own.length < sentence.words.length ? readClause(m, sentence.own) : whole;
    const times = own !== whole && isDated(own) ? own : whole;
    const dated = isDated(whole);
    // In a clause dated in the past, a time just after "told" or "said" is when it was told:
    // "told me at club tonight her uncle touched her last year" is last year's harm. So is one
    // just before "told" ("at club tonight a 15yo girl told me her stepdad hit her last week"),
    // but not before "says": "16yo in with me now says she was raped last night" tells it now.
    const ofTelling = (r: typeof whole, i: number) =>
      dated &&
      (r.w.words.slice(Math.max(0, i - TELLING_SPAN), i).some((x) => TELLING.has(x)) ||
        r.w.words.slice(i + 1, i + 1 + TELLING_SPAN).some((x) => TOLD.has(x)));
    // Undated, a time is the telling's where it opens the clause before "told" or "said" ("this
    // afternoon he said to me he doesnt want to be alive if it keeps going") or follows "told me"
    // and a word of where ("told me after club tonight shes been made to send pics"); not "just
    // said" or "just now she told me", nor "said they're taking her tonight", nor "told me tonight
    // her dad...".
    const toldThen = (r: typeof whole, i: number) => {
      if (dated) return false;
      const opens =
        i === 0 &&
        !r.starts("list:justNow").includes(0) &&
        r.w.words.slice(2, 2 + TELLING_SPAN).some((x) => TOLD.has(x));
      const t = r.w.words.lastIndexOf("told", i);
      const where =
        t >= 0 &&
        i - t <= TELLING_SPAN &&
        ["me", "us"].includes(r.w.words[t + 1] ?? "") &&
        AT_PLACE.has(r.w.words[t + 2] ?? "");
      return opens || where;
    };
    // Told wholly in the past, "tonight" or "this afternoon" is earlier today: "3 month old came
    // in earlier tonight with a bruise", "rang the mash this afternoon about a 9yo".
    const earlierToday = toldInPast(times.w.words) ? times.starts("list:today") : [];
    const at = (tag: string) => {
      const r = TIME_TAGS.has(tag) ? times : whole;
      const gone = TIME_TAGS.has(tag) ? earlierToday : [];
      const kept = r.at
        .get(tag)
        ?.filter((i) => (!WHEN_TAGS.has(tag) || !toldThen(r, i)) && !gone.includes(i));
      return kept && kept.length > 0 ? kept : undefined;
    };
    const starts = (tag: string) => at(tag) ?? [];
    const has = (tag: string) => at(tag) !== undefined;
    // "Has stopped" says it is over, but not where its words run on into a sign: "has stopped
    // breathing". ("Took it off him" still says it is over, though "took" can start a sign.)
    const partOfSign = (r: typeof whole, p: { at: number; end: number }) =>
      r.found.some(
        (f) => f.tag.startsWith("sign:") && f.at < p.end && p.at < f.end && f.end > p.end,
      );
    // Only the writer's own words say it is over: "mum said at drop off 'he got into my tablets
    // but he's fine'. he's floppy" quotes what the practitioner doubts. (A sign's own
    // `settledBy` may be quoted: "threatened to kill him 'if he ever comes back'".)
    // ...and how a child seems ("seems fine") says nothing of harm that shows later.
    const over = (tag: string, showsLater = false) => {
      const r = tag === "resolved" ? own : whole;
      const seems = showsLater ? r.found.filter((f) => f.tag === "seemsWell") : [];
      return r.found.filter(
        (f) =>
          f.tag === tag &&
          !partOfSign(r, f) &&
          !negatedAt(r.w, f.at, m.negators) &&
          !seems.some((x) => x.at < f.end && f.at < x.end),
      );
    };
    const told = (list: string) => {
      const r = TIME_TAGS.has(list) ? times : whole;
      return starts(list).some((i) => !negatedAt(r.w, i, m.earlier) && !ofTelling(r, i));
    };
    // A place says now ("dad's at reception shouting"), unless the clause dates itself ("kicked
    // off at reception last wk").
    const now = told("list:now") || (!dated && told("list:whereNow"));
    // About what happened before ("last year", "used to"), unless the time is where something
    // began and still goes on ("missing since last night"), or it also says now ("the lad who
    // attacked her last week is outside right now").
    // What keeps happening ("comes in on his own most weeks") is not now either, though it is
    // told in the present: only a sign of this minute or tonight makes it now.
    const pattern = has("habitual") && !has("list:urgent");
    const past = (!now && dated) || pattern;
    // A sign that goes on from when it began ("missing since last night") counts in a dated
    // clause, but not in one that tells what keeps happening ("has gone missing 3 times this
    // month"), unless it says since when ("since they got home... fitting on and off").
    const ongoing = !pattern || w.words.includes("since");
    return { w, starts, over, has, now, past, ongoing, dated: !now && dated };
  });
  // A time standing alone after a clause ("...kept a gun in the house, years ago.") dates it, as
  // does a clause that opens with one ("...locked in a shed, years ago before he came into care").
  // A lone word between them ("...shot at him with an air rifle, which - this was two summers
  // ago") is passed over.
  const datedByNext = (i: number) => {
    const next = clauses[i + 1]?.w.words.length === 1 ? clauses[i + 2] : clauses[i + 1];
    // (A clause that opens with the time dates the one before, whatever it goes on to say is true
    // now: "...with an air rifle - this was two summers ago and the brother's in the army now";
    // so does one that reports it: "...with a knife. mum says that was months ago".)
    const opens = (at: number) => at === 0 || REPORTING.has(next?.w.words[at - 1] ?? "");
    return (
      (next?.past === true && next.w.words.length <= 5) || next?.starts("past").some(opens) === true
    );
  };
  const namesOnly = (i: number) =>
    sentences[i]?.asked === true && (sentences[i]?.words.length ?? 0) <= NAMING_QUESTION;
  // A clause that goes on with what the child said, with no time of its own, is of the time of
  // the one before: "two nights ago a lad came in shaking, said some older lads pulled a knife
  // on him".
  // So does one that goes on with what happened next, told in the past and nothing in the
  // present, with no subject or a pronoun first: "yesterday a girl got on my bus crying... got
  // off at her nans", "...drunk with a baby in a pram, nearly tipped it over, then wandered off
  // towards Kingston", "...the dad shouted, they left straight after".
  const datedBefore = (i: number): boolean => {
    const c = clauses[i];
    const before = clauses[i - 1];
    if (!c || !before || c.now) return false;
    if (TOLD.has(c.w.words[0] ?? "") && before.past) return true;
    if (c.has("list:justNow") || c.has("list:urgent") || c.has("list:today")) return false;
    return goesOnInPast(c.w.words) && (before.dated || datedBefore(i - 1));
  };
  const current = clauses.filter(
    (c, i) => !c.past && !datedByNext(i) && !datedBefore(i) && !namesOnly(i),
  );
  const anyNow = current.some((c) => c.now);
  // About training or a talk: nothing in it is happening. A question in general ("what do I do
  // if...") frames only its own clause: "how should I respond, a boy is on the roof" is not.
  if (clauses.some((c) => c.has("general"))) return undefined;
  // About an adult, an animal or property, with no child in it: not a child in danger (the
  // message still gets an answer or an honest "not mine to answer").
  const child = (c: (typeof clauses)[number]) =>
    [...c.starts("list:children"), ...c.starts("list:young")].some(
      (i) => !negatedAt(c.w, i, m.negators),
    );
  if (clauses.some((c) => c.has("notAChild")) && !clauses.some(child)) return undefined;
  // ...and only what comes after it in the clause: "a baby locked in a car, do I ring 999?"
  // describes first and asks after.
  // (Not a question word the description goes on through, after someone named or a question
  // reported: "the woman who does the cutting is coming this afternoon" tells who, and asks
  // nothing; see REPORTS.)
  const askedBefore = (c: (typeof clauses)[number], at: number) =>
    !anyNow && c.starts("asking").some((a) => a < at && !REPORTS.has(c.w.words[a - 1] ?? ""));
  // What a clause says is over settles the clauses before it and after it, but not across a
  // "but" that follows it: "she is fine but her brother is not breathing".
  const turnsAt = clauses.map((c) => c.w.words[0] === "but");
  const settles = (j: number, i: number) => j >= i || !turnsAt.slice(j + 1, i + 1).includes(true);
  const saysOver = (tag: string, i: number, showsLater = false) =>
    clauses.some((c, j) => c.over(tag, showsLater).length > 0 && settles(j, i));

  // "...who do I tell?": a message asking where to take a concern describes what has happened,
  // unless a sign's own clause says it is going on now or within hours.
  const routing = clauses.some((c) => c.has("list:routing"));

  const goingOn = clauses.filter((c, i) => c.ongoing && !namesOnly(i));
  for (const [n, sign] of m.signs.entries()) {
    for (const c of sign.ongoing ? goingOn : current) {
      const i = clauses.indexOf(c);
      const found = c
        .starts(`sign:${n}`)
        .some((i) => !negatedAt(c.w, i, m.negators) && !askedBefore(c, i));
      if (!found || c.has(`unless:${n}`)) continue;
      if (routing && !c.now && !c.has("list:urgent")) continue;
      // What is said to be over settles a sign, unless the sign's own clause says this minute or
      // tonight ("she's fine but he's coming back tonight"), even beside "was" or "came": "she
      // came in and said her dad will kill her tonight... she's safe in class now".
      // (Told with a time gone by, or a day beside it, "took an overdose last wkend... back in
      // school today seems ok", "took a pill at a party saturday... fine now", the harm has had
      // its hours to show; not a day to come elsewhere: "...first appointment is thurs".)
      const later = sign.showsLater && !c.has("list:days") && !clauses.some((x) => x.has("past"));
      const over = saysOver("resolved", i, later) || saysOver(`settled:${n}`, i);
      if (over && !c.has("list:urgent")) continue;
      if (sign.alone) return sign.name;
      // A lasting need counts in a clause told in the past: "twisted it last night and nobody
      // took her to hospital" says she is untreated now.
      const where = (need: string) =>
        sign.within === "sentence" ? [c] : m.lasting.has(need) ? clauses : current;
      const met = sign.needs.some((need) =>
        need === "now"
          ? c.now || (sign.within === "message" && anyNow)
          : where(need).some((x) => x.has(`list:${need}`)),
      );
      if (met) return sign.name;
    }
  }
  return undefined;
}
