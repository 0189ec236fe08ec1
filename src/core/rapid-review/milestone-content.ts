import path from "node:path";
import { z } from "zod";
import { dateString } from "../content/date-string.js";
import { KNOWLEDGE_DIR, loadDataFile } from "../content/load-data-file.js";
import { MILESTONE_KEYS, type MilestoneKey, type ReviewKind } from "./types.js";

const text = z.string().trim().min(1);

const milestoneWording = z.object({
  title: text.max(60),
  who: text,
  what: text,
  /** Wording for one kind of review where it differs (children's cases have extra steps). */
  whatByKind: z.partialRecord(z.enum(["child", "adult", "domestic-homicide"]), text).optional(),
});

export const milestoneContentSchema = z.object({
  reviewed: dateString,
  source: text,
  kinds: z.object({ child: text, adult: text, "domestic-homicide": text }),
  milestones: z.object(
    Object.fromEntries(MILESTONE_KEYS.map((k) => [k, milestoneWording])) as Record<
      MilestoneKey,
      typeof milestoneWording
    >,
  ),
});

export type MilestoneContent = z.infer<typeof milestoneContentSchema>;

export const MILESTONES_FILE = path.join(KNOWLEDGE_DIR, "rapid-review", "milestones.yaml");

let cached: MilestoneContent | undefined;

/** Loads (once) the milestone wording. A mistake in the file names the file and the field. */
export function loadMilestoneContent(file?: string): MilestoneContent {
  if (file) return loadDataFile(file, milestoneContentSchema);
  cached ??= loadDataFile(MILESTONES_FILE, milestoneContentSchema);
  return cached;
}

export function milestoneWordingFor(
  content: MilestoneContent,
  key: MilestoneKey,
  kind: ReviewKind,
): { title: string; who: string; what: string } {
  const m = content.milestones[key];
  return { title: m.title, who: m.who, what: m.whatByKind?.[kind] ?? m.what };
}
