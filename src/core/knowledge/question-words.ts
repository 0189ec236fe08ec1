/** The words that say a part of a message asks something, and where its question starts. */

/** Words that open a question. */
export const QUESTION_OPENERS = new Set(
  "what whats how hows who whos when whens where wheres why which can could should do does is am are will would".split(
    " ",
  ),
);

/** A preposition and a question word open a question too: "by what day", "at what point". */
export const PREPOSITIONS = new Set("by within at in from for to after before until".split(" "));
export const WH = new Set("what which when whom whose how".split(" "));

export const WHAT = new Set("what whats wat wats wot wots".split(" "));
/** Where a question typed without punctuation turns to why it is asked. */
export const CHATTER = new Set(
  "cant find|cannot find|couldnt find|cant remember|cant see|thing everyone|thing people|everyone keeps|people keep".split(
    "|",
  ),
);
export const RUN_ON_OPENERS = new Set([...WHAT, ..."who whos where wheres how which".split(" ")]);
export const ASKS_NEXT = new Set(
  "is are r s do does should can could would will many much long".split(" "),
);
/** Words before a question word that make it part of the description: reporting a question
 * ("told me what is") or naming someone ("the one who does the CAFs"). */
export const REPORTS = new Set(
  "told tell asked ask know knows knew idea explain explained see saw said says sure unsure wondering wonder understand one ones someone anyone person people man woman lady guy bloke those".split(
    " ",
  ),
);

/** Words that report a question someone asked ("asking what CONI is"). */
export const REPORTED_ASKING = new Set("asking asked wondering wondered".split(" "));

/** Who a clause of time is about: "when I asked him", "when she came in". */
export const PRONOUNS = new Set("i he she we they".split(" "));

/** Words that ask, wherever they stand in a clause. */
export const ASKING_WORDS = new Set("what whats how who whos which where wheres".split(" "));
