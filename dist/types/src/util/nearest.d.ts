/** Levenshtein distance, for "did you mean" suggestions. */
export declare function distance(a: string, b: string): number;
/** The candidate closest to `word`, if it is close enough to be a likely misspelling. */
export declare function nearest(word: string, candidates: Iterable<string>): string | undefined;
