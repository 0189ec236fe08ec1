import { DONE_TO_A_THING } from "./question-words.js";

/** The most words a body's name has ("child death overview panel"). */
export const LONGEST_NAME = 5;

/**
 * "I've just joined the Review Board... Who chairs it and how often does it meet?": a question
 * read alone loses what "it" stands for. It stands for the body named last before the question
 * (the `names` of articles), so the question is read with that name in its place.
 */
export function referBack(
  words: readonly string[],
  part: readonly string[],
  names: ReadonlyMap<string, string>,
  longest: number,
): string[] {
  const its = part.flatMap((w, i) => (w === "it" ? [i] : []));
  // "...uses a colour system to prioritise contacts, what is it", "I need the full name of the
  // scrutineer. Who is it?": asked alone, "it" is the thing just described, or a person.
  const alone = ["what is it", "who is it"].includes(part.join(" "));
  // "do I just send it?" is the form; "what does it actually mean?", the term just used.
  const thing = its.some(
    (i) =>
      DONE_TO_A_THING.has(part[i - 1] ?? "") ||
      MEANS.has(part[i + 1] ?? "") ||
      MEANS.has(part[i + 2] ?? ""),
  );
  if (its.length === 0 || alone || thing) return [...part];
  const from = startOf(words, part);
  if (from <= 0 || nameIn(part, 0, part.length, names, longest)) return [...part];
  const name = nameIn(words, 0, from, names, longest);
  return name ? part.flatMap((w) => (w === "it" ? name : [w])) : [...part];
}

const MEANS = new Set(["mean", "means", "meant"]);

/** The last name among words[from, to). */
export function nameIn(
  words: readonly string[],
  from: number,
  to: number,
  names: ReadonlyMap<string, string>,
  longest: number,
): string[] | undefined {
  for (let i = to - 1; i >= from; i--) {
    for (let n = Math.min(longest, to - i); n >= 1; n--) {
      const name = words.slice(i, i + n);
      if (names.has(name.join(" "))) return name;
    }
  }
  return undefined;
}

/** Where the part starts within the words: its last place, as a question comes late. */
function startOf(words: readonly string[], part: readonly string[]): number {
  for (let i = words.length - part.length; i >= 0; i--) {
    if (part.every((w, j) => words[i + j] === w)) return i;
  }
  return -1;
}

/** Every name among the words, the longest at each place ("MK Together team", not "MK
 * Together"). */
export function namesIn(
  words: readonly string[],
  names: ReadonlyMap<string, string>,
  longest: number,
): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(" ");
      if (names.has(name)) {
        found.push(name);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
