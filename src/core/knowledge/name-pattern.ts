import { splitWords } from "./tokenize-text.js";

/**
 * A question shape from the replies file, such as "what does {x} mean": fixed words around the
 * name asked about, matched against a message's words joined by single spaces.
 */
export type NamePattern = RegExp;

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Reads a shape; undefined for a shape with no {x}, which can match nothing. `afterWords`: the
 * shape may follow other words ("sorry daft q, what does LADO stand for"). */
export function compileNamePattern(template: string, afterWords = false): NamePattern | undefined {
  const [before, after, ...rest] = template.split("{x}");
  if (after === undefined || rest.length > 0) return undefined;
  const side = (text: string) => splitWords(text).map(escapeRegExp).join(" ");
  const parts = [side(before ?? ""), "(.+?)", side(after)].filter((p) => p !== "");
  return new RegExp(`^${afterWords ? "(?:.+ )?" : ""}${parts.join(" ")}$`);
}

/** The name the question asks about, or undefined when it does not have this shape. */
export function matchNamePattern(pattern: NamePattern, key: string): string | undefined {
  return pattern.exec(key)?.[1];
}
