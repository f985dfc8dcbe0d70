/**
 * "Did you mean …?" for a mistyped key or file name. Pure.
 * A typo is a small edit: a swapped, missing, extra or wrong character, or another spelling of the
 * same words (`timezone`, `time_zone` for `timeZone`).
 */

/** The candidate `word` most likely stands for, or null when none is close enough to suggest. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const w = normalise(word);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(w, normalise(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const allowed = w.length >= 5 ? 2 : 1;
  return bestDistance <= allowed ? best : null;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, "");

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
