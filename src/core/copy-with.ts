/**
 * A copy of `source` with `key` set to `value` (replacing any value it had), made by copying and
 * then setting. Node 20's V8 makes `{ ...source, [key]: value }` on its slow path whenever the
 * source lacks the key (about 0.4 us a time, against 0.04 us for this), and per-turn card and
 * answer data usually lacks it (BENCHMARKS.md, "Sixth pass").
 */
export function copyWith<T>(
  source: Readonly<Record<string, T>> | undefined,
  key: string,
  value: T,
): Record<string, T> {
  const copy: Record<string, T> = Object.assign({}, source);
  copy[key] = value;
  return copy;
}
