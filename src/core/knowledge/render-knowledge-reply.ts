import { type MashContacts, mashContactsLine, mashPhones } from "../contacts/mash-contacts.js";
import { displaySource } from "../content/display-source.js";
import { fillTemplate } from "../content/fill-template.js";
import type { Button, Reply } from "../reply.js";
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import type { Answer } from "./decide-answer.js";
import type { KnowledgeReplies } from "./knowledge-schema.js";

/** Button actions the knowledge skill answers. */
export const KB_ACTIONS = {
  article: "kb:article",
  feedback: "kb:feedback",
  none: "kb:none",
} as const;

/** The article that only lists the MASH contacts: its button is the MASH contacts button. */
const MASH_CONTACTS_ARTICLE = "mash-contacts";

/**
 * Adaptive Card hosts cap the buttons on a card (the SDK's default host config, which the tests
 * validate against, allows five; Teams documents six). Stay within five.
 */
const MAX_BUTTONS = 5;

/** An answer leads to a referral when the article says so, or it is tagged as about referring. */
export function leadsToReferral(entry: KnowledgeEntry): boolean {
  return entry.referral || entry.tags.some((t) => t.toLowerCase() === "referral");
}

/** The MASH contacts line an answer that leads to a referral carries, unless its own text
 * already gives the MASH number. */
export function referralLine(
  entry: KnowledgeEntry,
  index: KnowledgeIndex,
  mash: MashContacts,
): string | undefined {
  const firstNumber = mash.phones[0]?.number ?? "";
  const mentionsMash = firstNumber !== "" && entry.text.includes(firstNumber);
  if (!leadsToReferral(entry) || mentionsMash) return undefined;
  return `${index.replies.referralIntro} ${mashContactsLine(mash)}`;
}

/** The MASH contacts line a card carries: its answer's, or else its second answer's. */
export function cardReferralLine(
  entry: KnowledgeEntry,
  also: KnowledgeEntry | undefined,
  index: KnowledgeIndex,
  mash: MashContacts,
): string | undefined {
  return referralLine(entry, index, mash) ?? (also && referralLine(also, index, mash));
}

/**
 * The answer card: title, the answer, the MASH contacts once when it leads to a referral (not
 * again if the answer already gives the number), the source and reviewed date, then "Was this
 * helpful?" with its Yes and No straight after it, and the follow-ups. One MASH button at most:
 * a related link to the MASH contacts article becomes that button. Once the practitioner has
 * voted (`voted`), the card thanks them in place of the question and the Yes and No go.
 */
export function answerReply(
  entry: KnowledgeEntry,
  index: KnowledgeIndex,
  mash: MashContacts,
  { voted, also }: { voted?: { helpful: boolean }; also?: KnowledgeEntry } = {},
): Reply {
  const r = index.replies;
  const note = (e: KnowledgeEntry): Reply["blocks"][number] => ({
    kind: "note",
    text: fillTemplate(r.sourceNote, { source: displaySource(e.source), reviewed: e.reviewed }),
  });
  const blocks: Reply["blocks"] = [
    { kind: "heading", text: entry.title },
    ...entry.short,
    ...entry.detail,
  ];
  const contactsLine = cardReferralLine(entry, also, index, mash);
  if (contactsLine) blocks.push({ kind: "text", text: contactsLine });
  blocks.push(note(entry));
  // A second question's answer, with its own source: each says where it comes from.
  if (also) {
    blocks.push(
      { kind: "heading", text: fillTemplate(r.alsoAsked, { title: also.title }) },
      ...also.short,
      ...also.detail,
      note(also),
    );
  }
  blocks.push({
    kind: "text",
    text: voted ? (voted.helpful ? r.feedback.thanksYes : r.feedback.thanksNo) : r.helpfulQuestion,
  });
  const buttons: Button[] = voted
    ? []
    : [
        {
          label: r.helpfulYes,
          action: KB_ACTIONS.feedback,
          data: { id: entry.id, helpful: "yes", ...(also ? { also: also.id } : {}) },
          style: "positive",
        },
        {
          label: r.helpfulNo,
          action: KB_ACTIONS.feedback,
          data: { id: entry.id, helpful: "no", ...(also ? { also: also.id } : {}) },
        },
      ];
  if (entry.actions.includes("levels")) buttons.push({ label: r.levelsButton, action: "levels" });
  const wantsMash =
    leadsToReferral(entry) ||
    entry.actions.includes("mash") ||
    entry.related.includes(MASH_CONTACTS_ARTICLE);
  const mashButton = wantsMash && entry.id !== MASH_CONTACTS_ARTICLE;
  const limit = MAX_BUTTONS - (mashButton ? 1 : 0);
  for (const id of entry.related) {
    if (buttons.length >= limit) break;
    const e = index.entries.get(id);
    // (Not the second question's answer: it is on the card already.)
    if (!e || id === MASH_CONTACTS_ARTICLE || id === also?.id) continue;
    buttons.push({ label: e.title, action: KB_ACTIONS.article, data: { id: e.id } });
  }
  if (mashButton) buttons.push({ label: r.mashButton, action: "mash" });
  return { blocks, buttons };
}

/** "Did you mean": a short line and one button per candidate, plus a way to say none fits. */
export function suggestReply(candidates: KnowledgeEntry[], replies: KnowledgeReplies): Reply {
  return {
    blocks: [{ kind: "text", text: replies.suggest.intro }],
    buttons: [
      ...candidates.map((e) => ({
        label: e.title,
        action: KB_ACTIONS.article,
        data: { id: e.id },
      })),
      { label: replies.suggest.noneOfThese, action: KB_ACTIONS.none },
    ],
  };
}

/** No answer: said plainly, never a guess, with the MASH and the online procedures. */
export function noAnswerReply(replies: KnowledgeReplies, mash: MashContacts): Reply {
  return {
    blocks: [
      { kind: "heading", text: replies.none.heading },
      { kind: "text", text: replies.none.text },
      { kind: "text", text: `${replies.none.contacts} ${mashContactsLine(mash)}` },
      { kind: "note", text: replies.none.procedures },
    ],
    buttons: [
      { label: replies.mashButton, action: "mash" },
      { label: replies.helpButton, action: "help" },
    ],
  };
}

/**
 * A child may be in danger now: 999 first and largest, then the MASH and the out-of-hours team,
 * then who to tell. Sent before anything else the message asked.
 */
export function dangerReply(replies: KnowledgeReplies, mash: MashContacts): Reply {
  const d = replies.danger;
  return {
    tone: "urgent",
    blocks: [
      // The same "call 999" banner as the danger, Level 4 and MASH cards: first and largest.
      { kind: "emergency", text: d.heading, call: mash.callButton },
      { kind: "text", text: d.call },
      { kind: "text", text: d.tellMash },
      {
        kind: "facts",
        facts: [
          { title: "Phone", value: mashPhones(mash) },
          { title: "Email", value: mash.email },
        ],
      },
      {
        kind: "text",
        text: fillTemplate(d.outOfHours, {
          team: mash.outOfHours.team,
          number: mash.outOfHours.number,
        }),
      },
      { kind: "text", text: d.after },
      { kind: "note", text: d.note },
    ],
  };
}

/** A question the assistant must decline, with what it can do instead. */
export function refusalReply(replies: KnowledgeReplies, name: string): Reply {
  const refusal = Object.hasOwn(replies.refusals, name) ? replies.refusals[name] : undefined;
  return {
    blocks: refusal
      ? [
          { kind: "heading", text: refusal.heading },
          { kind: "text", text: refusal.text },
        ]
      : [{ kind: "text", text: replies.none.text }],
    buttons: [
      { label: replies.mashButton, action: "mash" },
      { label: replies.levelsButton, action: "levels" },
      { label: replies.helpButton, action: "help" },
    ],
  };
}

/** "back", "next" or "cancel" with no guided check in progress. */
export function noCheckReply(replies: KnowledgeReplies): Reply {
  return {
    blocks: [{ kind: "text", text: replies.noCheck }],
    buttons: [
      { label: replies.levelsButton, action: "levels" },
      { label: replies.helpButton, action: "help" },
    ],
  };
}

export function staleArticleReply(replies: KnowledgeReplies): Reply {
  return {
    blocks: [{ kind: "text", text: replies.staleArticle }],
    buttons: [{ label: replies.helpButton, action: "help" }],
  };
}

/** What a message with no answer gets: a refusal, "no check is in progress", or "I don't know". */
export function declineReply(
  replies: KnowledgeReplies,
  mash: MashContacts,
  answer: Extract<Answer, { kind: "none" }>,
): Reply {
  if (answer.reason === "refusal") return refusalReply(replies, answer.refusal ?? "");
  if (answer.reason === "no-check") return noCheckReply(replies);
  return noAnswerReply(replies, mash);
}
