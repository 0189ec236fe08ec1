import type { Condition, IndicatorCount, Level, LevelsContent } from "./content.js";

/** What the rules look at: the statements ticked (with their domain) and the other answers. */
export interface RuleFacts {
  chosen: { id: string; level: number; domain: string }[];
  age?: string;
  /** Undefined when the question was not asked (the check went straight to Level 4). */
  support?: string;
  /** What was ticked on the last card (views, strengths, household, working alone). */
  context: string[];
  /** The suggested level, once the rules have given it (for choosing next steps). */
  level?: number;
}

export interface RuleResult {
  level: Level;
  because: string;
  /** Which rule matched (0-based), so tests and the partnership can see why. */
  rule: number;
}

/**
 * Runs the content file's rules from the top; the first whose condition holds gives the level.
 * The schema guarantees the last rule is `always`, so a level is always found.
 */
export function applyRules(content: LevelsContent, facts: RuleFacts): RuleResult {
  const index = content.rules.findIndex((r) => holds(r.when, facts));
  const rule = content.rules[index];
  if (!rule) throw new Error("No Levels of Need rule matched: the last rule must be `always`.");
  const level = content.levels.find((l) => l.number === rule.level);
  if (!level) throw new Error(`Levels of Need rule ${index + 1} names a level that is not listed.`);
  return { level, because: rule.because, rule: index };
}

export function holds(cond: Condition, facts: RuleFacts): boolean {
  if ("always" in cond) return true;
  if ("indicators" in cond) return countHolds(cond.indicators, facts);
  if ("support" in cond) return facts.support !== undefined && cond.support.includes(facts.support);
  if ("context" in cond) return cond.context.some((c) => facts.context.includes(c));
  if ("level" in cond) return facts.level !== undefined && cond.level.includes(facts.level);
  if ("age" in cond) return facts.age !== undefined && cond.age.includes(facts.age);
  if ("all" in cond) return cond.all.every((c) => holds(c, facts));
  if ("any" in cond) return cond.any.some((c) => holds(c, facts));
  return !holds(cond.not, facts);
}

function countHolds(c: IndicatorCount, facts: RuleFacts): boolean {
  const n = facts.chosen.filter(
    (i) =>
      (c.level === undefined || i.level === c.level) &&
      (c.minLevel === undefined || i.level >= c.minLevel) &&
      (c.domain === undefined || i.domain === c.domain) &&
      (c.ids === undefined || c.ids.includes(i.id)),
  ).length;
  const atLeast = c.atLeast ?? (c.atMost === undefined ? 1 : 0);
  return n >= atLeast && (c.atMost === undefined || n <= c.atMost);
}
