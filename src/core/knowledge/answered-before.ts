import MiniSearch from "minisearch";
import type { AnsweredBeforeContent } from "./knowledge-schema.js";
import { LEARNED } from "./thresholds.js";

type Examples = MiniSearch<{ id: number; terms: string; entry: string }>;

/**
 * The messages of the partnership's example sets, each with the entry that answered it right
 * (none, for one to decline; DANGER, for an emergency), searched like the knowledge base: a
 * message whose nearest earlier messages were nearly all answered by one entry asks what that
 * entry answers, however it is worded. This is how QnA Maker and Rasa learn from questions
 * already asked; it only settles a message the search was unsure of (answer-question.ts). And a
 * message whose nearest earlier messages were nearly all emergencies gets the 999 card
 * (understand-message.ts), whatever the danger rules made of it.
 */
export interface AnsweredBefore {
  /** Every example message, emergencies too: the emergency vote searches them all, the vote for
   * an answer the questions alone (answered, or to decline). */
  examples: Examples;
  /** How many of the examples are questions, not emergencies. */
  questionCount: number;
  /** How many example messages use each term. */
  uses: Map<string, number>;
  neighbours: number;
  threshold: number;
}

/** What an example emergency is filed under: not an entry, but what the message was. */
export const DANGER = "!danger";

/** `known`: the entry ids of today's knowledge base; an earlier answer by an entry since
 * removed is left out (content.test.ts asks for a refit). */
export function compileAnsweredBefore(
  content: AnsweredBeforeContent,
  known: (id: string) => boolean,
): AnsweredBefore {
  const current = content.asked.filter(
    ([entry]) => entry === "" || entry === DANGER || known(entry),
  );
  // The same message in several sets is one example: counted twice, it would outvote its
  // neighbours, and every search would score it twice.
  const asked = [...new Map(current.map((a) => [`${a[0]} ${a[1]}`, a])).values()];
  const docs = asked.map(([entry, terms], id) => ({ id, terms, entry }));
  const questionCount = docs.filter((d) => d.entry !== DANGER).length;
  const uses = new Map<string, number>();
  for (const [, terms] of asked) {
    for (const t of new Set(terms.split(" "))) uses.set(t, (uses.get(t) ?? 0) + 1);
  }
  // A word more examples use than either vote ever searches ("mash", "child", "mum": see
  // `telling`) is left out of the index, a fifth of its entries. MiniSearch counts a document's
  // length before this, so every score is as if it were there.
  const searchable = questionCount * LEARNED.earlierCommon;
  // One index for both votes: building a second, of the questions alone, took a fifth of the
  // start-up.
  const all: Examples = new MiniSearch({
    fields: ["terms"],
    storeFields: ["entry"],
    // Stored as search terms already (stemmed, no small words): split, nothing more.
    tokenize: (s) => s.split(" "),
    processTerm: (t) => ((uses.get(t) ?? 0) <= searchable ? t : null),
  });
  all.addAll(docs);
  return {
    examples: all,
    questionCount,
    uses,
    neighbours: content.neighbours,
    threshold: content.threshold,
  };
}

/** The entry that answered the nearest earlier messages, if it has the threshold's share of
 * their votes (each weighed by how near it is). */
export function answeredBefore(ab: AnsweredBefore, terms: readonly string[]): string | undefined {
  // Among the questions only: an emergency near a question says nothing of what answers it.
  const rarest = telling(ab, ab.questionCount, terms, LEARNED.earlierCommon, LEARNED.earlierBudget);
  const best = nearestVote(ab, rarest, (entry) => entry !== DANGER);
  return best && best[0] !== "" ? best[0] : undefined;
}

/** Whether the nearest earlier messages were nearly all emergencies: a net beneath the danger
 * rules and the likeness for a wording neither knows. */
export function dangerBefore(ab: AnsweredBefore, terms: readonly string[]): boolean {
  // Read on every message a practitioner types, so only its rare words are searched (a common
  // word's thousands of examples are most of a search's time), and no more of them than the
  // vote for an answer searches; two ("what time is it in sydney rn") are too few to call an
  // emergency on.
  const rarest = telling(
    ab,
    ab.examples.documentCount,
    terms,
    LEARNED.dangerCommon,
    LEARNED.earlierBudget,
  );
  if (rarest.length < 3) return false;
  return nearestVote(ab, rarest, () => true)?.[0] === DANGER;
}

/** The rarest words of a message that few example messages use: what says which it is near. */
function telling(
  ab: AnsweredBefore,
  searched: number,
  terms: readonly string[],
  common: number,
  budget = 1,
): string[] {
  // A share of the messages searched (the questions alone, or every message for the emergency
  // vote), against how many of all the example messages use the word.
  const limit = searched * common;
  const uses = (t: string) => ab.uses.get(t) ?? 0;
  // ...and no more of them than use `budget` of the messages between them: each message a word
  // finds is scored, so that is the search's time.
  let found = 0;
  return terms
    .filter((t) => uses(t) <= limit)
    .sort((a, b) => uses(a) - uses(b))
    .slice(0, LEARNED.earlierRarest)
    .filter((t) => {
      found += uses(t);
      return found <= searched * budget;
    });
}

/** What the nearest earlier messages were answered with, if one answer has the threshold's share
 * of their votes (each weighed by how near it is). */
function nearestVote(
  ab: AnsweredBefore,
  rarest: readonly string[],
  among: (entry: string) => boolean,
): [string, number] | undefined {
  // One word alone ("thanks, that's great": "great") says too little to be near anything.
  if (rarest.length < 2) return undefined;
  const nearest = ab.examples
    .search(rarest.join(" "), {
      tokenize: (s) => s.split(" "),
      processTerm: (t) => t,
      // Passed over before scoring, not dropped after: an emergency scored only to be dropped
      // cost the vote among the questions as much as a question kept (a quarter of the examples
      // are emergencies).
      boostDocument: (_id, _term, stored) => (among(String(stored?.entry)) ? 1 : 0),
    })
    .slice(0, ab.neighbours);
  const votes = new Map<string, number>();
  let total = 0;
  for (const r of nearest) {
    const entry = String(r.entry);
    votes.set(entry, (votes.get(entry) ?? 0) + r.score);
    total += r.score;
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= total * ab.threshold ? best : undefined;
}
