import {
  dangerReply,
  type MashContacts,
  mashPhones,
  outOfHoursLine,
} from "../../src/core/contacts/mash-contacts.js";
import { displaySource } from "../../src/core/content/display-source.js";
import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { Button, Reply, ReplyBlock } from "../../src/core/reply.js";
import type { Ended, FlowResult, Notice, Outcome, Question } from "./flow-types.js";
import { LEVELS_ACTIONS, PICKED_FIELD, TOKEN_FIELD, VALUE_FIELD } from "./read-input.js";

/**
 * Answers are offered as buttons (one press) only when they fit: at most five buttons on a card
 * (the Adaptive Cards default host limit) and short labels, since Teams cuts long button titles.
 * Otherwise they become a list to pick from, with Next.
 */
const MAX_BUTTONS = 5;
const MAX_BUTTON_LABEL = 24;

/**
 * Turns what the flow returns into channel-free Replies: the wording comes from the content
 * file, the phone numbers from the MASH contacts. Every channel renders these the same way.
 */
export function renderStep(
  content: LevelsContent,
  mash: MashContacts,
  result: FlowResult,
): Reply[] {
  const { step, notice } = result;
  switch (step.kind) {
    case "question":
      return [questionReply(content, step, notice)];
    case "outcome":
      if (step.view === "summary") return [renderSummary(content, step)];
      if (step.view === "finished") return [renderFinished(content, step)];
      return [renderOutcome(content, mash, step, notice)];
    case "ended":
      return [renderEnded(content, mash, step)];
  }
}

/** The question the conversation waits on, introduced as a carry-on after an interruption. */
export function renderResume(content: LevelsContent, question: Question): Reply {
  return questionReply(content, question, "resume");
}

/** British English lists: "2", "1 and 3", "1, 2 and 4". */
const inASentence = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** Numbers as a person reads them in a sentence. */
function listNumbers(numbers: number[]): string {
  return inASentence.format(numbers.map(String));
}

function noticeText(content: LevelsContent, notice: Notice): string {
  const n = content.wording.notices;
  if (notice.kind === "added") {
    return n.added
      .replaceAll("{added}", listNumbers(notice.added))
      .replaceAll("{count}", String(notice.count))
      .replaceAll("{title}", notice.title);
  }
  return n[notice.kind];
}

function questionReply(
  content: LevelsContent,
  q: Question,
  lead: Notice | "resume" | undefined,
): Reply {
  const w = content.wording;
  const token = { [TOKEN_FIELD]: q.token };
  const nav: Button[] = [];
  if (q.canGoBack) nav.push({ label: w.buttons.back, action: LEVELS_ACTIONS.back, data: token });
  // On the second question, starting again is the same as going back, so one button is enough.
  if (q.number > 2) nav.push({ label: w.buttons.restart, action: LEVELS_ACTIONS.restart });
  nav.push({ label: w.buttons.cancel, action: LEVELS_ACTIONS.cancel });

  const blocks: ReplyBlock[] = [];
  if (lead === "resume") blocks.push({ kind: "note", text: w.notices.resume });
  else if (lead) blocks.push({ kind: "text", text: noticeText(content, lead) });
  if (q.number === 1) {
    blocks.push({ kind: "heading", text: w.title }, { kind: "text", text: w.welcome });
  }
  blocks.push({
    kind: "note",
    text: w.progress.replace("{number}", String(q.number)).replace("{total}", String(q.total)),
  });
  if (q.title) blocks.push({ kind: "heading", text: q.title }, { kind: "text", text: q.prompt });
  else blocks.push({ kind: "heading", text: q.prompt });

  const asButtons =
    !q.multi &&
    q.options.length + nav.length <= MAX_BUTTONS &&
    q.options.every((o) => o.label.length <= MAX_BUTTON_LABEL);
  if (asButtons) {
    blocks.push({ kind: "note", text: w.singleHint });
    return {
      blocks,
      buttons: [
        ...q.options.map(
          (o): Button =>
            // "Yes, in immediate danger" has its own action: pressed at any time, on any old card,
            // it gives the 999 advice again.
            q.id === "danger" && o.value === "yes"
              ? { label: o.label, action: LEVELS_ACTIONS.danger, style: "destructive" }
              : {
                  label: o.label,
                  action: LEVELS_ACTIONS.answer,
                  data: { ...token, [VALUE_FIELD]: o.value },
                },
        ),
        ...nav,
      ],
    };
  }
  const ticked = q.options.flatMap((o, i) => (q.selected.includes(o.value) ? [i + 1] : []));
  blocks.push(
    {
      kind: "choices",
      id: PICKED_FIELD,
      multi: q.multi,
      options: q.options,
      ...(q.selected.length ? { selected: q.selected } : {}),
    },
    {
      kind: "note",
      text: !q.multi
        ? w.singleHint
        : ticked.length
          ? w.multiHintTicked.replace("{ticked}", listNumbers(ticked))
          : w.multiHint,
    },
  );
  // The first button submits the choices (the convention typed selections rely on).
  return {
    blocks,
    buttons: [{ label: w.buttons.next, action: LEVELS_ACTIONS.answer, data: token }, ...nav],
  };
}

function renderOutcome(
  content: LevelsContent,
  mash: MashContacts,
  o: Outcome,
  notice: Notice | undefined,
): Reply {
  const w = content.wording.outcome;
  const b = content.wording.buttons;
  const fill = (t: string) => fillContacts(t, mash);
  const blocks: ReplyBlock[] = [];
  // Significant harm: "call 999" comes first, and largest, before the level itself.
  if (o.level.number === 4)
    blocks.push({ kind: "emergency", text: mash.callFirst, call: mash.callButton });
  if (notice) blocks.push({ kind: "text", text: noticeText(content, notice) });
  blocks.push(
    {
      kind: "heading",
      text: w.heading.replace("{number}", String(o.level.number)).replace("{name}", o.level.name),
    },
    { kind: "text", text: o.level.description },
    { kind: "heading", text: w.nextHeading },
    { kind: "list", items: o.next.map(fill) },
    { kind: "heading", text: w.whyHeading },
    { kind: "text", text: o.because },
  );
  if (o.stoppedEarly) blocks.push({ kind: "text", text: w.stoppedEarly });
  blocks.push({ kind: "heading", text: w.reasonsHeading });
  // Questions not asked (the check ended early) are left off the card; the summary lists them.
  for (const r of o.reasons) {
    if (!r.items) continue;
    blocks.push(
      { kind: "text", text: r.title },
      { kind: "list", items: r.items.length ? r.items.map((i) => i.label) : [w.noneChosen] },
    );
  }
  blocks.push(
    {
      kind: "facts",
      facts: [
        { title: w.ageLine, value: o.age },
        ...(o.support ? [{ title: w.supportLine, value: o.support }] : []),
      ],
    },
    { kind: "text", text: fill(o.alone ? w.judgementAlone : w.judgement) },
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

/** A button from an earlier card after the check ended: a short note, not the result again. */
function renderFinished(content: LevelsContent, o: Outcome): Reply {
  const b = content.wording.buttons;
  const token = { [TOKEN_FIELD]: o.token };
  return {
    blocks: [
      {
        kind: "text",
        text: content.wording.notices.finished
          .replace("{number}", String(o.level.number))
          .replace("{name}", o.level.name),
      },
    ],
    buttons: [
      { label: b.summary, action: LEVELS_ACTIONS.summary, data: token },
      { label: b.change, action: LEVELS_ACTIONS.back, data: token },
      { label: b.restart, action: LEVELS_ACTIONS.restart },
    ],
  };
}

/** A short text to paste into the MARF: the level, the reasons and the help in place. No names. */
export function summaryText(content: LevelsContent, o: Outcome): string {
  const l = content.wording.summary.lines;
  const lines = [
    l.level.replace("{number}", String(o.level.number)).replace("{name}", o.level.name),
    l.age.replace("{age}", o.age),
    l.danger,
    ...o.reasons.map((r) =>
      l.domain
        .replace("{domain}", r.title)
        .replace(
          "{indicators}",
          !r.items
            ? l.notAsked
            : r.items.length
              ? r.items.map((i) => i.label).join("; ")
              : l.noneNoted,
        ),
    ),
    l.support.replace("{support}", o.support ?? l.notAsked),
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

function renderEnded(content: LevelsContent, mash: MashContacts, e: Ended): Reply {
  const w = content.wording;
  const startNew: Button = { label: w.buttons.startNew, action: LEVELS_ACTIONS.start };
  switch (e.reason) {
    case "danger":
      return dangerReply(mash);
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
    .replaceAll("{mashPhones}", mashPhones(mash))
    .replaceAll("{outOfHours}", outOfHoursLine(mash))
    .replaceAll("{mashEmail}", mash.email);
}
