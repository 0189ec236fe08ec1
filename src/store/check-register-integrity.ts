import { type ReviewRegisterFile, reviewRegisterFileSchema } from "./review-register-schema.js";

/**
 * What the schema cannot see: two reviews with one id, or a counter that would hand out an id
 * already in use (the next start would then overwrite that review). Returns the problem in
 * words with what to do, or undefined when the register is sound.
 */
export function checkRegisterIntegrity(data: ReviewRegisterFile): string | undefined {
  const seen = new Set<string>();
  let highest = 0;
  for (const r of data.reviews) {
    if (seen.has(r.id)) {
      return `the review id ${r.id} appears more than once. Two cases must never share an id: restore the file from a backup, or give one of them an unused id (above every other) by hand, then start again`;
    }
    seen.add(r.id);
    highest = Math.max(highest, Number(r.id.slice(3)));
  }
  if (data.nextNumber <= highest) {
    return `its counter "nextNumber" is ${data.nextNumber} but the review RR-${String(highest).padStart(4, "0")} exists, so a new review would reuse an id. Set "nextNumber" to ${highest + 1} (or restore the file from a backup), then start again`;
  }
  return undefined;
}

/** Parses and checks a whole register (for moving one between stores). */
export function parseRegister(raw: unknown): ReviewRegisterFile | string {
  const parsed = reviewRegisterFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `it does not have the expected contents (${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "schema mismatch"})`;
  }
  return checkRegisterIntegrity(parsed.data) ?? parsed.data;
}
