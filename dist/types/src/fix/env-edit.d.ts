import type { KeycloakContainer } from '../model/types.js';
import type { TextEdit, YamlEditor } from './yaml-edit.js';
/**
 * The index of the one `env` entry that sets a variable, when the variable is set exactly
 * there: not also by `envFrom` (which `env` would win over, but a reader would not expect
 * the edit to leave a second source), and by no second entry.
 */
export declare function soleEnvEntry(kc: KeycloakContainer, name: string): number | undefined;
/** Whether the container's environment certainly lacks a variable (no opaque envFrom). */
export declare function envAbsent(kc: KeycloakContainer, name: string): boolean;
/** Appends `name=value` to the container's env list (created when absent). */
export declare function addEnv(editor: YamlEditor, kc: KeycloakContainer, vars: readonly {
    name: string;
    value: string;
}[]): TextEdit[] | undefined;
/**
 * Adds a JVM option to JAVA_OPTS_APPEND: after the flags of a literal value written in
 * `env`, or as a new entry when the variable is absent. Anything else (a value from a
 * Secret, an envFrom source) is not certain.
 */
export declare function appendJvmOption(editor: YamlEditor, kc: KeycloakContainer, option: string): TextEdit[] | undefined;
