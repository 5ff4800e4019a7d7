import type { ControllerFamily } from '../types.js';
export interface PrefixOwner {
    readonly prefix: string;
    readonly family: Exclude<ControllerFamily, 'other'>;
}
export declare const PREFIX_OWNERS: readonly PrefixOwner[];
/** The family an annotation prefix belongs to, if it belongs to one. */
export declare function ownerOf(prefix: string): PrefixOwner['family'] | undefined;
/** The prefixes of one family. */
export declare function prefixesOf(family: ControllerFamily): string[];
/** How far a prefix may be from a family's own to count as a misspelling of it. */
export declare function misspellingLimit(prefix: string): number;
/** Annotations the Keycloak Operator writes on its Ingress itself; never reported. */
export declare const OPERATOR_ANNOTATIONS: ReadonlySet<string>;
