import path from "node:path";
import { z } from "zod";
import type { Reply } from "../reply.js";
import { dateString } from "./date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "./load-data-file.js";

export const messagesSchema = z.object({
  reviewed: dateString,
  welcome: z.object({
    heading: z.string().min(1),
    intro: z.string().min(1),
    can: z.array(z.string().min(1)).min(1),
    cannot: z.string().min(1),
    emergency: z.string().min(1),
    privacy: z.string().min(1),
  }),
  help: z.object({
    heading: z.string().min(1),
    intro: z.string().min(1),
    items: z
      .array(
        z.object({
          label: z.string().min(1).max(40),
          action: z.string().min(1),
          description: z.string().min(1),
        }),
      )
      .min(1),
    footer: z.string().min(1),
  }),
  askPrompt: z.string().min(1),
  fallback: z.object({ heading: z.string().min(1), intro: z.string().min(1) }),
  emptyMessage: z.string().min(1),
  tooLong: z.string().includes("{limit}"),
  unreadable: z.string().min(1),
  unknownButton: z.string().min(1),
  personalOnly: z.string().min(1),
  error: z.string().min(1),
});

export type Messages = z.infer<typeof messagesSchema>;

export const MESSAGES_FILE = path.join(KNOWLEDGE_DIR, "messages.yaml");

export function loadMessages(file = MESSAGES_FILE): Messages {
  return loadDataFile(file, messagesSchema);
}

function menuButtons(m: Messages) {
  return m.help.items.map((i) => ({ label: i.label, action: i.action }));
}

export function welcomeReply(m: Messages): Reply {
  const w = m.welcome;
  return {
    blocks: [
      { kind: "heading", text: w.heading },
      { kind: "text", text: w.intro },
      { kind: "list", items: w.can },
      { kind: "text", text: w.cannot },
      { kind: "text", text: w.emergency },
      { kind: "note", text: w.privacy },
    ],
    buttons: menuButtons(m).filter((b) => b.action !== "help"),
  };
}

export function helpReply(m: Messages): Reply {
  return {
    blocks: [
      { kind: "heading", text: m.help.heading },
      { kind: "text", text: m.help.intro },
      { kind: "facts", facts: m.help.items.map((i) => ({ title: i.label, value: i.description })) },
      { kind: "note", text: m.help.footer },
    ],
    buttons: menuButtons(m),
  };
}

/** What anything not understood gets: say so kindly and show the menu. */
export function fallbackReply(m: Messages, intro?: string): Reply {
  return {
    blocks: [
      { kind: "heading", text: m.fallback.heading },
      { kind: "text", text: intro ?? m.fallback.intro },
      { kind: "list", items: m.help.items.map((i) => `${i.label}: ${i.description}`) },
      { kind: "note", text: m.help.footer },
    ],
    buttons: menuButtons(m),
  };
}

export function textReply(text: string, buttons?: Reply["buttons"]): Reply {
  return { blocks: [{ kind: "text", text }], buttons };
}
