import { normaliseText } from "./recognize-command.js";
import type { LastPrompt, TurnInput } from "./turn.js";

/**
 * Field added to the data of a press that was typed rather than pressed ("2", "1, 3", "Next"),
 * so a flow can tell them apart: typed numbers on a list that already has ticks add to them,
 * where a pressed Next sends the list as it stands.
 */
export const TYPED_FIELD = "typed";

/**
 * Every button can also be answered by typing its label or its number, and a list of choices by
 * typing their numbers or labels ("1, 3"). This turns such typed text into the press it stands
 * for, using what the last reply offered. Numbers refer to the choices when the last reply had
 * choices, and to the buttons otherwise: the same rule every renderer numbers by.
 */
export function resolveTypedInput(input: TurnInput, prompt: LastPrompt | undefined): TurnInput {
  if (input.action || !prompt || input.text === "") return input;
  const typed = normaliseText(input.text);
  const press = (
    button: { action: string; data?: Record<string, string> },
    extra: Record<string, string> = {},
  ): TurnInput => ({
    text: input.text,
    action: button.action,
    data: { ...button.data, ...extra, [TYPED_FIELD]: "1" },
  });

  const byLabel = prompt.buttons.find((b) => normaliseText(b.label) === typed);
  if (byLabel) return press(byLabel);

  if (prompt.choices && prompt.submitWith) {
    const picked = pickChoices(input.text, prompt.choices.options);
    if (picked && (prompt.choices.multi || picked.length === 1)) {
      return press(prompt.submitWith, { [prompt.choices.id]: picked.join(",") });
    }
    return input;
  }

  if (/^\d{1,2}$/.test(typed)) {
    const button = prompt.buttons[Number(typed) - 1];
    if (button) return press(button);
  }
  return input;
}

type Options = NonNullable<LastPrompt["choices"]>["options"];

/** The option whose label or value is this normalised text. */
function optionNamed(options: Options, typed: string): Options[number] | undefined {
  return options.find((o) => normaliseText(o.label) === typed || normaliseText(o.value) === typed);
}

/** "1, 3", "1 and 3", "2" or exact labels separated by commas; undefined if any part is unknown. */
function pickChoices(text: string, options: Options): string[] | undefined {
  const exact = optionNamed(options, normaliseText(text));
  if (exact) return [exact.value];
  const parts = text
    .split(/,|;|\band\b|\s+(?=\d)/i)
    .map((p) => normaliseText(p))
    .filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    const option = /^\d{1,2}$/.test(part) ? options[Number(part) - 1] : optionNamed(options, part);
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
