import { parseArgs } from "node:util";
import { isReviewKind, REVIEW_KINDS, type ReviewKind } from "../core/rapid-review/types.js";
import { isValidDate } from "../core/rapid-review/working-days.js";

export const TIMELINE_USAGE =
  "Usage: npm run --silent timeline -- --received YYYY-MM-DD --kind child|adult|domestic-homicide [--publication YYYY-MM-DD] [--json]";

export interface TimelineArgs {
  received: string;
  kind: ReviewKind;
  publication?: string;
  json: boolean;
  help: boolean;
}

/** `npm run timeline`'s arguments, or the one sentence that says what is wrong with them. */
export function readTimelineArgs(
  argv: string[],
): { ok: true; args: TimelineArgs } | { ok: false; problem: string } {
  let values: {
    received?: string;
    kind?: string;
    publication?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        received: { type: "string" },
        kind: { type: "string" },
        publication: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (values.help) {
    return { ok: true, args: { received: "", kind: "child", json: false, help: true } };
  }
  if (!values.received)
    return fail("--received is missing: the date MK Together received the notification.");
  if (!isValidDate(values.received))
    return fail(`--received ${values.received} is not a real date written YYYY-MM-DD.`);
  if (!values.kind) return fail(`--kind is missing: one of ${REVIEW_KINDS.join(", ")}.`);
  if (!isReviewKind(values.kind))
    return fail(`--kind ${values.kind} is not one of ${REVIEW_KINDS.join(", ")}.`);
  if (values.publication !== undefined && !isValidDate(values.publication)) {
    return fail(`--publication ${values.publication} is not a real date written YYYY-MM-DD.`);
  }
  if (values.publication !== undefined && values.publication <= values.received) {
    return fail(`--publication ${values.publication} is not after --received ${values.received}.`);
  }
  return {
    ok: true,
    args: {
      received: values.received,
      kind: values.kind,
      ...(values.publication !== undefined ? { publication: values.publication } : {}),
      json: values.json ?? false,
      help: false,
    },
  };
}
