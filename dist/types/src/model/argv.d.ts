import type { Location } from '../load/source.js';
import type { ArgToken } from './types.js';
/** kc.sh commands; the first one in the argument list is what the container does. */
export declare const KC_COMMANDS: Set<string>;
export interface ParsedOption {
    readonly name: string;
    readonly value: string;
    readonly at: Location;
    readonly origin: string;
}
export interface ParsedArgv {
    readonly command: ArgToken | undefined;
    readonly optimized: ArgToken | undefined;
    readonly options: readonly ParsedOption[];
    /** `-Dname=value` JVM properties, which kc.sh forwards to the JVM. */
    readonly properties: readonly ParsedOption[];
}
export declare function parseKcArgv(tokens: readonly ArgToken[]): ParsedArgv;
/** `-Dname=value` starting at `offset` in `token.text`. */
export declare function property(token: ArgToken, offset: number, origin: string): ParsedOption;
/**
 * Words of a string value (a shell script, JAVA_OPTS) as tokens located inside that value.
 * `raw` is the value as written; each word's text is then expanded (`$(VAR)`), so that
 * positions stay on the written text.
 */
export declare function wordsOf(raw: string, at: Location, expandWord?: (word: string) => string): ArgToken[];
/**
 * The kc.sh argument lists a container runs. A shell script (`sh -c "..."`) may run kc.sh
 * several times (`kc.sh build ... && kc.sh start --optimized`); each invocation is one list.
 * Returns undefined when the command is neither kc.sh nor a shell.
 */
export declare function kcInvocations(argv: readonly ArgToken[], hasCommand: boolean, expandWord: (word: string) => string): {
    invocations: ArgToken[][];
    viaScript: boolean;
} | undefined;
