import type { Location, Path } from '../load/source.js';
import type { KindRef } from './kinds.js';
import { type Resource } from './resource.js';
import type { ControllerFamily, IngressView, Model, Workload } from './types.js';
export declare const INGRESS_ROUTE: readonly KindRef[];
export declare const HTTP_ROUTE: readonly KindRef[];
export type FrontKind = 'Ingress' | 'IngressRoute' | 'HTTPRoute';
/** One reference from a front to a Service. */
export interface FrontBackend {
    readonly serviceName: string;
    /** The namespace the Service is looked up in (the front's unless the reference names one). */
    readonly namespace: string | undefined;
    readonly port: {
        readonly number?: number;
        readonly name?: string;
    };
    /** The Service name as written. */
    readonly at: Location;
    /** The port reference, or the nearest existing parent when it is absent. */
    readonly portAt: Location;
    /** Path of the whole reference inside the front (an IngressRoute service, a backendRef). */
    readonly path: Path;
    /** For routes: the index of the route / rule the reference belongs to. */
    readonly group: number;
    readonly service: Resource | undefined;
    readonly workloads: readonly Workload[];
}
export interface Front {
    readonly kind: FrontKind;
    readonly resource: Resource;
    /** Undefined when it cannot be told (always for an HTTPRoute: its Gateway decides). */
    readonly controller: ControllerFamily | undefined;
    readonly backends: readonly FrontBackend[];
    readonly keycloak: readonly Workload[];
    /** The Ingress view, for an Ingress. */
    readonly ingress?: IngressView;
}
/** Every Ingress, IngressRoute and HTTPRoute that routes to Keycloak pods. */
export declare function frontsOf(model: Model): Front[];
/** Whether a resource is an Ingress (as opposed to a route). */
export declare function isIngress(resource: Resource): boolean;
