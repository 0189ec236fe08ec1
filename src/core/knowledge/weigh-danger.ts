import type { DangerLikenessContent } from "./knowledge-schema.js";

/**
 * How much a message reads like the emergencies among the partnership's example messages, as a
 * second reader beside the phrase rules of danger.yaml: a logistic regression over the message's
 * words and word pairs, trained by `npm run train:danger` on every example message in
 * tests/knowledge (knowledge/search/danger-likeness.json). The rules say what counts as danger
 * in words the partnership can read; this catches ways of telling an emergency that the rules do
 * not list yet. It only ever adds an alarm: it never silences one the rules raise.
 */
export interface DangerLikeness {
  /** The name a raised alarm is reported under (the rules report their sign's name). */
  name: string;
  bias: number;
  weights: Map<string, number>;
  /** At this likeness or more, a message the rules pass over still gets the 999 card. */
  raise: number;
}

export function compileLikeness(content: DangerLikenessContent): DangerLikeness {
  return {
    name: content.name,
    bias: content.bias,
    weights: new Map(Object.entries(content.weights)),
    raise: content.raise,
  };
}

/** The words of a message and each pair of neighbouring words: what the likeness weighs. */
export function dangerFeatures(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  const features = new Set(words);
  for (let i = 1; i < words.length; i++) features.add(`${words[i - 1]} ${words[i]}`);
  return features;
}

/** The likeness, 0 to 1, of a message to the example emergencies. */
export function weighDanger(likeness: Pick<DangerLikeness, "bias" | "weights">, text: string) {
  let z = likeness.bias;
  for (const f of dangerFeatures(text)) z += likeness.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
