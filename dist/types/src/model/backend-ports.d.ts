import type { Path } from '../load/source.js';
import { type Resource } from './resource.js';
import type { Workload } from './types.js';
/** A port of a Service, with where it is written. */
export interface ServicePort {
    readonly index: number;
    readonly name: string | undefined;
    readonly port: number | undefined;
    /** `targetPort`, or the port itself when it is absent (Kubernetes' default). */
    readonly target: number | string | undefined;
    readonly targetWritten: boolean;
}
export declare function servicePorts(service: Resource): ServicePort[];
export declare function servicePortPath(port: ServicePort): Path;
/** The port the reference selects: by number or by name. */
export declare function findServicePort(service: Resource, ref: {
    readonly number?: number;
    readonly name?: string;
}): ServicePort | undefined;
/**
 * Whether a Service's target port reaches a port of the workload's pods: a named port must
 * be declared by a container; a number must be declared by a container or be one Keycloak
 * listens on (its HTTP, HTTPS or management port, as configured). Undefined when it cannot
 * be told (a port option whose value is unknown).
 */
export declare function targetReachesPod(workload: Workload, target: number | string): boolean | undefined;
