import { splitWords } from "./tokenize-text.js";

/**
 * A question shape from the replies file, such as "what does {x} mean": fixed words around the
 * name asked about, matched against a message's words joined by single spaces.
 */
export type NamePattern = RegExp;

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that start a second question after the first ("what does CONI stand for and how
 * often..."): a shape followed by one is not the whole of what is asked. */
const GOES_ON = "(?:and|or|is|are|what|how|who|when|where|does|do)\\b";

/** Reads a shape; undefined for a shape with no {x}, which can match nothing. `amongWords`: the
 * shape may follow other words and be followed by a few ("sorry daft q what does LADO stand
 * for lol, new youth worker"). */
export function compileNamePattern(template: string, amongWords = false): NamePattern | undefined {
  const [before, after, ...rest] = template.split("{x}");
  if (after === undefined || rest.length > 0) return undefined;
  const side = (text: string) => splitWords(text).map(escapeRegExp).join(" ");
  const parts = [side(before ?? ""), "(.+?)", side(after)].filter((p) => p !== "");
  // Nothing after "stand for" is part of the name ("what does MARF stand for lol everyone in the
  // office uses it and nobody explains"); after "mean" a few words may be ("...mean for us").
  const more = after.trim().endsWith("stand for") ? "*" : "{0,3}";
  return amongWords
    ? new RegExp(`^(?:.+ )?${parts.join(" ")}(?: (?!${GOES_ON})\\S+(?: \\S+)${more})?$`)
    : new RegExp(`^${parts.join(" ")}$`);
}

/** The name the question asks about, or undefined when it does not have this shape. */
export function matchNamePattern(pattern: NamePattern, key: string): string | undefined {
  return pattern.exec(key)?.[1];
}
