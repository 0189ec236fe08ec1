import { normaliseText } from "../assistant/recognize-command.js";
import type { TurnInput } from "../assistant/turn.js";
import { cached } from "../cached.js";
import type { LevelsContent } from "./content.js";
import type { FlowInput, Option, Outcome, Question } from "./engine.js";
import { LEVELS_ACTIONS, PICKED_FIELD, TOKEN_FIELD, VALUE_FIELD } from "./render-step.js";

/**
 * Reads one turn's input as an input for the check: a button press (with its step token), or
 * typed words ("back", "start again"), numbers ("1, 3") or labels. Returns undefined when the
 * input is not for the check, so the assistant can answer it (a question, "mash") instead.
 */
export function readFlowInput(
  content: LevelsContent,
  input: TurnInput,
  current: Question | Outcome | undefined,
): FlowInput | undefined {
  const token = input.data[TOKEN_FIELD];
  switch (input.action) {
    case LEVELS_ACTIONS.start:
      return { kind: "begin" };
    case LEVELS_ACTIONS.answer: {
      const raw = input.data[VALUE_FIELD] ?? input.data[PICKED_FIELD] ?? "";
      const values = raw
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "");
      return { kind: "choose", values, token };
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
  const w = wordsOf(content);
  const said = (words: Set<string>) => words.has(typed);
  if (said(w.start)) return { kind: "begin" };
  // Without a check under way, typed words are for someone else ("back" could mean anything).
  if (!current) return undefined;
  if (said(w.restart)) return { kind: "restart" };
  if (said(w.cancel)) return { kind: "cancel" };
  if (said(w.back)) return { kind: "back" };
  if (current.kind === "outcome") return said(w.summary) ? { kind: "summary" } : undefined;

  if (current.multi && said(w.none)) return { kind: "choose", values: [] };
  const picked = pickOptions(content, current, input.text);
  if (picked) return { kind: "choose", values: picked };
  // Numbers or a list that fit no option: an answer gone wrong, not a question for someone else.
  if (/^[\d\s,;]+$/.test(input.text.trim()) || /^\d+(\s*(,|and)\s*\d+)+$/.test(typed))
    return { kind: "unclear" };
  return undefined;
}

/** "2", "1, 3", "1 and 3", a label, or an alias from the content file; undefined if any part fits nothing. */
function pickOptions(content: LevelsContent, q: Question, text: string): string[] | undefined {
  const aliases = aliasesFor(content, q);
  const labels = labelsOf(q.options);
  const match = (part: string): string | undefined => {
    const p = normaliseText(part);
    if (/^\d{1,2}$/.test(p)) return q.options[Number(p) - 1]?.value;
    const byLabel = q.options.find((o, i) => labels[i] === p || o.value === p);
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

// What typed text is compared with comes from the content alone, so it is normalised once per
// content (or per option list, which the engine makes once per content), not on every turn.
// Typed text itself is never kept.

type Words = Record<keyof LevelsContent["words"], Set<string>>;
const typedWords = new WeakMap<LevelsContent, Words>();
function wordsOf(content: LevelsContent): Words {
  let words = typedWords.get(content);
  if (!words) {
    const set = (list: string[]) => new Set(list.map(normaliseText));
    const w = content.words;
    words = {
      start: set(w.start),
      back: set(w.back),
      restart: set(w.restart),
      cancel: set(w.cancel),
      none: set(w.none),
      summary: set(w.summary),
    };
    typedWords.set(content, words);
  }
  return words;
}

const normalisedLabels = new WeakMap<readonly Option[], string[]>();
function labelsOf(options: readonly Option[]): string[] {
  let labels = normalisedLabels.get(options);
  if (!labels) {
    labels = options.map((o) => normaliseText(o.label));
    // Only lists that cannot change are kept (the engine's are frozen): a list changed after
    // being seen here would otherwise be matched against its old labels.
    if (Object.isFrozen(options)) normalisedLabels.set(options, labels);
  }
  return labels;
}

type Aliases = { value: string; words: string[] }[];
const aliasLists = new WeakMap<LevelsContent, Map<Question["id"], Aliases>>();
function aliasesFor(content: LevelsContent, q: Question): Aliases {
  const byQuestion = cached(aliasLists, content, () => new Map());
  let aliases = byQuestion.get(q.id);
  if (!aliases) {
    const lists: Partial<Record<Question["id"], { id: string; aliases?: string[] }[]>> = {
      danger: content.danger,
      age: content.ageBands,
      support: content.support.options,
      meeting: content.support.meeting,
    };
    const list = lists[q.id] ?? [];
    aliases = list.map((o) => ({ value: o.id, words: (o.aliases ?? []).map(normaliseText) }));
    // Domain questions have no aliases; only the four fixed questions are kept, so the map
    // cannot grow with whatever step ids a state names.
    if (q.id in lists) byQuestion.set(q.id, aliases);
  }
  return aliases;
}
