import type { Location } from '../load/source.js';
import type { Resource } from './resource.js';
import type { ControllerFamily, IngressView } from './types.js';
/** A session-affinity setting that some controller honours. */
export interface Stickiness {
    readonly family: ControllerFamily;
    readonly description: string;
    readonly at: Location;
}
/**
 * The session-affinity settings in front of an Ingress's backends that its controller
 * honours. With an unknown controller, a setting of any family counts.
 */
export declare function stickinessOf(view: IngressView): Stickiness[];
/** Affinity annotations written under a prefix that no controller reads. */
export declare function ignoredAffinityKeys(ingress: Resource): string[];
