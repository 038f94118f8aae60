/**
 * Multiset overlap of two token lists: Σ over distinct tokens of min(count in a, count in b).
 * Every common subsequence uses each token at most that often, so this is an upper bound of
 * the LCS (the kept count of an exact diff); equal to it when the order was not changed.
 */
export function multisetOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token);
    if (left) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return shared;
}
