/**
 * Two rows of the edit-distance table, kept between calls: typo checks run for hundreds of word
 * pairs per question, and new rows each time were a noticeable share of what a question
 * allocated. Calls are synchronous, so one pair serves them all.
 */
let previousRow: number[] = [];
let currentRow: number[] = [];

/**
 * Levenshtein distance between two words, or `max + 1` as soon as it is known to be over `max`
 * (a row whose every cell is over `max` can only lead to more).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = previousRow;
  let row = currentRow;
  prev.length = b.length + 1;
  row.length = b.length + 1;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) {
      previousRow = prev;
      currentRow = row;
      return max + 1;
    }
    const swap = prev;
    prev = row;
    row = swap;
  }
  // The rows may have swapped: keep both for the next call.
  previousRow = prev;
  currentRow = row;
  return Math.min(prev[b.length] as number, max + 1);
}
