import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";

/**
 * The Levels of Need content: questions, statements, levels and the rules that turn answers into
 * a level. All of it is data (knowledge/levels-of-need/levels-of-need.yaml) so the partnership can
 * correct it without touching code; this schema makes a mistake there fail at start-up with the
 * field named, instead of a wrong suggestion later.
 */

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    "must be lower-case letters, digits and dashes, e.g. 'young-carer'",
  );
const text = z.string().trim().min(1);
const words = z.array(text).min(1);
// Button labels stay short: Teams truncates long action titles and Slack allows 75 characters.
const buttonLabel = z.string().trim().min(1).max(40);
const optionLabel = z.string().trim().min(1).max(120);
const levelNumber = z.number().int().min(1).max(4);

export interface IndicatorCount {
  level?: number;
  minLevel?: number;
  domain?: string;
  ids?: string[];
  atLeast?: number;
  atMost?: number;
}

/** One condition of the rule language (documented in the content file's comments). */
export type Condition =
  | { always: true }
  | { indicators: IndicatorCount }
  | { support: string[] }
  | { context: string[] }
  | { age: string[] }
  /** The suggested level (next steps only: the rules are what give it). */
  | { level: number[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const indicatorCount = z
  .strictObject({
    level: levelNumber.optional(),
    minLevel: levelNumber.optional(),
    domain: id.optional(),
    ids: z.array(id).min(1).optional(),
    atLeast: z.number().int().min(0).optional(),
    atMost: z.number().int().min(0).optional(),
  })
  .refine((c) => !(c.level !== undefined && c.minLevel !== undefined), {
    message: "give either level or minLevel, not both",
  });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ indicators: indicatorCount }),
    z.strictObject({ support: z.array(id).min(1) }),
    z.strictObject({ context: z.array(id).min(1) }),
    z.strictObject({ age: z.array(id).min(1) }),
    z.strictObject({ level: z.array(levelNumber).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
) as z.ZodType<Condition>;

/** A next step: always shown, or only when its condition holds for the answers given. */
const nextStep = z.union([text, z.strictObject({ text, when: conditionSchema })]);

const answerOption = z.strictObject({
  id,
  label: optionLabel,
  aliases: z.array(text).optional(),
});

export const levelsContentSchema = z
  .strictObject({
    reviewed: dateString,
    checked: z.boolean(),
    checkNote: text,
    source: text,
    words: z.strictObject({
      start: words,
      back: words,
      restart: words,
      cancel: words,
      none: words,
      next: words,
      summary: words,
    }),
    wording: z.strictObject({
      title: text,
      welcome: text,
      progress: text.includes("{number}").includes("{total}"),
      multiHint: text,
      multiHintTicked: text.includes("{ticked}"),
      singleHint: text,
      buttons: z.strictObject({
        next: buttonLabel,
        back: buttonLabel,
        restart: buttonLabel,
        cancel: buttonLabel,
        summary: buttonLabel,
        mash: buttonLabel,
        change: buttonLabel,
        startNew: buttonLabel,
      }),
      danger: z.strictObject({ question: text }),
      age: z.strictObject({ question: text }),
      support: z.strictObject({ question: text }),
      outcome: z.strictObject({
        heading: text.includes("{number}").includes("{name}"),
        whyHeading: text,
        stoppedEarly: text,
        reasonsHeading: text,
        noneChosen: text,
        ageLine: text,
        supportLine: text,
        nextHeading: text,
        judgement: text,
        judgementAlone: text,
      }),
      summary: z.strictObject({
        heading: text,
        intro: text,
        lines: z.strictObject({
          level: text,
          age: text,
          danger: text,
          domain: text.includes("{domain}").includes("{indicators}"),
          noneNoted: text,
          notAsked: text,
          support: text.includes("{support}"),
          judgement: text,
        }),
      }),
      notices: z.strictObject({
        passed: text,
        invalid: text,
        chooseOne: text,
        inProgress: text,
        restarted: text,
        added: text.includes("{added}").includes("{count}"),
        cancelled: text,
        expired: text,
        noCheck: text,
        finished: text.includes("{number}").includes("{name}"),
        nothingToGoBackTo: text,
        resume: text,
      }),
    }),
    levels: z
      .array(
        z.strictObject({
          number: levelNumber,
          name: text,
          description: text,
          next: z.array(nextStep).min(1),
        }),
      )
      .length(4),
    alsoNext: z.array(z.strictObject({ text, when: conditionSchema })),
    ageBands: z.array(answerOption).min(1),
    domains: z
      .array(
        z.strictObject({
          id,
          title: text,
          question: text,
          indicators: z
            .array(
              z.strictObject({
                id,
                label: optionLabel,
                level: levelNumber,
                ages: z.array(id).min(1).optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
    context: z.strictObject({
      title: text,
      question: text,
      /** The option that means "I work alone, with no designated safeguarding lead". */
      alone: id,
      options: z
        .array(z.strictObject({ id, label: optionLabel }))
        .min(1)
        .max(10),
    }),
    support: z.strictObject({
      options: z.array(answerOption).min(1).max(8),
    }),
    danger: z.array(answerOption).length(2),
    rules: z
      .array(z.strictObject({ level: levelNumber, because: text, when: conditionSchema }))
      .min(1),
  })
  .superRefine((c, ctx) => checkReferences(c, ctx));

export type LevelsContent = z.infer<typeof levelsContentSchema>;
export type Domain = LevelsContent["domains"][number];
export type Indicator = Domain["indicators"][number];
export type Level = LevelsContent["levels"][number];
export type NextStep = Level["next"][number];

export const LEVELS_FILE = path.join(KNOWLEDGE_DIR, "levels-of-need", "levels-of-need.yaml");

export function loadLevelsContent(file = LEVELS_FILE): LevelsContent {
  return loadDataFile(file, levelsContentSchema);
}

/** Cross-field checks a plain schema cannot express: every id a rule names must exist. */
function checkReferences(c: z.infer<typeof levelsContentSchema>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });

  c.levels.forEach((l, i) => {
    if (l.number !== i + 1) issue(["levels", i, "number"], `levels must be listed 1 to 4 in order`);
  });
  const dangerIds = c.danger.map((d) => d.id).sort();
  if (dangerIds.join(",") !== "no,yes")
    issue(["danger"], 'the danger answers must have the ids "yes" and "no" (quoted)');

  const ages = new Set(c.ageBands.map((a) => a.id));
  const domains = new Set<string>();
  const indicators = new Set<string>();
  c.domains.forEach((d, di) => {
    if (domains.has(d.id)) issue(["domains", di, "id"], `domain id "${d.id}" is used twice`);
    domains.add(d.id);
    d.indicators.forEach((ind, ii) => {
      const at = ["domains", di, "indicators", ii];
      if (indicators.has(ind.id)) issue([...at, "id"], `statement id "${ind.id}" is used twice`);
      indicators.add(ind.id);
      for (const a of ind.ages ?? [])
        if (!ages.has(a)) issue([...at, "ages"], `unknown age band "${a}"`);
    });
    for (const band of c.ageBands) {
      const offered = d.indicators.filter((ind) => !ind.ages || ind.ages.includes(band.id));
      if (offered.length === 0)
        issue(["domains", di], `no statements are offered for the age band "${band.id}"`);
    }
  });
  const support = new Set(c.support.options.map((o) => o.id));
  const context = new Set(c.context.options.map((o) => o.id));
  if (context.size !== c.context.options.length)
    issue(["context", "options"], "an id is used twice");
  if (!context.has(c.context.alone))
    issue(["context", "alone"], `unknown option "${c.context.alone}"`);

  const walk = (cond: Condition, at: (string | number)[]): void => {
    if ("indicators" in cond) {
      const n = cond.indicators;
      if (n.domain && !domains.has(n.domain))
        issue([...at, "indicators", "domain"], `unknown domain "${n.domain}"`);
      for (const x of n.ids ?? [])
        if (!indicators.has(x)) issue([...at, "indicators", "ids"], `unknown statement "${x}"`);
    } else if ("support" in cond) {
      for (const x of cond.support)
        if (!support.has(x)) issue([...at, "support"], `unknown support answer "${x}"`);
    } else if ("context" in cond) {
      for (const x of cond.context)
        if (!context.has(x)) issue([...at, "context"], `unknown context answer "${x}"`);
    } else if ("age" in cond) {
      for (const x of cond.age) if (!ages.has(x)) issue([...at, "age"], `unknown age band "${x}"`);
    } else if ("all" in cond) {
      cond.all.forEach((sub, i) => {
        walk(sub, [...at, "all", i]);
      });
    } else if ("any" in cond) {
      cond.any.forEach((sub, i) => {
        walk(sub, [...at, "any", i]);
      });
    } else if ("not" in cond) {
      walk(cond.not, [...at, "not"]);
    }
  };
  const usesLevel = (cond: Condition): boolean =>
    "level" in cond ||
    ("all" in cond && cond.all.some(usesLevel)) ||
    ("any" in cond && cond.any.some(usesLevel)) ||
    ("not" in cond && usesLevel(cond.not));
  c.rules.forEach((r, i) => {
    walk(r.when, ["rules", i, "when"]);
    if (usesLevel(r.when))
      issue(["rules", i, "when"], "a rule cannot ask for the level: the rules are what give it");
  });
  c.levels.forEach((l, li) => {
    l.next.forEach((n, ni) => {
      if (typeof n !== "string") walk(n.when, ["levels", li, "next", ni, "when"]);
    });
  });
  c.alsoNext.forEach((n, i) => {
    walk(n.when, ["alsoNext", i, "when"]);
  });
  const last = c.rules.at(-1);
  if (!last || !("always" in last.when))
    issue(["rules", c.rules.length - 1, "when"], "the last rule must be `when: {always: true}`");
}
