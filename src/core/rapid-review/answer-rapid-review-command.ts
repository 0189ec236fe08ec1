import type { Reply, ReplyBlock } from "../reply.js";
import type { CommandMessages } from "./command-messages.js";
import { formatShortDate } from "./format-date.js";
import { parseUserDate } from "./parse-date.js";
import type {
  PanelPort,
  RegisterOutcome,
  ReviewRegisterPort,
  ReviewView,
  Said,
} from "./rapid-review-ports.js";
import { fillTemplate } from "./register-messages.js";
import { summariseReview } from "./summarise-review.js";
import { isReviewKind, type Milestone } from "./types.js";
import { londonDate } from "./working-days.js";

export interface RapidReviewDeps {
  register: ReviewRegisterPort;
  /** Undefined when no panel channel is set up: reading works, changing does not. */
  panel?: PanelPort;
  messages: CommandMessages;
  now: () => Date;
}

/** What the person who typed the command (or pressed the button) is shown. */
export type RapidReviewAnswer =
  | { kind: "reply"; reply: Reply }
  | { kind: "timeline"; review: ReviewView; timeline: Milestone[] }
  | { kind: "said"; said: Said };

/** The subcommands that change the register: they check the panel and post to it. */
export const CHANGING_SUBCOMMANDS = ["start", "done", "publication", "close"] as const;

/** Whether the words typed ask for a change (which takes a round trip to the chat's servers). */
export function isChangingCommand(text: string): boolean {
  const sub = text.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return (CHANGING_SUBCOMMANDS as readonly string[]).includes(sub);
}

type Form = keyof CommandMessages["forms"];

/**
 * `<subcommand> ...` of the rapid review command: reads the words, checks who may change the
 * register, and does it. Returns what the person who typed it sees; timelines and changes are
 * also announced to the panel so the whole panel sees them. Every mistake says what was wrong
 * and shows the right form; nothing is changed by a command with a mistake in it. A store that
 * cannot be written throws, and the channel says so.
 */
export async function answerRapidReviewCommand(
  text: string,
  userId: string,
  deps: RapidReviewDeps,
): Promise<RapidReviewAnswer> {
  const m = deps.messages;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const sub = (words[0] ?? "help").toLowerCase();
  const args = words.slice(1);

  if (sub === "help" || sub === "?") return reply(helpReply(m));
  if (sub === "list") return reply(await listReply(deps));
  if (sub === "show") {
    if (args.length !== 1) return formError(m, args.length === 0 ? "missing" : "tooMany", "show");
    const found = await deps.register.get(args[0] ?? "");
    if (!found.ok) return errorWithForm(m, found.message, "show");
    return { kind: "timeline", review: found.review, timeline: found.timeline };
  }
  if (!(CHANGING_SUBCOMMANDS as readonly string[]).includes(sub)) {
    return reply({
      blocks: [
        {
          kind: "text",
          text: fillTemplate(m.errors.unknownSubcommand, { given: sub.slice(0, 30) }),
        },
        ...helpBlocks(m),
      ],
    });
  }

  // Changes: only the panel. Checked before the words, so a refusal is the same for everyone.
  const refusal = await checkPanel(userId, deps);
  if (refusal) return refusal;
  const panel = deps.panel as PanelPort;

  const now = deps.now();
  switch (sub) {
    case "start": {
      if (args.length < 3) return formError(m, "missing", "start", true);
      // Extra words belong to the case reference ("Jane Smith 18/12/2026 child"): let its check
      // say that it looks like a name rather than just "too many words".
      const kind = (args.at(-1) ?? "").toLowerCase();
      const dateText = args.at(-2) ?? "";
      const caseRef = args.slice(0, -2).join(" ");
      if (!isReviewKind(kind)) {
        return errorWithForm(
          m,
          fillTemplate(m.errors.badKind, { given: kind.slice(0, 30) }),
          "start",
        );
      }
      const date = parseUserDate(dateText, now);
      if (!date.ok) return errorWithForm(m, date.message, "start");
      const started = await deps.register.start({
        caseRef,
        received: date.date,
        kind,
        by: userId,
        now,
      });
      if (!started.ok) {
        return errorWithForm(m, started.message, "start", started.code === "bad-case-ref");
      }
      const posted = await panel.announce({
        kind: "timeline",
        review: started.review,
        timeline: started.timeline,
      });
      return said(posted ? m.started : m.startedPostFailed, {
        ref: started.review.caseRef,
        id: started.review.id,
      });
    }
    case "done": {
      if (args.length !== 2) return formError(m, args.length < 2 ? "missing" : "tooMany", "done");
      const result = await deps.register.markDone(args[0] ?? "", args[1] ?? "", userId, now);
      if (!result.ok) return errorWithForm(m, result.message, "done");
      const answer = doneAnswer(result, userId, m);
      if (!result.alreadyDone) await panel.announce({ kind: "said", said: answer.said });
      return answer;
    }
    case "publication": {
      if (args.length !== 2) {
        return formError(m, args.length < 2 ? "missing" : "tooMany", "publication");
      }
      const date = parseUserDate(args[1] ?? "", now);
      if (!date.ok) return errorWithForm(m, date.message, "publication");
      const result = await deps.register.setPublication(args[0] ?? "", date.date);
      if (!result.ok) return errorWithForm(m, result.message, "publication");
      // The national panel step appears now: show the timeline again so it has a button.
      await panel.announce({ kind: "timeline", review: result.review, timeline: result.timeline });
      return reply({
        blocks: [
          {
            kind: "text",
            text: fillTemplate(m.publicationSet, {
              ref: result.review.caseRef,
              date: formatShortDate(date.date),
            }),
          },
        ],
      });
    }
    default: {
      if (args.length !== 1) return formError(m, args.length < 1 ? "missing" : "tooMany", "close");
      const result = await deps.register.close(args[0] ?? "", userId, now);
      if (!result.ok) return errorWithForm(m, result.message, "close");
      const closed: Said = {
        template: m.closed,
        vars: { ref: result.review.caseRef },
        who: userId,
      };
      await panel.announce({ kind: "said", said: closed });
      return { kind: "said", said: closed };
    }
  }
}

/** A Mark done button pressed: the same checks and change as `done`, for the button's step. */
export async function markStepDone(
  press: { id: string; milestone: string; userId: string },
  deps: RapidReviewDeps,
): Promise<
  | { done: false; answer: RapidReviewAnswer }
  | {
      done: true;
      answer: RapidReviewAnswer & { kind: "said" };
      review: ReviewView;
      milestone: Milestone;
    }
> {
  const refusal = await checkPanel(press.userId, deps);
  if (refusal) return { done: false, answer: refusal };
  const result = await deps.register.markDone(press.id, press.milestone, press.userId, deps.now());
  // A stale button (review closed, step gone): harmless; say why and change nothing.
  if (!result.ok)
    return { done: false, answer: reply({ blocks: [{ kind: "text", text: result.message }] }) };
  return {
    done: true,
    answer: doneAnswer(result, press.userId, deps.messages),
    review: result.review,
    milestone: result.milestone,
  };
}

/** Nobody off the panel changes the register, and nothing changes if the chat cannot say who is on it. */
async function checkPanel(
  userId: string,
  deps: RapidReviewDeps,
): Promise<RapidReviewAnswer | undefined> {
  const m = deps.messages;
  if (!deps.panel) return reply({ blocks: [{ kind: "text", text: m.errors.noPanelChannel }] });
  const check = await deps.panel.isMember(userId);
  if (!check.ok) return reply({ blocks: [{ kind: "text", text: m.errors.panelCheckFailed }] });
  if (!check.member) return said(m.errors.notPanelMember, {});
  return undefined;
}

function doneAnswer(
  result: Extract<
    RegisterOutcome<{ review: ReviewView; milestone: Milestone; alreadyDone: boolean }>,
    { ok: true }
  >,
  userId: string,
  m: CommandMessages,
): RapidReviewAnswer & { kind: "said" } {
  const vars = { milestone: result.milestone.title, ref: result.review.caseRef };
  if (result.alreadyDone) return { kind: "said", said: { template: m.alreadyDone, vars } };
  return { kind: "said", said: { template: m.markedDone, vars, who: userId } };
}

function reply(r: Reply): RapidReviewAnswer {
  return { kind: "reply", reply: r };
}

function said(template: string, vars: Record<string, string | number>): RapidReviewAnswer {
  return { kind: "said", said: { template, vars } };
}

function formError(
  m: CommandMessages,
  what: "missing" | "tooMany",
  form: Form,
  withCaseRefRule = false,
): RapidReviewAnswer {
  return errorWithForm(m, m.errors[what], form, withCaseRefRule);
}

function errorWithForm(
  m: CommandMessages,
  error: string,
  form: Form,
  withCaseRefRule = false,
): RapidReviewAnswer {
  return reply({
    blocks: [
      { kind: "text", text: error },
      { kind: "text", text: `${m.formLabel} \`${m.forms[form]}\`` },
      ...(form === "start" || form === "publication"
        ? [{ kind: "note" as const, text: m.dates }]
        : []),
      ...(withCaseRefRule ? [{ kind: "note" as const, text: m.caseRefRule }] : []),
    ],
  });
}

function helpBlocks(m: CommandMessages): ReplyBlock[] {
  return [
    { kind: "facts", facts: m.commands.map((c) => ({ title: c.form, value: c.description })) },
    { kind: "text", text: m.caseRefRule },
    { kind: "note", text: `${m.dates} ${m.whoMayChange}` },
  ];
}

/** The help for the rapid review commands. */
export function helpReply(m: CommandMessages): Reply {
  return {
    blocks: [
      { kind: "heading", text: m.heading },
      { kind: "text", text: m.intro },
      ...helpBlocks(m),
    ],
  };
}

async function listReply(deps: RapidReviewDeps): Promise<Reply> {
  const m = deps.messages;
  const today = londonDate(deps.now());
  const open = await deps.register.list({ open: true });
  if (open.length === 0) return { blocks: [{ kind: "text", text: m.noneOpen }] };
  const items = open.map((review) => {
    const { next, overdue } = summariseReview(review, deps.register.timeline(review), today);
    const item = fillTemplate(m.listItem, {
      id: review.id,
      ref: review.caseRef,
      kind: review.kind,
      received: formatShortDate(review.received),
    });
    const nextText = next
      ? ` ${fillTemplate(m.listNext, { title: next.title, date: formatShortDate(next.due) })}`
      : "";
    const late = overdue.length
      ? ` ${fillTemplate(m.listOverdue, { titles: overdue.map((o) => o.title).join("; ") })}`
      : "";
    return `${item}${nextText}${late}`;
  });
  return {
    blocks: [
      { kind: "heading", text: m.listHeading },
      { kind: "list", items },
    ],
  };
}
