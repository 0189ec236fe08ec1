/**
 * Whether a clause goes on with a story told in the past: a verb's past form first ("got off
 * at her nans", "then wandered off towards Kingston"), or after a pronoun or a parent ("he
 * stopped", "mum refused"), and nothing told in the present ("he is", "she has", "can't").
 * detect-danger.ts dates such a clause by the one before it: "yesterday a girl got on my bus
 * crying with a cut lip... got off at her nans" tells of yesterday throughout.
 *
 * These are words of English, not of danger, so they live here rather than in knowledge/.
 */

/** Words that carry a story on before its verb: "and then", "nearly tipped it over". */
const GOES_ON = words("and then nearly almost also later eventually");
/** Who a clause may name before its verb. */
const SUBJECTS = words("he she they we i mum dad");
/** Past forms that do not end in "-ed". */
const PAST_FORMS = words(
  "was were got went came had saw heard found told said ran left drove threw fell sat stood " +
    "gave brought bought caught kept met broke rode hid took wouldnt couldnt didnt",
);
/** Words that tell a clause in the present, or of what is to come. */
const PRESENT = words(
  "is are am im hes shes theyre its theres has have hasnt havent isnt arent will wont cant " +
    "can keeps being gets says wants needs lives doesnt dont does do ill youre going gonna " +
    "nobodys noones someones whos thats still hell shell theyll youll itll",
);

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/));
}

/** A past form: one of PAST_FORMS, or a word ending in "-ed" ("tipped", "refused"; not "need"). */
function isPastForm(word: string): boolean {
  return PAST_FORMS.has(word) || /^[a-z]{3,}[^e]ed$/.test(word);
}

/** Whether a clause goes on with the story in the past (see the top of this file). */
export function goesOnInPast(clause: readonly string[]): boolean {
  const told = clause.filter((w) => !GOES_ON.has(w));
  if (told.some((w) => PRESENT.has(w))) return false;
  const verb = SUBJECTS.has(told[0] ?? "") ? told[1] : told[0];
  return verb !== undefined && isPastForm(verb);
}

/** Words that look ahead from the past: a threat made earlier today is for tonight ("earlier
 * this evening mum's boyfriend threatened to burn the house down with the kids in it"). */
const LOOKS_AHEAD = words("threatened threat threats would swore vowed promised");
/** Words ending in "-ing" that are not a verb going on: "this evening", "nothing". */
const NOT_GOING_ON = words("morning evening nothing something anything everything during building");

/** Whether a clause is told wholly in the past: a past form, and nothing in the present, nor a
 * verb going on ("saying he'll pick her up at 9 tonight", "coming tonight at 8"), nor a threat. */
export function toldInPast(clause: readonly string[]): boolean {
  const goingOn = (w: string) => /^[a-z]{2,}ing$/.test(w) && !NOT_GOING_ON.has(w);
  return (
    clause.some(isPastForm) &&
    !clause.some((w) => PRESENT.has(w) || LOOKS_AHEAD.has(w) || goingOn(w))
  );
}
