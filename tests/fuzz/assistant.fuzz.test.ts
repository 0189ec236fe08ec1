import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { LEVELS_ACTIONS } from "../../dialogs/levels-of-need/read-input.js";
import { renderMessage } from "../../src/channels/slack/render-blocks.js";
import { loadSlackMessages } from "../../src/channels/slack/slack-messages.js";
import { readSubmit } from "../../src/channels/teams/read-input.js";
import { replyActivity } from "../../src/channels/teams/render-adaptive-card.js";
import type { Assistant } from "../../src/core/assistant/assistant.js";
import { newSession, type Session, type TurnInput } from "../../src/core/assistant/turn.js";
import type { Reply } from "../../src/core/reply.js";
import { checkSlackMessage } from "../support/check-slack-limits.js";
import { messageText, submitPayload } from "./support/arbitraries.js";
import { buildAssistant } from "./support/build-assistant.js";
import { allStrings, leaksIn, teamsActivityProblems } from "./support/check-output.js";

const words = loadSlackMessages().render;

/** Inputs per entry point (see tests/fuzz/README.md for the split with the HTTP smoke layer). */
const INPUTS = 10_000;
const T0 = new Date("2026-12-18T10:00:00Z");

/** One step of a conversation: typed text, a press of a button we offered, or a forged submit. */
type Step =
  | { kind: "text"; text: string }
  | { kind: "press"; button: number; picks: number[]; answer?: boolean }
  | { kind: "submit"; payload: unknown };

const press: fc.Arbitrary<Step> = fc
  .record({
    // Presses lean towards the first buttons (answers, or "Next" with the ticks), so runs go
    // deep into a conversation rather than circling its first question.
    button: fc.oneof({ weight: 4, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.nat(20) }),
    picks: fc.array(fc.nat(12), { maxLength: 4 }),
  })
  .map((p) => ({ kind: "press" as const, ...p }));
/** A press of one of the check's answer buttons, when the last reply has any. */
const answer: fc.Arbitrary<Step> = fc
  .record({ button: fc.nat(20), picks: fc.array(fc.nat(12), { minLength: 1, maxLength: 4 }) })
  .map((p) => ({ kind: "press" as const, answer: true, ...p }));
const typed: fc.Arbitrary<Step> = messageText.map((text) => ({ kind: "text" as const, text }));
const forged: fc.Arbitrary<Step> = submitPayload.map((payload) => ({
  kind: "submit" as const,
  payload,
}));

/**
 * Conversations: chatty ones (much typing, some presses) and focused ones (mostly presses, the
 * odd interruption), which reach the end of a Levels of Need check.
 */
const conversation = fc.oneof(
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: typed },
      { weight: 5, arbitrary: press },
      { weight: 1, arbitrary: forged },
    ),
    { minLength: 1, maxLength: 30, size: "medium" },
  ),
  fc.array(
    fc.oneof(
      { weight: 1, arbitrary: typed },
      { weight: 4, arbitrary: press },
      { weight: 8, arbitrary: answer },
      { weight: 1, arbitrary: forged },
    ),
    { minLength: 5, maxLength: 30, size: "large" },
  ),
);

/** A press as the channels build it: the button's action and data, plus what was ticked. */
function pressInput(last: Reply[], s: Extract<Step, { kind: "press" }>): TurnInput | undefined {
  const reply = last.at(-1);
  const all = reply?.buttons ?? [];
  const answers = all.filter((b) => b.action === LEVELS_ACTIONS.answer);
  const buttons = s.answer && answers.length > 0 ? answers : all;
  if (buttons.length === 0) return undefined;
  const b = buttons[s.button % buttons.length];
  if (!b) return undefined;
  const data: Record<string, string> = { ...b.data };
  for (const block of reply?.blocks ?? []) {
    if (block.kind !== "choices") continue;
    const picked = s.picks.map((i) => block.options[i % block.options.length]?.value ?? "");
    data[block.id] = [...new Set(picked)].join(",");
  }
  return { text: "", action: b.action, data };
}

function checkReplies(replies: Reply[], typed: string): void {
  expect(replies.length, "every input gets an answer").toBeGreaterThan(0);
  for (const reply of replies) {
    expect(Array.isArray(reply.blocks)).toBe(true);
    expect(teamsActivityProblems(replyActivity(reply) as Record<string, unknown>)).toEqual([]);
  }
  expect(checkSlackMessage(renderMessage(replies, words))).toEqual([]);
  expect(leaksIn(allStrings(replies).join("\n"), typed)).toEqual([]);
}

describe(`Assistant.handleTurn with every real skill: ${INPUTS.toLocaleString("en-GB")} random inputs`, () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await buildAssistant(() => T0));
  });

  it("never throws, always answers, renders valid Teams cards and Slack messages, leaks nothing, never changes the stored session", async () => {
    let sent = 0;
    const headings = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        conversation,
        // Minutes between turns: usually a few, sometimes past the 30-minute session expiry.
        fc.oneof({ weight: 9, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.nat(45) }),
        async (steps, minutes) => {
          let session: Session = newSession(T0);
          let last: Reply[] = [];
          let now = T0.getTime();
          for (const s of steps) {
            const input: TurnInput | undefined =
              s.kind === "text"
                ? { text: s.text, data: {} }
                : s.kind === "press"
                  ? pressInput(last, s)
                  : { text: "", ...readSubmit(s.payload) };
            if (!input) continue;
            now += minutes * 60_000;
            sent++;
            const before = JSON.stringify(session);
            const result = await assistant.handleTurn(input, session, new Date(now), "teams");
            // Skills replace their flow state rather than change it: the session the turn was
            // given (still the stored one) is exactly as it was.
            expect(JSON.stringify(session)).toBe(before);
            // The session must survive a round trip through JSON (it is kept as plain data).
            expect(JSON.parse(JSON.stringify(result.session))).toEqual(result.session);
            checkReplies(result.replies, input.text);
            session = result.session;
            for (const r of result.replies) {
              const heading = r.blocks.find((b) => b.kind === "heading");
              if (heading?.kind === "heading") headings.add(heading.text);
            }
            last = result.replies;
          }
        },
      ),
      { numRuns: Math.ceil(INPUTS / 8) },
    );
    expect(sent).toBeGreaterThanOrEqual(INPUTS);
    // The runs went deep, not only to the fallback: many different replies were reached (about
    // 16 on the day this was written, outcomes and the MARF summary among them).
    expect(headings.size).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
