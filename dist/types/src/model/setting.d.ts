import type { Location } from '../load/source.js';
/**
 * A value of the effective configuration and where it came from. `value` is undefined
 * when the linter cannot know it (a Secret that is not in the files, a fieldRef); such a
 * value is never guessed at, and rules treat it as "could be anything".
 */
export interface Setting {
    readonly value: string | undefined;
    /** Why the value is unknown. */
    readonly unknown?: string;
    /** Where the value is written. */
    readonly at: Location;
    /** Locations the value passed through on its way (an envFrom entry, a key reference). */
    readonly via: readonly Location[];
    /** How a message names the source: `--cache-stack`, `KC_CACHE_STACK`, `JAVA_OPTS_APPEND`. */
    readonly origin: string;
    /** The object the value was read from, when it is not the workload: `ConfigMap kc-env`. */
    readonly from?: string;
}
export declare function unknownReference(name: string): string;
export declare function hasUnknownReference(text: string): boolean;
/** The text as the manifest writer would recognise it (`$(NAME)` for unknown references). */
export declare function displayValue(text: string): string;
/** A setting's value for a message; values read from Secrets are never printed. */
export declare function shownValue(setting: Pick<Setting, 'value' | 'from'>): string;
/** Reads a boolean option the way Keycloak does (case-insensitive `true`). */
export declare function isTrue(setting: Setting | undefined): boolean;
