import { cached } from "../cached.js";
import type { MashContacts } from "../contacts/mash-contacts.js";
import { displaySource } from "../content/display-source.js";
import { copyWith } from "../copy-with.js";
import { type Button, type Reply, type ReplyBlock, shareBlocks } from "../reply.js";
import type { LevelsContent } from "./content.js";
import type { Ended, EngineResult, Notice, Option, Outcome, Question } from "./engine.js";

/** Button actions of the check. "levels" itself is the menu's start button. */
export const LEVELS_ACTIONS = {
  start: "levels",
  answer: "levels:answer",
  back: "levels:back",
  restart: "levels:restart",
  cancel: "levels:cancel",
  summary: "levels:summary",
} as const;

/** Field of a submitted card that carries the ticked choices. */
export const PICKED_FIELD = "picked";
/** Field carrying the step token, so a press on an old card is recognised as stale. */
export const TOKEN_FIELD = "t";
/** Field carrying a single answer pressed as its own button. */
export const VALUE_FIELD = "value";

/**
 * Answers are offered as buttons (one press) only when they fit: at most five buttons on a card
 * (the Adaptive Cards default host limit) and short labels, since Teams cuts long button titles.
 * Otherwise they become a list to pick from, with Next.
 */
const MAX_BUTTONS = 5;
const MAX_BUTTON_LABEL = 24;

/**
 * Turns what the engine returns into channel-free Replies: the wording comes from the content
 * file, the phone numbers from the MASH contacts. Every channel renders these the same way.
 */
export function renderStep(
  content: LevelsContent,
  mash: MashContacts,
  result: EngineResult,
): Reply[] {
  const { step, notice } = result;
  const fill = (t: string) => fillContacts(t, mash);
  switch (step.kind) {
    case "question":
      return [renderQuestion(content, step, notice)];
    case "outcome":
      return step.view === "summary"
        ? [renderSummary(content, step)]
        : [renderOutcome(content, step, notice, fill)];
    case "ended":
      return [renderEnded(content, step, fill)];
  }
}

/** The question the conversation waits on, introduced as a carry-on after an interruption. */
export function renderResume(content: LevelsContent, question: Question): Reply {
  return questionReply(content, question, "resume");
}

function noticeBlock(content: LevelsContent, notice: Notice | undefined): ReplyBlock[] {
  return notice ? [{ kind: "text", text: content.wording.notices[notice] }] : [];
}

export function renderQuestion(
  content: LevelsContent,
  q: Question,
  notice: Notice | undefined,
): Reply {
  return questionReply(content, q, notice);
}

/** What comes before a question: a notice about the last answer, or the carry-on note. */
type Lead = Notice | "resume" | undefined;

function questionReply(content: LevelsContent, q: Question, lead: Lead): Reply {
  const w = content.wording;
  const token = { [TOKEN_FIELD]: q.token };
  const nav: Button[] = [];
  if (q.canGoBack) nav.push({ label: w.buttons.back, action: LEVELS_ACTIONS.back, data: token });
  // On the second question, starting again is the same as going back, so one button is enough.
  if (q.number > 2) nav.push({ label: w.buttons.restart, action: LEVELS_ACTIONS.restart });
  nav.push({ label: w.buttons.cancel, action: LEVELS_ACTIONS.cancel });

  const asButtons =
    !q.multi &&
    q.options.length + nav.length <= MAX_BUTTONS &&
    q.options.every((o) => o.label.length <= MAX_BUTTON_LABEL);
  const blocks = questionBlocks(content, q, lead, asButtons);
  if (asButtons) {
    return {
      blocks,
      buttons: [
        ...q.options.map((o) => ({
          label: o.label,
          action: LEVELS_ACTIONS.answer,
          data: copyWith(token, VALUE_FIELD, o.value),
        })),
        ...nav,
      ],
    };
  }
  // The first button submits the choices (the convention typed selections rely on).
  return {
    blocks,
    buttons: [{ label: w.buttons.next, action: LEVELS_ACTIONS.answer, data: token }, ...nav],
  };
}

/**
 * A question's blocks hold no token (only its buttons do), so while nothing is ticked they are
 * the same for everyone who reaches that question with the same notice: made once per content,
 * option list (the engine's, frozen, one per question and age band) and lead, and shared
 * frozen, so channels keep their rendering of them too. Ticked answers are never kept.
 */
const sharedBlocks = new WeakMap<
  LevelsContent,
  WeakMap<readonly Option[], Map<string, ReplyBlock[]>>
>();

function questionBlocks(
  content: LevelsContent,
  q: Question,
  lead: Lead,
  asButtons: boolean,
): ReplyBlock[] {
  if (q.selected.length > 0 || !Object.isFrozen(q.options))
    return buildQuestionBlocks(content, q, lead, asButtons);
  const byOptions = cached(sharedBlocks, content, () => new WeakMap());
  const byKey = cached(byOptions, q.options, () => new Map<string, ReplyBlock[]>());
  // Everything else the blocks show follows from these (the title and prompt from the id).
  const key = `${q.id} ${q.number}/${q.total} ${lead ?? ""}`;
  return cached(byKey, key, () => shareBlocks(buildQuestionBlocks(content, q, lead, asButtons)));
}

function buildQuestionBlocks(
  content: LevelsContent,
  q: Question,
  lead: Lead,
  asButtons: boolean,
): ReplyBlock[] {
  const w = content.wording;
  const blocks: ReplyBlock[] =
    lead === "resume"
      ? [{ kind: "note", text: w.notices.resume }]
      : [...noticeBlock(content, lead)];
  if (q.first) {
    blocks.push({ kind: "heading", text: w.title }, { kind: "text", text: w.welcome });
  }
  const progress = w.progress
    .replace("{number}", String(q.number))
    .replace("{total}", String(q.total));
  blocks.push({ kind: "note", text: progress });
  if (q.title) blocks.push({ kind: "heading", text: q.title }, { kind: "text", text: q.prompt });
  else blocks.push({ kind: "heading", text: q.prompt });

  if (asButtons) {
    blocks.push({ kind: "note", text: w.singleHint });
    return blocks;
  }
  blocks.push(
    {
      kind: "choices",
      id: PICKED_FIELD,
      multi: q.multi,
      options: q.options,
      ...(q.selected.length ? { selected: q.selected } : {}),
    },
    { kind: "note", text: q.multi ? w.multiHint : w.singleHint },
  );
  return blocks;
}

function renderOutcome(
  content: LevelsContent,
  o: Outcome,
  notice: Notice | undefined,
  fill: (t: string) => string,
): Reply {
  const w = content.wording.outcome;
  const b = content.wording.buttons;
  const blocks: ReplyBlock[] = [
    ...noticeBlock(content, notice),
    {
      kind: "heading",
      text: w.heading.replace("{number}", String(o.level.number)).replace("{name}", o.level.name),
    },
    { kind: "text", text: o.level.description },
    { kind: "heading", text: w.whyHeading },
    { kind: "text", text: o.because },
    { kind: "heading", text: w.reasonsHeading },
  ];
  for (const r of o.reasons) {
    blocks.push(
      { kind: "text", text: r.title },
      {
        kind: "list",
        items: r.indicators.length ? r.indicators.map((i) => i.label) : [w.noneChosen],
      },
    );
  }
  blocks.push({
    kind: "facts",
    facts: [
      { title: "Age", value: o.age },
      { title: "Support in place", value: o.support },
      ...(o.meeting ? [{ title: "Meeting the need", value: o.meeting }] : []),
    ],
  });
  blocks.push(
    { kind: "heading", text: w.nextHeading },
    { kind: "list", items: o.level.next.map(fill) },
    { kind: "text", text: w.judgement },
    { kind: "note", text: sourceNote(content) },
  );
  const token = { [TOKEN_FIELD]: o.token };
  return {
    tone: o.level.number === 4 ? "urgent" : "normal",
    blocks,
    buttons: [
      { label: b.summary, action: LEVELS_ACTIONS.summary, data: token },
      { label: b.mash, action: "mash" },
      { label: b.change, action: LEVELS_ACTIONS.back, data: token },
      { label: b.restart, action: LEVELS_ACTIONS.restart },
    ],
  };
}

/** A short text to paste into the MARF: the level, the reasons and the support. No names. */
export function summaryText(content: LevelsContent, o: Outcome): string {
  const l = content.wording.summary.lines;
  const none = l.noneNoted;
  const lines = [
    l.level.replace("{number}", String(o.level.number)).replace("{name}", o.level.name),
    l.age.replace("{age}", o.age),
    l.danger,
    ...o.reasons.map((r) =>
      l.domain
        .replace("{domain}", r.title)
        .replace(
          "{indicators}",
          r.indicators.length ? r.indicators.map((i) => i.label).join("; ") : none,
        ),
    ),
    l.support.replace("{support}", o.support).replace("{meeting}", o.meeting ?? "not asked"),
    l.judgement,
  ];
  return lines.join("\n");
}

function renderSummary(content: LevelsContent, o: Outcome): Reply {
  const s = content.wording.summary;
  const b = content.wording.buttons;
  return {
    blocks: [
      { kind: "heading", text: s.heading },
      { kind: "note", text: s.intro },
      { kind: "text", text: summaryText(content, o) },
    ],
    buttons: [
      { label: b.mash, action: "mash" },
      { label: b.change, action: LEVELS_ACTIONS.back, data: { [TOKEN_FIELD]: o.token } },
      { label: b.restart, action: LEVELS_ACTIONS.restart },
    ],
  };
}

function renderEnded(content: LevelsContent, e: Ended, fill: (t: string) => string): Reply {
  const w = content.wording;
  const startNew: Button = { label: w.buttons.startNew, action: LEVELS_ACTIONS.start };
  switch (e.reason) {
    case "danger":
      return {
        tone: "urgent",
        blocks: [
          { kind: "heading", text: w.dangerOutcome.heading },
          ...w.dangerOutcome.text.map((t) => ({ kind: "text" as const, text: fill(t) })),
        ],
        buttons: [{ label: w.buttons.mash, action: "mash" }],
      };
    case "cancelled":
      return { blocks: [{ kind: "text", text: w.notices.cancelled }], buttons: [startNew] };
    case "expired":
      return { blocks: [{ kind: "text", text: w.notices.expired }], buttons: [startNew] };
    case "none":
      return { blocks: [{ kind: "text", text: w.notices.noCheck }], buttons: [startNew] };
  }
}

function sourceNote(content: LevelsContent): string {
  const check = content.checked ? "" : `${content.checkNote} `;
  return `${check}Source: ${displaySource(content.source)}. Reviewed ${content.reviewed}.`;
}

/** Fills {mashPhones}, {outOfHours} and {mashEmail} from the one place the numbers live. */
export function fillContacts(text: string, mash: MashContacts): string {
  return text
    .replaceAll("{mashPhones}", mash.phones.map((p) => p.number).join(" or "))
    .replaceAll("{outOfHours}", `${mash.outOfHours.team}, ${mash.outOfHours.number}`)
    .replaceAll("{mashEmail}", mash.email);
}
