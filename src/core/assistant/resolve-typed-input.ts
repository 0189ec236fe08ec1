import { copyWith } from "../copy-with.js";
import { NORMAL_FORM } from "./recognize-command.js";
import type { LastPrompt, TurnInput } from "./turn.js";

/** Lower case, punctuation to spaces, spaces collapsed: how typed text meets a label. */
export const normalise = (s: string) =>
  NORMAL_FORM.test(s)
    ? s
    : s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s]/gu, " ")
        .replace(/\s+/g, " ")
        .trim();

// Every turn compares the typed text with each button and choice label of the last reply. The
// labels come from a few hundred content strings, so each is normalised once, not every turn.
// (Only labels are kept here: typed text is never cached, as it may name a child.)
const NORMALISED_LIMIT = 5_000;
const normalised = new Map<string, string>();
function norm(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    n = normalise(s);
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    normalised.set(s, n);
  }
  return n;
}

/**
 * Every button can also be answered by typing its label or its number, and a list of choices by
 * typing their numbers or labels ("1, 3"). This turns such typed text into the press it stands
 * for, using what the last reply offered. Numbers refer to the choices when the last reply had
 * choices, and to the buttons otherwise: the same rule every renderer numbers by.
 */
export function resolveTypedInput(input: TurnInput, prompt: LastPrompt | undefined): TurnInput {
  if (input.action || !prompt || input.text === "") return input;
  const typed = normalise(input.text);

  const byLabel = prompt.buttons.find((b) => norm(b.label) === typed);
  if (byLabel) return { text: input.text, action: byLabel.action, data: { ...byLabel.data } };

  if (prompt.choices && prompt.submitWith) {
    const picked = pickChoices(input.text, prompt.choices);
    if (picked && (prompt.choices.multi || picked.length === 1)) {
      return {
        text: input.text,
        action: prompt.submitWith.action,
        data: copyWith(prompt.submitWith.data, prompt.choices.id, picked.join(",")),
      };
    }
    return input;
  }

  if (/^\d{1,2}$/.test(typed)) {
    const button = prompt.buttons[Number(typed) - 1];
    if (button) return { text: input.text, action: button.action, data: { ...button.data } };
  }
  return input;
}

type Options = NonNullable<LastPrompt["choices"]>["options"];

/**
 * Each option's label and value as typed text meets them. A question's options are content,
 * shared (frozen) by every turn that asks it, so theirs are worked out once per options list
 * rather than looked up label by label on every turn.
 */
const normalisedOptions = new WeakMap<Options, { labels: string[]; values: string[] }>();
function optionForms(options: Options): { labels: string[]; values: string[] } {
  let forms = normalisedOptions.get(options);
  if (!forms) {
    forms = {
      labels: options.map((o) => norm(o.label)),
      values: options.map((o) => norm(o.value)),
    };
    if (Object.isFrozen(options)) normalisedOptions.set(options, forms);
  }
  return forms;
}

/** The option whose label or value is this normalised text. */
function optionNamed(options: Options, typed: string): Options[number] | undefined {
  const { labels, values } = optionForms(options);
  for (let i = 0; i < options.length; i++)
    if (labels[i] === typed || values[i] === typed) return options[i];
  return undefined;
}

/** "1, 3", "1 and 3", "2" or exact labels separated by commas; undefined if any part is unknown. */
function pickChoices(
  text: string,
  choices: NonNullable<LastPrompt["choices"]>,
): string[] | undefined {
  const whole = normalise(text);
  const exact = optionNamed(choices.options, whole);
  if (exact) return [exact.value];
  const parts = text
    .split(/,|;|\band\b|\s+(?=\d)/i)
    .map((p) => normalise(p))
    .filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    let option: (typeof choices.options)[number] | undefined;
    if (/^\d{1,2}$/.test(part)) option = choices.options[Number(part) - 1];
    else option = optionNamed(choices.options, part);
    if (!option) return undefined;
    if (!values.includes(option.value)) values.push(option.value);
  }
  return values;
}

/** Records what a reply offered, for the next turn's typed answers. */
export function promptOf(reply: {
  buttons?: LastPrompt["buttons"];
  blocks: { kind: string }[];
}): LastPrompt | undefined {
  const choices = reply.blocks.find(
    (b): b is { kind: "choices" } & NonNullable<LastPrompt["choices"]> => b.kind === "choices",
  );
  const buttons = reply.buttons ?? [];
  if (!choices && buttons.length === 0) return undefined;
  return {
    buttons,
    choices: choices
      ? { id: choices.id, multi: choices.multi, options: choices.options }
      : undefined,
    submitWith:
      choices && buttons[0] ? { action: buttons[0].action, data: buttons[0].data } : undefined,
  };
}
