import { splitWords } from "./tokenize-text.js";

/**
 * The words a practitioner's message opens with about themselves ("Family support worker at a
 * children's centre."): they name who is writing, so the situation rules must not read them as
 * the member of staff, or the child, the message is about. Danger is read on the whole message.
 */

/** How many words a message opens with that introduce the writer: a first clause of a few words
 * that names a role before any "at", "in" or "here" ("A&E nurse at MKUH.", "RE teacher at a
 * school in Bletchley,", "Family support worker."), and tells nothing else: no article or
 * pronoun before the role ("Our TA hit a child." is about someone), no verb. */
export function introductionLength(text: string, messageWords: number): number {
  const first = text.split(/[.,!?;:\n(]|\s-\s/)[0] ?? "";
  const words = splitWords(first);
  if (words.length === 0 || words.length > INTRODUCTION_WORDS || words.length >= messageWords)
    return 0;
  const end = words.findIndex((w) => ROLE_ENDS.has(w));
  const role = end < 0 ? words : words.slice(0, end);
  // ("A&E nurse": the "a" of A&E is no article.)
  const told = role.filter((w, i) => NOT_A_ROLE.has(w) && !(w === "a" && role[i + 1] === "e"));
  if (role.length === 0 || role.length > 5 || told.length > 0) return 0;
  if (!ROLES.has(role.at(-1) ?? "")) return 0;
  // ("HV here, did a new birth visit..." goes on to tell after "here".)
  if (words[end] === "here") return end + 1;
  // "teacher at our school was arrested at the weekend" tells, after where the role is.
  return end >= 0 && words.slice(end).some((w) => TELLS.has(w)) ? 0 : words.length;
}

const INTRODUCTION_WORDS = 10;
/** Where a role ends and where the writer works begins. */
const ROLE_ENDS = new Set("at in here for from with on based covering".split(" "));
/** The last word of a practitioner's role as they introduce themselves. */
const ROLES = new Set(
  "nurse nurses teacher teachers worker officer partner dsl hv visitor senco coach volunteer manager head lead leader driver escort midwife mw gp doctor registrar paramedic pcso pc sergeant detective constable ds dc ta tutor lifeguard caretaker carer practitioner governor chair member counsellor therapist pharmacist dentist receptionist administrator assistant mentor instructor childminder minder chaplain imam vicar pastor priest trustee director consultant adviser advisor inspector librarian solicitor lawyer supervisor deputy principal hca sw nqsw ect nqt keyworker".split(
    " ",
  ),
);
/** Verbs that show a clause tells something, wherever in it they are. */
const TELLS = new Set("is was are were has have had been being did said says told".split(" "));
/** Words that show a first clause tells something, or names someone other than the writer. */
const NOT_A_ROLE = new Set(
  "a an the our my their his her your young mum mums dad dads mother father nan grandad grandma i im ive id we he she they it its this that there these those is was are were has have had been be being do does did said says told just worried concerned concern not no one someone somebody anyone hi hello hey morning afternoon evening dear please quick can could would should will what whats who how why when where which if so sorry thanks".split(
    " ",
  ),
);
