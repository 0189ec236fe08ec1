import { splitWords } from "./tokenize-text.js";

/**
 * A question shape from the replies file, such as "what does {x} mean": fixed words before and
 * after the name asked about. It is matched against a question's normalised words (lower case,
 * one space between words), where it stands for /^what does (.+?) mean$/.
 *
 * Why not that regular expression: the glossary check tries every shape on every question, and
 * in the busy server each of 46 compiled expressions ran cold, a tenth of a question's time.
 * Over words joined by single spaces the expression matches exactly when the text starts with
 * the words before and ends with the words after, with at least one character between them, and
 * then captures what lies between (a test compares the two on random text).
 */
export interface NamePattern {
  /** The fixed text before the name, with its space ("what does "), or "". */
  before: string;
  /** The fixed text after the name, with its space (" mean"), or "". */
  after: string;
}

const PLACEHOLDER = "xplaceholderx";

/** Reads a shape's fixed words; undefined for a shape with no {x}, which can match nothing. */
export function compileNamePattern(template: string): NamePattern | undefined {
  const words = splitWords(template.replace("{x}", ` ${PLACEHOLDER} `));
  const at = words.indexOf(PLACEHOLDER);
  if (at < 0) return undefined;
  const before = words.slice(0, at).join(" ");
  const after = words.slice(at + 1).join(" ");
  return { before: before ? `${before} ` : "", after: after ? ` ${after}` : "" };
}

/** The name the question asks about, or undefined when it does not have this shape. `key` is
 * the question's words joined by single spaces. */
export function matchNamePattern(pattern: NamePattern, key: string): string | undefined {
  const { before, after } = pattern;
  if (key.length - before.length - after.length < 1) return undefined;
  if (!key.startsWith(before) || !key.endsWith(after)) return undefined;
  return key.slice(before.length, key.length - after.length);
}
