import { applyRules, holds, type RuleFacts } from "../../src/core/levels-of-need/apply-rules.js";
import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { Outcome, Reason } from "./flow-types.js";
import { type LevelsState, tokenOf } from "./levels-state.js";
import { stepsFor } from "./order-questions.js";

/**
 * The outcome of a check: the level the content's rules give for the answers, the reasons (what
 * was ticked, domain by domain), and the next steps that apply.
 */
export function workOutOutcome(content: LevelsContent, state: LevelsState): Outcome {
  const { answers } = state;
  const order = stepsFor(content, answers);
  const stoppedEarly = !order.includes("support");
  const reasons: Reason[] = content.domains.map((d) => {
    const ticked = answers.indicators[d.id];
    return {
      title: d.title,
      items: ticked
        ? d.indicators
            .filter((i) => ticked.includes(i.id))
            .map((i) => ({ id: i.id, label: i.label, level: i.level }))
        : order.includes(`domain:${d.id}`)
          ? []
          : undefined,
    };
  });
  const context = stoppedEarly ? [] : (answers.context ?? []);
  reasons.push({
    title: content.context.title,
    items: stoppedEarly
      ? undefined
      : content.context.options
          .filter((o) => context.includes(o.id))
          .map((o) => ({ id: o.id, label: o.label })),
  });
  const facts: RuleFacts = {
    chosen: content.domains.flatMap((d) =>
      d.indicators
        .filter((i) => (answers.indicators[d.id] ?? []).includes(i.id))
        .map((i) => ({ id: i.id, level: i.level, domain: d.id })),
    ),
    age: answers.age,
    support: stoppedEarly ? undefined : answers.support,
    context,
  };
  const result = applyRules(content, facts);
  const withLevel: RuleFacts = { ...facts, level: result.level.number };
  const applies = (step: string | { text: string; when: Parameters<typeof holds>[0] }) =>
    typeof step === "string" || holds(step.when, withLevel);
  const next = [...result.level.next, ...content.alsoNext]
    .filter(applies)
    .map((step) => (typeof step === "string" ? step : step.text));
  const label = (list: { id: string; label: string }[], v: string | undefined) =>
    list.find((o) => o.id === v)?.label;
  return {
    kind: "outcome",
    token: tokenOf(state),
    level: result.level,
    because: result.because,
    rule: result.rule,
    stoppedEarly,
    age: label(content.ageBands, answers.age) ?? "",
    reasons,
    support: stoppedEarly ? undefined : label(content.support.options, answers.support),
    next,
    alone: context.includes(content.context.alone),
    view: "result",
  };
}
