// The glossary terms a message names or asks about: "what does MARF stand for?", "the IDVA
// mentioned MARAC, what does that stand for?".
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import { nameKey } from "./build-knowledge-index.js";
import { matchNamePattern, type NamePattern } from "./name-pattern.js";
import { makeQuery } from "./search-knowledge.js";
import { runAt } from "./tokenize-text.js";
import type { Understood } from "./understand-message.js";

/** The glossary term a message asks about with "what does that stand for?" after naming it: the
 * last one named, as a practitioner's "that" points back to what they just wrote. */
export function termAskedAbout(
  index: KnowledgeIndex,
  understood: Understood,
): KnowledgeEntry | undefined {
  // ...however it goes on: "what's it stand for and what do they actually do?", and said as
  // not knowing: "I don't actually know what it stands for or what they do".
  const asks = (ws: readonly string[]) => {
    const key = withoutFillers(expandContraction(ws.join(" ")));
    return [...index.thatQuestions].some(
      (q) => key === q || key.startsWith(`${q} and `) || key.startsWith(`${q} or `),
    );
  };
  const whole = ` ${withoutFillers(understood.words.join(" "))} `;
  const unsure = [...index.thatQuestions].some(
    (q) => whole.includes(` know ${q} `) || whole.includes(` sure ${q} `),
  );
  const part = understood.asking.find(asks);
  if (!unsure && !part) return undefined;
  const words = understood.words;
  // ("...a scheme in MK for families in this position, what is it?": "MK" is not the term asked
  // about.)
  const termAt = (i: number) => {
    for (let n = 4; n >= 1; n--) {
      const name = words.slice(i, i + n);
      const entry = index.glossaryByName.get(name.join(" "));
      if (entry && !namedEverywhere(index, name)) return entry;
    }
    return undefined;
  };
  // "It" is the term named just before the question ("LADO - what does it stand for, I keep
  // seeing it in the safeguarding report"), else the one named last.
  const asked = part ? runAt(words, part) : -1;
  const order = [...words.keys()].reverse();
  for (const i of [...order.filter((i) => i < asked), ...order.filter((i) => i >= asked)]) {
    const entry = termAt(i);
    if (entry) return entry;
  }
  return undefined;
}

/** A name of words the whole domain uses ("MK"): named in nearly every message, it says nothing
 * of what is asked about. */
function namedEverywhere(index: KnowledgeIndex, name: readonly string[]): boolean {
  return makeQuery(index, name).terms.every((w) => index.generic.has(w));
}

/** "What does it actually stand for", "what does MARF even mean", "what the hell is a MARF": the
 * words a practitioner adds for emphasis are not part of the question's shape. */
export function withoutFillers(key: string): string {
  return key.replace(/ (?:actually|even|really|exactly|the hell|the heck|on earth)(?= )/g, "");
}

/** "what's" arrives as "whats" or "what s" once punctuation goes: both read as "what is". */
export function expandContraction(key: string): string {
  return key.replace(/^(what|who|where)(?: s|s) /, "$1 is ");
}

/** The glossary entry a name asks about: as typed, less a leading "the"/"a"/"an", a plural "s",
 * or a closing "in safeguarding" / "in Milton Keynes". */
function glossaryFor(index: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  const bare = name
    .replace(/^(?:the|a|an) /, "")
    // "an IMR in the context of case reviews", "a section 11 duty exactly", "a rapid review in
    // plain english": the term, less the words said around it.
    .replace(
      / (?:exactly|again|actually|please|pls|in the context of .+|in (?:plain|simple) (?:english|terms))$/,
      "",
    );
  const local = bare.replace(/ (?:in|for) (?:safeguarding|milton keynes|mk)$/, "");
  return (
    index.glossaryByName.get(bare) ??
    index.glossaryByName.get(bare.replace(/s$/, "")) ??
    index.glossaryByName.get(local)
  );
}

/** The glossary entry the first of some question patterns ("what does X stand for") names. */
export function matchGlossary(
  index: KnowledgeIndex,
  patterns: readonly NamePattern[],
  key: string,
) {
  for (const p of patterns) {
    const name = matchNamePattern(p, key);
    const entry = name ? glossaryFor(index, name) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

/** The article a glossary term points to first, when that article's title names the term. */
export function articleAbout(
  index: KnowledgeIndex,
  term: KnowledgeEntry,
): KnowledgeEntry | undefined {
  const names = [term.term ?? "", ...term.tags].map(nameKey).filter((n) => n !== "");
  for (const id of term.related) {
    const e = index.entries.get(id);
    const title = e ? ` ${nameKey(e.title)} ` : "";
    if (e && names.some((n) => title.includes(` ${n} `))) return e;
  }
  return undefined;
}
