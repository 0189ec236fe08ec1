import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { Outcome, Question } from "./flow-types.js";
import { type LevelsState, tokenOf } from "./levels-state.js";
import { allSteps, offeredIndicators } from "./order-questions.js";
import { workOutOutcome } from "./work-out-outcome.js";

/** The step a state is at, as shown: the question with its options and answers so far, or the outcome. */
export function presentStep(content: LevelsContent, state: LevelsState): Question | Outcome {
  if (state.step === "outcome") return workOutOutcome(content, state);
  const id = state.step;
  const all = allSteps(content);
  const number = all.indexOf(id) + 1;
  const base = {
    kind: "question" as const,
    id,
    token: tokenOf(state),
    number,
    total: all.length,
    canGoBack: number > 1,
  };
  const w = content.wording;
  const { answers } = state;
  const options = (list: { id: string; label: string }[]) =>
    list.map((o) => ({ value: o.id, label: o.label }));
  const picked = (answer: string | undefined) => (answer ? [answer] : []);
  switch (id) {
    case "danger":
      return {
        ...base,
        multi: false,
        prompt: w.danger.question,
        options: options(content.danger),
        selected: [],
      };
    case "age":
      return {
        ...base,
        multi: false,
        prompt: w.age.question,
        options: options(content.ageBands),
        selected: picked(answers.age),
      };
    case "support":
      return {
        ...base,
        multi: false,
        prompt: w.support.question,
        options: options(content.support.options),
        selected: picked(answers.support),
      };
    case "context":
      return {
        ...base,
        multi: true,
        title: content.context.title,
        prompt: content.context.question,
        options: options(content.context.options),
        selected: answers.context ?? [],
      };
    default: {
      const domainId = id.slice("domain:".length);
      const domain = content.domains.find((d) => d.id === domainId);
      return {
        ...base,
        multi: true,
        title: domain?.title,
        prompt: domain?.question ?? "",
        options: options(offeredIndicators(content, domainId, answers.age)),
        selected: answers.indicators[domainId] ?? [],
      };
    }
  }
}
