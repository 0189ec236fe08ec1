import { z } from "zod";

/**
 * The shapes of the signed requests this app acts on, checked before Bolt sees them. Bolt trusts
 * a signed body's shape and fails deep inside (a 500, or a 404 after three seconds) when an event
 * is a string, `actions` is an object or `view` is null; here such a body is named and dropped.
 * Only the fields we rely on are checked; Slack adds fields freely.
 */
const id = z.string().min(1).max(255);

const eventCallback = z.object({
  type: z.literal("event_callback"),
  team_id: z.string().max(255).optional(),
  event_id: id,
  event: z.object({ type: z.string().min(1).max(100) }),
});

const slashCommand = z.object({
  command: z.string().min(1).max(100),
  text: z.string(),
  user_id: id,
  channel_id: id,
  team_id: z.string().max(255).optional(),
  // Slack gives every command and press a trigger id: it is what makes a replay recognisable.
  // (A body without one was not sent by Slack, and its signature cannot be made without the secret.)
  trigger_id: id.optional(),
  response_url: z.string().max(2000).optional(),
});

const blockActions = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id }),
  team: z
    .object({ id: z.string().max(255) })
    .nullable()
    .optional(),
  trigger_id: id,
  actions: z
    .array(
      z.object({
        action_id: z.string().max(255),
        value: z.string().optional(),
      }),
    )
    .min(1),
  channel: z
    .object({ id: z.string().max(255) })
    .nullable()
    .optional(),
  response_url: z.string().max(2000).optional(),
  message: z.object({}).nullable().optional(),
  state: z.object({ values: z.record(z.string(), z.unknown()).optional() }).optional(),
});

/** Interactions the app registers no listener for: acknowledged so Slack does not wait. */
const UNHANDLED_TYPES = new Set([
  "view_submission",
  "view_closed",
  "shortcut",
  "message_action",
  "block_suggestion",
  "interactive_message",
  "dialog_submission",
  "dialog_cancellation",
]);

export type SlackRequest =
  /** One of ours: `key` identifies it, so a replay or one of Slack's retries is run once. */
  | { kind: "event" | "command" | "action"; key?: string }
  /** Well formed, but nothing here handles it. */
  | { kind: "unhandled"; type: string }
  /** Signed but not a shape Slack sends: `problem` names the field, never its content. */
  | { kind: "malformed"; problem: string };

/** Which kind of request a parsed, signed body is, and the key that identifies it. */
export function readSlackRequest(body: unknown): SlackRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { kind: "malformed", problem: `body is ${body === null ? "null" : typeof body}` };
  }
  const b = body as Record<string, unknown>;
  if ("event" in b) {
    const parsed = eventCallback.safeParse(b);
    if (!parsed.success) return { kind: "malformed", problem: problemOf(parsed.error) };
    const e = parsed.data;
    return { kind: "event", key: `slack:event:${e.team_id ?? ""}:${e.event_id}` };
  }
  if ("command" in b) {
    const parsed = slashCommand.safeParse(b);
    if (!parsed.success) return { kind: "malformed", problem: problemOf(parsed.error) };
    return { kind: "command", key: triggerKey(parsed.data.trigger_id) };
  }
  if (b.type === "block_actions") {
    const parsed = blockActions.safeParse(b);
    if (!parsed.success) return { kind: "malformed", problem: problemOf(parsed.error) };
    return { kind: "action", key: triggerKey(parsed.data.trigger_id) };
  }
  if (typeof b.type === "string" && UNHANDLED_TYPES.has(b.type)) {
    return { kind: "unhandled", type: b.type };
  }
  return { kind: "malformed", problem: "not an event, command or interaction" };
}

function triggerKey(trigger: string | undefined): string | undefined {
  return trigger === undefined ? undefined : `slack:trigger:${trigger}`;
}

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  // Paths are our field names and array positions; the message is zod's, about types only.
  const where = issue.path.map(String).join(".") || "body";
  return `${where}: ${issue.code}`.slice(0, 120);
}
