import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";

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

/** The one template filler (core/content/fill-template.ts), where the rapid review reads it. */
export { fillTemplate } from "../content/fill-template.js";
