/**
 * Edit distance between two words counting a swap of neighbouring letters as one edit
 * ("refre" is one slip from "refer"), or `max + 1` as soon as it is known to be over `max`.
 * (The optimal string alignment distance: enough for typos, simpler than full Damerau.)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Letters the two words share at the start and end cost nothing: compare only the middles.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  if (start > 0 || end > 0) {
    return editDistance(a.slice(start, a.length - end), b.slice(start, b.length - end), max);
  }
  // Row i holds the distances between the first i letters of a and each start of b; only the
  // last three rows are kept (the swap looks two rows back), and reused as the rows move on.
  let twoBack: number[] = [];
  let previous: number[] = [];
  let row: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let v = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (twoBack[j - 2] as number) + 1);
      }
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = row;
    row = spare;
  }
  return Math.min(previous[b.length] as number, max + 1);
}
