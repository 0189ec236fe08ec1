/**
 * Sources in knowledge/ name the seed document they were written from ("(seed 003)") so editors
 * can trace them. Practitioners know the documents by title, not by our internal numbering, so
 * the numbers are left out of what the assistant shows.
 */
export function displaySource(source: string): string {
  return (
    source
      .replace(/\s*\((?:seeds?|standard term)[^)]*\)/gi, "")
      // A file in our repository ("in knowledge/contacts/mash.yaml", "(see shared/FACTS.md)") means
      // nothing to a practitioner: sources name documents, so any file named is left out.
      .replace(/\s*\((?:see\s+)?[\w./-]+\.(?:md|ya?ml|json|ts)\)/gi, "")
      .replace(/\s*\b(?:in|see|from)\s+[\w.-]+\/[\w./-]+\.(?:md|ya?ml|json|ts)\b/gi, "")
      .replace(/\s*[\w.-]+\/[\w./-]+\.(?:md|ya?ml|json|ts)\b/gi, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}
