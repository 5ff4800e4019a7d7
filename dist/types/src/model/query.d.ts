import type { Location, Path } from '../load/source.js';
import type { Resource } from './resource.js';
import type { KeycloakContainer, Model, Workload } from './types.js';
/** Keycloak containers of the Quarkus distribution (17+) whose workload runs more than one pod. */
export declare function clusteredKeycloak(model: Model): KeycloakContainer[];
/** Clustered containers whose caches use a JGroups transport (`cache=ispn`). */
export declare function withTransport(model: Model): KeycloakContainer[];
/** Whether the container discovers members through `jgroups.dns.query` (DNS_PING). */
export declare function usesDnsPing(kc: KeycloakContainer): boolean;
/** Keycloak containers of the Quarkus distribution at any replica count. */
export declare function quarkusKeycloak(model: Model): KeycloakContainer[];
/**
 * Where a container's effective stack comes from: the cache-stack value, the `stack`
 * attribute of a mounted XML, the option naming the shipped XML, or the container itself
 * when the stack is the version's default.
 */
export declare function stackLocation(kc: KeycloakContainer): Location;
/** How a message says where the stack comes from. */
export declare function stackOrigin(kc: KeycloakContainer): string;
/**
 * The Services that containers use for DNS discovery, each with the containers that query
 * it (at any replica count, so that a single-replica copy with the same setup is a user).
 */
export declare function discoveryServices(model: Model): Map<Resource, KeycloakContainer[]>;
/** Path of the pod template's labels inside a workload. */
export declare function podLabelsPath(workload: Workload): Path;
/** A headless Service that selects the workload's pods: the right target of a DNS query. */
export declare function headlessServiceFor(model: Model, workload: Workload): Resource | undefined;
/** The `svc.ns` form of a DNS query for a Service (the form the Keycloak Operator uses). */
export declare function queryFor(service: Resource): string;
/**
 * Whether JVM system properties may be set where the linter cannot see: a JVM option
 * variable with an unknown value, or (with `opaque`) an envFrom source not in the files.
 */
export declare function mayHideJvmOptions(kc: KeycloakContainer, { opaque }?: {
    opaque?: boolean | undefined;
}): boolean;
