import { type Activity, ActivityTypes, TestAdapter } from "botbuilder";
import fc from "fast-check";
import { pino } from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { createTurnRunner } from "../../src/channels/run-turn.js";
import { TeamsBot } from "../../src/channels/teams/teams-bot.js";
import { MemorySessionStore } from "../../src/store/session-store.js";
import { messageText, submitPayload, wildValue } from "./support/arbitraries.js";
import { type BuiltAssistant, buildAssistant } from "./support/build-assistant.js";
import { allStrings, leaksIn, teamsActivityProblems } from "./support/check-output.js";

/** Inputs per entry point (see tests/fuzz/README.md). */
const INPUTS = 10_000;
const T0 = new Date("2026-12-18T10:00:00Z");

interface CardAction {
  type: string;
  title: string;
  data?: Record<string, unknown>;
}

/** What a Teams client (or a broken or forged one) can send when a card button is pressed. */
type Step =
  | { kind: "submit"; payload: unknown; text: string }
  | { kind: "press"; button: number; extra: Record<string, unknown>; picks: number[] }
  | { kind: "execute"; verb: unknown; data: unknown; raw?: unknown }
  | { kind: "text"; text: string };

const extraFields = fc.dictionary(
  fc.constantFrom("t", "value", "picked", "action", "msteams", "x", "__proto__", "constructor"),
  wildValue,
  { maxKeys: 3 },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({ payload: submitPayload, text: fc.oneof(fc.constant(""), messageText) })
      .map((s) => ({ kind: "submit" as const, ...s })),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        button: fc.oneof({ weight: 3, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.nat(20) }),
        // Usually the card's own data; sometimes with fields added or of the wrong type.
        extra: fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: extraFields },
        ),
        picks: fc.array(fc.nat(12), { maxLength: 4 }),
      })
      .map((s) => ({ kind: "press" as const, ...s })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        verb: fc.oneof(fc.constantFrom("mash", "help", "levels", "levels:answer"), wildValue),
        data: fc.oneof(submitPayload, wildValue),
        raw: fc.option(wildValue, { nil: undefined }),
      })
      .map((s) => ({ kind: "execute" as const, ...s })),
  },
  { weight: 1, arbitrary: messageText.map((text) => ({ kind: "text" as const, text })) },
);

describe(`Teams bot (TeamsBot, botbuilder TestAdapter): ${INPUTS.toLocaleString("en-GB")} card submits`, () => {
  let built: BuiltAssistant;
  beforeAll(async () => {
    built = await buildAssistant(() => T0);
  });

  it("never throws, answers every press with valid cards, answers every invoke with 200, leaks nothing", async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12, size: "medium" }),
        async (steps) => {
          let minute = 0;
          const bot = new TeamsBot({
            assistant: () => built.assistant,
            runTurn: createTurnRunner({
              assistant: () => built.assistant,
              sessions: new MemorySessionStore(),
              log: pino({ level: "silent" }),
              logMessageText: false,
              now: () => new Date(T0.getTime() + minute * 60_000),
            }),
          });
          // No onTurnError: an exception anywhere fails the property instead of being hidden.
          const adapter = new TestAdapter((context) => bot.run(context));
          let lastCard: { actions?: CardAction[]; body?: Record<string, unknown>[] } | undefined;
          for (const s of steps) {
            let activity: Partial<Activity>;
            let typed = "";
            if (s.kind === "submit") {
              activity = { type: ActivityTypes.Message, text: s.text, value: s.payload };
              typed = `${s.text}\n${JSON.stringify(s.payload) ?? ""}`;
            } else if (s.kind === "text") {
              activity = { type: ActivityTypes.Message, text: s.text };
              typed = s.text;
            } else if (s.kind === "execute") {
              activity = {
                type: ActivityTypes.Invoke,
                name: "adaptiveCard/action",
                value:
                  s.raw !== undefined
                    ? s.raw
                    : { action: { type: "Action.Execute", verb: s.verb, data: s.data } },
              };
              typed = JSON.stringify(activity.value) ?? "";
            } else {
              const actions = lastCard?.actions ?? [];
              const action = actions[s.button % Math.max(1, actions.length)];
              if (!action) continue;
              const inputs: Record<string, unknown> = {};
              for (const el of lastCard?.body ?? []) {
                if (el.type !== "Input.ChoiceSet") continue;
                const choices = el.choices as { value: string }[];
                inputs[el.id as string] = [
                  ...new Set(s.picks.map((i) => choices[i % choices.length]?.value ?? "")),
                ].join(",");
              }
              activity = {
                type: ActivityTypes.Message,
                value: { ...action.data, ...inputs, ...s.extra },
              };
              typed = JSON.stringify(s.extra);
            }
            minute += 1;
            sent++;
            adapter.activeQueue.splice(0);
            await adapter.receiveActivity(activity);
            const out = adapter.activeQueue.splice(0) as Partial<Activity>[];
            const messages = out.filter((a) => a.type === ActivityTypes.Message);
            expect(messages.length, "every press is answered").toBeGreaterThan(0);
            for (const a of messages) {
              expect(teamsActivityProblems(a as Record<string, unknown>)).toEqual([]);
            }
            if (activity.type === ActivityTypes.Invoke) {
              const response = out.find((a) => a.type === "invokeResponse");
              expect((response?.value as { status?: number } | undefined)?.status).toBe(200);
            }
            expect(leaksIn(allStrings(out).join("\n"), typed)).toEqual([]);
            const withCard = messages.filter((a) => a.attachments?.length).at(-1);
            if (withCard) lastCard = withCard.attachments?.[0]?.content as typeof lastCard;
          }
        },
      ),
      { numRuns: Math.ceil(INPUTS / 5) },
    );
    expect(sent).toBeGreaterThanOrEqual(INPUTS);
  }, 180_000);
});
