import type { Location } from '../load/source.js';
/** 1-based start and end; the end column is exclusive, as in SARIF. */
export interface Region {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
/**
 * Resolves a location to a region of its file. A present value gives its own range (a
 * collection gives its first line); a missing one falls back to the key of the nearest
 * existing ancestor, so nothing is ever reported at a made-up line.
 */
export declare function resolveRegion(location: Location): Region;
