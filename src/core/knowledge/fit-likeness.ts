/*
 * Plain logistic regression for a likeness (weigh-likeness.ts): full-batch gradient descent from zero,
 * so the same examples always give the same weights. A word or word pair must be in at least two
 * messages to be weighed; weights smaller than KEEP are dropped: that halves the files (and the
 * time every start takes to read them), and changed 1 and 5 of 11,961 messages' side of the
 * thresholds against keeping everything down to 0.005 (checked 2026-12-05). The settings were checked with `npm run train:likeness -- --check` on 2026-12-05: 2,000
 * steps with little smoothing caught 94.1% of held-out emergencies alone at 0.6, where 400 steps
 * with ten times the smoothing caught 86.8%, for the same false alarms.
 */
const STEPS = 2000;
const RATE = 1;
const L2 = 0.0001;
const MIN_MESSAGES = 2;
const KEEP = 0.02;

/** One example message: its words and word pairs (likenessFeatures), and whether it is of the kind. */
export interface LikenessExample {
  features: readonly string[];
  like: boolean;
}

export function fitLikeness(examples: readonly LikenessExample[]): {
  bias: number;
  weights: Map<string, number>;
} {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [f, n] of seen) if (n >= MIN_MESSAGES) ids.set(f, ids.size);
  const rows = examples.map((e) => e.features.flatMap((f) => ids.get(f) ?? []));
  const w = new Float64Array(ids.size);
  const gradient = new Float64Array(ids.size);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += w[j] ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - (examples[i]?.like ? 1 : 0);
      for (const j of row) gradient[j] = (gradient[j] ?? 0) + error;
      biasGradient += error;
    });
    for (let j = 0; j < w.length; j++) {
      w[j] = (w[j] ?? 0) - RATE * ((gradient[j] ?? 0) / rows.length + L2 * (w[j] ?? 0));
    }
    bias -= (RATE * biasGradient) / rows.length;
  }
  const weights = new Map<string, number>();
  for (const [f, j] of ids) if (Math.abs(w[j] ?? 0) >= KEEP) weights.set(f, w[j] ?? 0);
  return { bias, weights };
}
