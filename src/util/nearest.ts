/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a likely misspelling. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const all = [...candidates];
  // A shortened name (`multicast-stack`) is a likelier meaning than a distant spelling.
  if (word.length >= 4) {
    const containing = all.filter((c) => c.includes(word));
    if (containing.length === 1) return containing[0];
    // So is a name with words left out (`dns-query-headless`), when only one fits.
    const words = word.split('-').filter(Boolean);
    if (words.length > 1) {
      const inOrder = all.filter((c) => containsInOrder(c.split('-'), words));
      if (inOrder.length === 1) return inOrder[0];
    }
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of all) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function containsInOrder(haystack: readonly string[], needles: readonly string[]): boolean {
  let at = 0;
  for (const needle of needles) {
    at = haystack.indexOf(needle, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
