import { type Version } from './version.js';
/** What to use instead (a noun phrase), or, with `nothing`, what to do without it (a clause). */
export interface Replacement {
    readonly text: string;
    readonly nothing?: boolean;
}
type ReplacementOf = (version: Version | undefined) => Replacement;
export declare const LEGACY_VARIABLES: ReadonlyMap<string, ReplacementOf>;
export {};
