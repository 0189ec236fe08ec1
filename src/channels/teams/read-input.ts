import type { Activity } from "botbuilder";
import type { TurnInput } from "../../core/assistant/turn.js";

/** Marks a card submit whose shape we do not recognise, so the assistant can say so kindly. */
export const UNKNOWN_ACTION = "__unknown__";

/**
 * Turns a Teams message (typed text, or an Adaptive Card submit in `value`) into channel-free
 * input. Card payloads come from clients we do not control: anything that is not a plain object
 * of strings, numbers, booleans or string arrays is treated as an unknown button.
 */
export function readTeamsInput(activity: Partial<Activity>, text: string | undefined): TurnInput {
  // The turn runner cleans the text (sanitiseInput); here it is only read.
  const typed = text ?? "";
  const value = activity.value;
  if (value === undefined || value === null) return { text: typed, data: {} };
  return { text: typed, ...readSubmit(value) };
}

export function readSubmit(value: unknown): Pick<TurnInput, "action" | "data"> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { action: UNKNOWN_ACTION, data: {} };
  }
  const data: Record<string, string> = {};
  let action: string | undefined;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "msteams") continue;
    if (key === "action") {
      if (typeof v === "string" && v.length > 0 && v.length <= 100) action = v;
      continue;
    }
    if (typeof v === "string") data[key] = v.slice(0, 2000);
    else if (typeof v === "number" || typeof v === "boolean") data[key] = String(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) data[key] = v.join(",");
  }
  return { action: action ?? UNKNOWN_ACTION, data };
}
