/** `1 file`, `2 files`, `0 infos`: a count and its noun (`infos`, as the JSON summary says). */
export function count(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `1 error, 3 warnings, 0 infos`: a report's counts by severity. */
export function severityCounts(summary: {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}): string {
  const { errors, warnings, infos } = summary;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}, ${count(infos, 'info')}`;
}
