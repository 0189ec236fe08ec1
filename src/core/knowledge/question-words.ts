/** The words that say a part of a message asks something, and where its question starts. */

/** A set of the words in a space-separated list. */
const words = (list: string) => new Set(list.split(" "));

/** Words that open a question. */
export const QUESTION_OPENERS = words(
  "what whats how hows who whos when whens where wheres why which can could should do does is am are will would",
);

/** A preposition and a question word open a question too: "by what day", "at what point". */
export const PREPOSITIONS = words("by within at in from for to after before until");
export const WH = words("what which when whom whose how");

export const WHAT = words("what whats wat wats wot wots");
/** Where a question typed without punctuation turns to why it is asked. */
export const CHATTER = new Set(
  "cant find|cannot find|couldnt find|cant remember|cant see|thing everyone|thing people|everyone keeps|people keep|new here|brand new|im new".split(
    "|",
  ),
);
/** A word that turns a question typed without punctuation to chatter on its own ("wot is a MARF
 * lol sorry brand new TA", "what is a MARF thanks in advance"). */
export const CHATTER_WORDS = words("lol lmao haha thanks thank thx cheers sorry soz");
export const RUN_ON_OPENERS = new Set([...WHAT, ...words("who whos where wheres how which")]);
export const ASKS_NEXT = words("is are r s do does should can could would will many much long");
/** Words before a question word that make it part of the description: reporting a question
 * ("told me what is") or naming someone ("the one who does the CAFs", "an online boyfriend who
 * is 24"). */
export const REPORTS = words(
  "told tell asked asks ask know knows knew idea explain explained see saw said says sure unsure wondering wonder understand one ones someone anyone person people man woman lady guy bloke those " +
    "men women boy boys girl girls lad lads kid kids child teen teenager adult boyfriend girlfriend friend mate partner brother sister uncle aunt cousin neighbour",
);

/** Words that report a question someone asked ("asking what CONI is"). */
export const REPORTED_ASKING = words("asking asked wondering wondered");

/** Who a clause of time is about: "when I asked him", "when she came in". */
export const PRONOUNS = words("i he she we they");

/** "When asked, he said it was for his collection": after "when", a telling, not a question. */
export const TOLD = words("asked questioned challenged confronted told");

/** Words that ask, wherever they stand in a clause. */
export const ASKING_WORDS = words("what whats how who whos which where wheres");

/** After "and", these ask a question of their own too: "when did MK get a MASH and did it change
 * how we refer?" */
export const ASKS_AFTER_AND = words("did has have was were");

/** Words that open a clause saying who or which someone is: "our organist, who also runs the
 * childrens choir, was seen...". */
export const RELATIVE = words("who which whose");

/** Words that carry a sentence on after such a clause ("...choir, was seen"). */
export const GOES_ON = words(
  "was is has had have were are keeps kept said says told got gets seems seemed looks looked came comes went goes",
);

/** A request to explain and nothing more ("Can you explain?", "could you explain it in simple
 * terms please"): it asks what the sentence before it told. */
export const EXPLAIN_ONLY = words(
  "can could would you explain it that this please pls in simple terms plain english for me briefly",
);

/** A request to confirm and nothing more ("is that right?", "is this true", "am i right"): it
 * asks whether the sentence before it holds, so it asks what that sentence told. */
export const CONFIRM_ONLY = words(
  "is am was that this it i right true correct so still please pls",
);

/** What a request to confirm must name: "is that it?" asks nothing of the sentence before. */
export const CONFIRMS = words("right true correct");
