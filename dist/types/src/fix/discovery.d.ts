import type { KeycloakContainer, Model } from '../model/types.js';
import { type TextEdit } from './yaml-edit.js';
/**
 * The edits that give a clustered container DNS discovery: `-Djgroups.dns.query` in
 * JAVA_OPTS_APPEND pointing at the one headless Service that selects its pods, or at a new
 * headless Service `<workload>-discovery` appended after the workload's document (its
 * namespace, a selector equal to the pod labels, `clusterIP: None`,
 * `publishNotReadyAddresses: true`, the JGroups ports). `env` adds further variables in the
 * same edit of the env list. Undefined when any part is not certain.
 */
export declare function discoveryEdits(model: Model, kc: KeycloakContainer, env?: readonly {
    name: string;
    value: string;
}[]): {
    edits: TextEdit[];
    query: string;
} | undefined;
/** A fix as a Draft's spread. */
export declare function editsOf(fix: {
    edits: readonly TextEdit[];
} | undefined): {
    edits?: readonly TextEdit[];
};
