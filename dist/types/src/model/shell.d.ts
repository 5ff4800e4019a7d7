/** A word of a shell-like string, with its character range in that string. */
export interface Word {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    /** `;`, `&&`, `||`, `|`, `&` or a newline: ends a command. */
    readonly separator?: boolean;
}
/**
 * Splits a string into words the way a POSIX shell would for the simple cases that
 * manifests contain: blanks separate, single and double quotes group and are removed,
 * a backslash escapes the next character, and command separators stand alone.
 */
export declare function splitWords(input: string): Word[];
