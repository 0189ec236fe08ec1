import type { LevelsContent } from "../../src/core/levels-of-need/content.js";
import type { Answers, StepId } from "./levels-state.js";

/** Every question, in order, as asked when nothing ends the check early. */
export function allSteps(content: LevelsContent): StepId[] {
  return [
    "danger",
    "age",
    ...content.domains.map((d): StepId => `domain:${d.id}`),
    "context",
    "support",
  ];
}

/**
 * The questions in order for these answers: all of them, unless a statement pointing to
 * significant harm is ticked, when the check ends with the domain where it was ticked.
 */
export function stepsFor(content: LevelsContent, answers: Answers): StepId[] {
  const all = allSteps(content);
  const harm = content.domains.find((d) =>
    (answers.indicators[d.id] ?? []).some(
      (id) => d.indicators.find((i) => i.id === id)?.level === 4,
    ),
  );
  return harm ? all.slice(0, all.indexOf(`domain:${harm.id}`) + 1) : all;
}

/** The statements of a domain offered for an age band (all of them before the age is known). */
export function offeredIndicators(
  content: LevelsContent,
  domainId: string,
  age: string | undefined,
) {
  const domain = content.domains.find((d) => d.id === domainId);
  return (domain?.indicators ?? []).filter((i) => !i.ages || !age || i.ages.includes(age));
}

/** The ticked statements that an age band still offers (the age was changed after going back). */
export function keepOffered(
  content: LevelsContent,
  indicators: Answers["indicators"],
  age: string | undefined,
): Answers["indicators"] {
  const kept: Answers["indicators"] = {};
  for (const [domainId, ids] of Object.entries(indicators)) {
    const offered = offeredIndicators(content, domainId, age).map((i) => i.id);
    kept[domainId] = ids.filter((x) => offered.includes(x));
  }
  return kept;
}
