/**
 * Edit distance between two words counting a swap of neighbouring letters as one edit
 * ("refre" is one slip from "refer"), or `max + 1` as soon as it is known to be over `max`.
 * (The optimal string alignment distance: enough for typos, simpler than full Damerau.)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // rows[i][j]: distance between the first i letters of a and the first j letters of b.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[];
      const same = a[i - 1] === b[j - 1];
      let v = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(v);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, max + 1);
}
