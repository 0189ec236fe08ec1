import { normaliseText } from "../../src/core/assistant/recognize-command.js";
import { TYPED_FIELD } from "../../src/core/assistant/resolve-typed-input.js";
import type { TurnInput } from "../../src/core/assistant/turn.js";
import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { FlowInput, Question } from "./flow-types.js";

/** Button actions of the check. "levels" itself is the menu's start button. */
export const LEVELS_ACTIONS = {
  start: "levels",
  answer: "levels:answer",
  /** "Yes, in immediate danger": its own action, so an old card's press still gets the advice. */
  danger: "levels:danger",
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
 * Reads one turn's input as an input for the check: a button press (with its step token), or
 * typed words ("back", "start again"), numbers ("1, 3") or labels. Returns undefined when the
 * input is not for the check, so the assistant can answer it (a question, "mash") instead.
 *
 * Typed numbers and button labels usually arrive already turned into a press by the assistant
 * (resolveTypedInput, from what the last card offered), marked as typed.
 */
export function readFlowInput(
  content: LevelsContent,
  input: TurnInput,
  current: Question | "finished" | undefined,
): FlowInput | undefined {
  const token = input.data[TOKEN_FIELD];
  switch (input.action) {
    case LEVELS_ACTIONS.start:
      return { kind: "begin" };
    case LEVELS_ACTIONS.danger:
      return { kind: "danger" };
    case LEVELS_ACTIONS.answer: {
      const raw = input.data[VALUE_FIELD] ?? input.data[PICKED_FIELD];
      // Next without the list (typed "next", or a client that leaves an untouched list out):
      // carry on with what is ticked, never lose it.
      if (raw === undefined) return { kind: "keep", token };
      const values = raw
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      return { kind: "choose", values, token, add: input.data[TYPED_FIELD] !== undefined };
    }
    case LEVELS_ACTIONS.back:
      return { kind: "back", token };
    case LEVELS_ACTIONS.restart:
      return { kind: "restart" };
    case LEVELS_ACTIONS.cancel:
      return { kind: "cancel" };
    case LEVELS_ACTIONS.summary:
      return { kind: "summary", token };
  }
  if (input.action) return undefined;

  const typed = normaliseText(input.text);
  if (typed === "") return undefined;
  const said = (words: string[]) => words.some((w) => normaliseText(w) === typed);
  const w = content.words;
  if (said(w.start)) return { kind: "begin" };
  // Without a check under way, typed words are for someone else ("back" could mean anything).
  if (!current) return undefined;
  if (said(w.restart)) return { kind: "restart" };
  if (said(w.cancel)) return { kind: "cancel" };
  if (said(w.back)) return { kind: "back" };
  if (current === "finished") return said(w.summary) ? { kind: "summary" } : undefined;

  if (current.multi && said(w.none)) return { kind: "choose", values: [] };
  if (current.multi && said(w.next)) return { kind: "keep" };
  const picked = pickOptions(content, current, input.text);
  if (picked) return { kind: "choose", values: picked, add: true };
  // Numbers or a list that fit no option: an answer gone wrong, not a question for someone else.
  if (/^[\d\s,;]+$/.test(input.text.trim()) || /^\d+(\s*(,|and)\s*\d+)+$/.test(typed))
    return { kind: "unclear" };
  return undefined;
}

/** "2", "1, 3", "1 and 3", a label, or an alias from the content file; undefined if any part fits nothing. */
function pickOptions(content: LevelsContent, q: Question, text: string): string[] | undefined {
  const aliases = aliasesFor(content, q);
  const match = (part: string): string | undefined => {
    const p = normaliseText(part);
    if (/^\d{1,2}$/.test(p)) return q.options[Number(p) - 1]?.value;
    const byLabel = q.options.find((o) => normaliseText(o.label) === p || o.value === p);
    if (byLabel) return byLabel.value;
    return aliases.find((a) => a.words.includes(p))?.value;
  };
  const whole = match(text);
  if (whole) return [whole];
  const parts = text
    .split(/,|;|\band\b|\s+(?=\d)/i)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2 || !q.multi) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    const v = match(part);
    if (!v) return undefined;
    if (!values.includes(v)) values.push(v);
  }
  return values;
}

/** Other words people type for the answers to the single-answer questions. */
function aliasesFor(content: LevelsContent, q: Question): { value: string; words: string[] }[] {
  const lists: Partial<Record<Question["id"], { id: string; aliases?: string[] }[]>> = {
    danger: content.danger,
    age: content.ageBands,
    support: content.support.options,
  };
  return (lists[q.id] ?? []).map((o) => ({
    value: o.id,
    words: (o.aliases ?? []).map(normaliseText),
  }));
}
