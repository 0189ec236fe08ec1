import type { LikenessContent } from "./knowledge-schema.js";

/**
 * How much a message reads like one kind of the partnership's example messages (the
 * emergencies, or the questions to decline): a logistic regression over the message's words and
 * word pairs, fitted by `npm run train:likeness` (fit-likeness.ts) on every example message in
 * tests/knowledge, and kept in knowledge/search/*-likeness.json. It is a second reader beside the
 * rules: the rules say in words the partnership can read what counts; a likeness catches what
 * the rules have not been told yet.
 */
export interface Likeness {
  /** What a message at or over the threshold is reported as ("reads like the example emergencies"). */
  name: string;
  bias: number;
  weights: Map<string, number>;
  /** At this likeness or more, the message is taken to be of the kind. */
  threshold: number;
}

export function compileLikeness(content: LikenessContent): Likeness {
  return {
    name: content.name,
    bias: content.bias,
    weights: new Map(Object.entries(content.weights)),
    threshold: content.threshold,
  };
}

/** The words of a message and each pair of neighbouring words: what a likeness weighs. */
export function likenessFeatures(text: string): Set<string> {
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

/** The likeness, 0 to 1, of a message to the examples of the kind. */
export function weighLikeness(likeness: Pick<Likeness, "bias" | "weights">, text: string) {
  let z = likeness.bias;
  for (const f of likenessFeatures(text)) z += likeness.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether a message reads like the examples of the kind, at the likeness's threshold. */
export function readsLike(likeness: Likeness, text: string): boolean {
  return weighLikeness(likeness, text) >= likeness.threshold;
}
