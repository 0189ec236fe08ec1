import { validateAdaptiveCard } from "../../support/validate-adaptive-card.js";

/**
 * What must never reach a person: a stack frame, a file path on the server, or a raw error name.
 * Echoed input is allowed to contain anything the person typed, so only text that was not in the
 * input counts.
 */
const LEAKS = [
  /\bat [^\s()]+ \([^()]*:\d+(:\d+)?\)/g, // "at fn (file:line:col)"
  /\bat (file:\/\/|\/)[^\s]*:\d+/g, // "at /path/file.js:10:5"
  /\/work\/[^\s"]*/g,
  /node_modules[^\s"]*/g,
  /file:\/\/[^\s"]*/g,
  /(^|\n)\s*\w*Error:/g,
  /\b(TypeError|RangeError|SyntaxError|ReferenceError|ZodError|StoreError)\b/g,
];

export function leaksIn(output: string, input = ""): string[] {
  const found: string[] = [];
  for (const pattern of LEAKS) {
    for (const m of output.matchAll(pattern)) {
      if (!input.includes(m[0].trim())) found.push(m[0]);
    }
  }
  return found;
}

/** Every string anywhere in a value (a card, a Slack body), for the leak check. */
export function allStrings(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/** Teams refuses a message over about 28 KB (413 from the connector). */
export const TEAMS_MAX_ACTIVITY_BYTES = 28 * 1024;

/** A reply activity as Teams needs it: a message with text or a valid Adaptive Card, small enough. */
export function teamsActivityProblems(activity: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (activity.type !== "message") problems.push(`type ${String(activity.type)}`);
  const attachments = activity.attachments as
    | { contentType?: string; content?: unknown }[]
    | undefined;
  const text = activity.text;
  if (!attachments?.length) {
    if (typeof text !== "string" || text.trim() === "") problems.push("neither text nor a card");
  } else {
    for (const a of attachments) {
      if (a.contentType !== "application/vnd.microsoft.card.adaptive")
        problems.push(`attachment ${a.contentType}`);
      else problems.push(...validateAdaptiveCard(a.content));
    }
  }
  const size = Buffer.byteLength(JSON.stringify(activity));
  if (size > TEAMS_MAX_ACTIVITY_BYTES) problems.push(`${size} bytes`);
  return problems;
}
