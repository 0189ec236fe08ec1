import { type MashContacts, mashContactsLine } from "../contacts/mash-contacts.js";
import { displaySource } from "../content/display-source.js";
import type { Button, Reply } from "../reply.js";
import type { KnowledgeEntry, KnowledgeIndex } from "./build-knowledge-index.js";
import type { KnowledgeReplies } from "./knowledge-schema.js";

/** Button actions the knowledge skill answers. */
export const KB_ACTIONS = {
  article: "kb:article",
  feedback: "kb:feedback",
  none: "kb:none",
} as const;

/**
 * Adaptive Card hosts cap the buttons on a card (the SDK's default host config, which the tests
 * validate against, allows five; Teams documents six). Stay within five: the two feedback
 * buttons, MASH contacts when the answer leads to a referral, and related articles in what is left.
 */
const MAX_BUTTONS = 5;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** An answer leads to a referral when the article says so, or it is tagged as about referring. */
export function leadsToReferral(entry: KnowledgeEntry): boolean {
  return entry.referral || entry.tags.some((t) => t.toLowerCase() === "referral");
}

/**
 * The answer card: title, the short answer, the detail, the source and reviewed date, follow-up
 * buttons from `related`, and "Was this helpful?". An answer that leads to a referral carries the
 * MASH contacts, so nobody has to ask twice.
 */
export function answerReply(
  entry: KnowledgeEntry,
  index: KnowledgeIndex,
  mash: MashContacts,
): Reply {
  const r = index.replies;
  const blocks: Reply["blocks"] = [
    { kind: "heading", text: entry.title },
    ...entry.short,
    ...entry.detail,
  ];
  const referral = leadsToReferral(entry);
  const buttons: Button[] = entry.related
    .map((id) => index.entries.get(id))
    .filter((e): e is KnowledgeEntry => e !== undefined)
    .slice(0, MAX_BUTTONS - 2 - (referral ? 1 : 0))
    .map((e) => ({ label: e.title, action: KB_ACTIONS.article, data: { id: e.id } }));
  if (referral) {
    blocks.push(
      { kind: "text", text: r.referralIntro },
      { kind: "text", text: mashContactsLine(mash) },
    );
    buttons.push({ label: r.mashButton, action: "mash" });
  }
  blocks.push(
    {
      kind: "note",
      text: fill(r.sourceNote, { source: displaySource(entry.source), reviewed: entry.reviewed }),
    },
    { kind: "text", text: r.helpfulQuestion },
  );
  buttons.push(
    {
      label: r.helpfulYes,
      action: KB_ACTIONS.feedback,
      data: { id: entry.id, helpful: "yes" },
      style: "positive",
    },
    { label: r.helpfulNo, action: KB_ACTIONS.feedback, data: { id: entry.id, helpful: "no" } },
  );
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
      { kind: "text", text: replies.none.contacts },
      { kind: "text", text: mashContactsLine(mash) },
      { kind: "note", text: replies.none.procedures },
    ],
    buttons: [
      { label: replies.mashButton, action: "mash" },
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
