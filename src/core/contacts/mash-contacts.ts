import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { displaySource } from "../content/display-source.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";
import type { Reply } from "../reply.js";

const phone = z.object({
  label: z.string().min(1),
  number: z.string().regex(/^0\d{4} ?\d{6}$/, "must be a UK phone number such as 01908 253169"),
});

export const mashContactsSchema = z.object({
  reviewed: dateString,
  source: z.string().min(1),
  name: z.string().min(1),
  summary: z.string().min(1),
  phones: z.array(phone).min(1),
  email: z.email(),
  hours: z.array(z.object({ days: z.string().min(1), times: z.string().min(1) })).min(1),
  outOfHours: z.object({ team: z.string().min(1), number: phone.shape.number, when: z.string() }),
  emergency: z.string().min(1),
  callFirst: z.string().includes("999"),
  callButton: z.string().includes("999"),
  card: z.object({
    heading: z.string().min(1),
    phone: z.string().min(1),
    email: z.string().min(1),
    outOfHours: z.string().min(1),
    referrals: z.string().min(1),
    note: z.string().min(1),
    line: z.string().includes("999"),
    buttons: z.object({
      mash: z.string().min(1).max(40),
      levels: z.string().min(1).max(40),
      help: z.string().min(1).max(40),
    }),
  }),
  danger: z.object({
    heading: z.string().includes("999"),
    lines: z.array(z.string().min(1)).min(1),
  }),
  referral: z.string().min(1),
  advice: z.string().min(1),
  procedures: z.string().min(1),
});

export type MashContacts = z.infer<typeof mashContactsSchema>;

export const MASH_CONTACTS_FILE = path.join(KNOWLEDGE_DIR, "contacts", "mash.yaml");

export function loadMashContacts(file = MASH_CONTACTS_FILE): MashContacts {
  return loadDataFile(file, mashContactsSchema);
}

/** Both MASH numbers, each in full: "01908 253169 or 01908 253170". */
export function mashPhones(c: MashContacts): string {
  return c.phones.map((p) => p.number).join(" or ");
}

/** The out-of-hours team and its number: "Emergency Social Work Team, 01908 265545". */
export function outOfHoursLine(c: MashContacts): string {
  return `${c.outOfHours.team}, ${c.outOfHours.number}`;
}

/**
 * What anyone told of a child in immediate danger gets: "Call 999 now" first and largest, then
 * the MASH and the designated safeguarding lead. The Levels of Need check sends it when its first
 * question is answered "yes"; answers to typed messages about immediate danger use it too, so the
 * advice is the same wherever it is given.
 */
export function dangerReply(c: MashContacts): Reply {
  return {
    tone: "urgent",
    blocks: [
      { kind: "emergency", text: c.danger.heading, call: c.callButton },
      ...c.danger.lines.map((line) => ({
        kind: "text" as const,
        text: line
          .replaceAll("{phones}", mashPhones(c))
          .replaceAll("{outOfHours}", outOfHoursLine(c)),
      })),
    ],
    buttons: [{ label: c.card.buttons.mash, action: "mash" }],
  };
}

/** The MASH contact card as a channel-free reply: "call 999" comes first, and largest. */
export function mashContactsReply(c: MashContacts): Reply {
  return {
    tone: "urgent",
    blocks: [
      { kind: "emergency", text: c.callFirst, call: c.callButton },
      { kind: "heading", text: c.card.heading },
      { kind: "text", text: c.summary },
      {
        kind: "facts",
        facts: [
          { title: c.card.phone, value: mashPhones(c) },
          { title: c.card.email, value: c.email },
          ...c.hours.map((h) => ({ title: h.days, value: h.times })),
          {
            title: c.card.outOfHours,
            value: `${c.outOfHours.team}: ${c.outOfHours.number} (${c.outOfHours.when.toLowerCase()})`,
          },
          { title: c.card.referrals, value: c.referral },
        ],
      },
      {
        kind: "note",
        text: c.card.note
          .replaceAll("{source}", displaySource(c.source))
          .replaceAll("{reviewed}", c.reviewed),
      },
    ],
    buttons: [
      { label: c.card.buttons.levels, action: "levels" },
      { label: c.card.buttons.help, action: "help" },
    ],
  };
}

/** A short line of the essentials, for replies that point towards a referral. */
export function mashContactsLine(c: MashContacts): string {
  return c.card.line
    .replaceAll("{phones}", mashPhones(c))
    .replaceAll("{email}", c.email)
    .replaceAll("{outOfHours}", `${c.outOfHours.team} ${c.outOfHours.number}`);
}
