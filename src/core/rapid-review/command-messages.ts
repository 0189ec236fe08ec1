import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";

const text = z.string().trim().min(1);

/** knowledge/rapid-review/commands.yaml: the words of the rapid review commands and timeline. */
export const commandMessagesSchema = z.object({
  reviewed: dateString,
  heading: text,
  intro: text,
  caseRefRule: text,
  commands: z.array(z.object({ form: text, description: text })).min(1),
  formLabel: text,
  dates: text,
  whoMayChange: text,
  forms: z.object({ start: text, show: text, done: text, publication: text, close: text }),
  errors: z.object({
    unknownSubcommand: text,
    missing: text,
    tooMany: text,
    badKind: text,
    badMilestone: text,
    notPanelMember: text,
    panelCheckFailed: text,
    noPanelChannel: text,
    saveFailed: text,
  }),
  started: text,
  startedPostFailed: text,
  markedDone: text,
  alreadyDone: text,
  publicationSet: text,
  closed: text,
  alreadyClosed: text,
  noneOpen: text,
  listHeading: text,
  listItem: text.includes("{id}").includes("{ref}").includes("{received}"),
  listNext: text.includes("{title}").includes("{date}"),
  listOverdue: text.includes("{titles}"),
  timelineHeading: text,
  timelineIntro: text,
  closedNote: text,
  // A button label: Slack and Teams cut buttons at 75 characters.
  markDone: z.string().trim().min(1).max(75),
  doneLabel: text,
  overdueLabel: text,
  nextLabel: text,
  reminderFooter: text,
});

export type CommandMessages = z.infer<typeof commandMessagesSchema>;

export const COMMAND_MESSAGES_FILE = path.join(KNOWLEDGE_DIR, "rapid-review", "commands.yaml");

export function loadCommandMessages(file = COMMAND_MESSAGES_FILE): CommandMessages {
  return loadDataFile(file, commandMessagesSchema);
}
