import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";
import { quoteTyped } from "../content/quote-typed.js";

const text = z.string().trim().min(1);

export const registerMessagesSchema = z.object({
  reviewed: dateString,
  dates: z.object({
    empty: text,
    unreadable: text,
    impossible: text,
    badMonth: text,
    outOfRange: text,
  }),
  caseRef: z.object({
    empty: text,
    looksLikeName: text,
    badCharacters: text,
    noDigit: text,
    length: text,
  }),
  register: z.object({
    badKind: text,
    unknownReview: text,
    unknownMilestone: text,
    milestoneNotInKind: text,
    needsPublication: text,
    alreadyClosed: text,
    duplicateOpen: text,
    receivedInFuture: text,
    receivedTooOld: text,
    publicationNotChild: text,
    publicationBeforeReceived: text,
  }),
  reminders: z.object({
    before: text,
    due: text,
    overdue: text,
    late: text,
    markDone: text,
  }),
});

export type RegisterMessages = z.infer<typeof registerMessagesSchema>;

export const REGISTER_MESSAGES_FILE = path.join(KNOWLEDGE_DIR, "rapid-review", "messages.yaml");

let cached: RegisterMessages | undefined;

export function loadRegisterMessages(file?: string): RegisterMessages {
  if (file) return loadDataFile(file, registerMessagesSchema);
  cached ??= loadDataFile(REGISTER_MESSAGES_FILE, registerMessagesSchema);
  return cached;
}

/**
 * Fills {name} placeholders. An unknown placeholder is left visible so an editor notices it.
 * Values may be what someone typed (a date, an id), so they cannot form a link (quoteTyped).
 */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? quoteTyped(String(vars[name])) : whole,
  );
}
