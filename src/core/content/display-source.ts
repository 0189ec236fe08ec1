/**
 * Sources in knowledge/ name the seed document they were written from ("(seed 003)") so editors
 * can trace them. Practitioners know the documents by title, not by our internal numbering, so
 * the numbers are left out of what the assistant shows.
 */
export function displaySource(source: string): string {
  return source
    .replace(/\s*\((?:seeds?|standard term)[^)]*\)/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}
