/** `1 file`, `2 files`, `0 infos`: a count and its noun (`infos`, as the JSON summary says). */
export function count(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
