import type { TurnInput } from "../../core/assistant/turn.js";
import { BUTTON_ACTION_PREFIX, CHOICE_ACTION_PREFIX } from "./render-blocks.js";

/** Marks a press whose value we cannot read, so the assistant answers it as an old button. */
export const UNKNOWN_ACTION = "__unknown__";

interface SelectedOption {
  value?: unknown;
}
interface StateValue {
  type?: string;
  selected_options?: SelectedOption[];
  selected_option?: SelectedOption | null;
}
export interface BlockActionBody {
  actions?: { action_id?: string; value?: string; type?: string }[];
  state?: { values?: Record<string, Record<string, StateValue>> };
}

/**
 * Turns a Block Kit button press into channel-free input: the button's JSON value gives the
 * action and its data, and ticked checkboxes or picked radio buttons elsewhere in the message
 * are added under their choice id, as the Teams card's submit would carry them. Payloads come
 * from Slack's clients, which we do not control, so anything odd reads as an unknown button.
 */
export function readBlockAction(body: BlockActionBody): TurnInput | undefined {
  const action = body.actions?.[0];
  if (!action?.action_id?.startsWith(BUTTON_ACTION_PREFIX)) return undefined;
  const data: Record<string, string> = {};
  let name: string | undefined;
  try {
    const parsed: unknown = JSON.parse(action.value ?? "");
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
        if (key === "action") {
          if (typeof v === "string" && v.length > 0 && v.length <= 100) name = v;
        } else if (typeof v === "string") data[key] = v.slice(0, 2000);
      }
    }
  } catch {
    // Not JSON: an old or foreign button; answered below as unknown.
  }
  Object.assign(data, readChoices(body));
  return { text: "", action: name ?? UNKNOWN_ACTION, data };
}

/** The current selection of every choice element in the message, by choice id. */
export function readChoices(body: BlockActionBody): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of Object.values(body.state?.values ?? {})) {
    for (const [actionId, state] of Object.entries(block ?? {})) {
      // Only objects of the shape Slack documents are read; anything else reads as nothing picked.
      if (!actionId.startsWith(CHOICE_ACTION_PREFIX) || !state || typeof state !== "object")
        continue;
      const id = actionId.slice(CHOICE_ACTION_PREFIX.length);
      const picked = Array.isArray(state.selected_options)
        ? state.selected_options
        : state.selected_option
          ? [state.selected_option]
          : [];
      out[id] = picked
        .map((o) => o?.value)
        .filter((v): v is string => typeof v === "string")
        .join(",");
    }
  }
  return out;
}
