import type { Location } from '../load/source.js';
import type { Front } from './fronts.js';
import type { KindRef } from './kinds.js';
import { type JsonObject, type Resource } from './resource.js';
import type { ControllerFamily, IngressView, Model } from './types.js';
/** A session-affinity setting that some controller honours. */
export interface Stickiness {
    readonly family: ControllerFamily;
    readonly description: string;
    readonly at: Location;
}
export declare const TRAEFIK_STICKY = "traefik.ingress.kubernetes.io/service.sticky.cookie";
export declare const ALB_ATTRIBUTES = "alb.ingress.kubernetes.io/target-group-attributes";
export declare const HAPROXY_ORG_PERSISTENCE = "haproxy.org/cookie-persistence";
export declare const HAPROXY_INGRESS = "haproxy-ingress.github.io/";
export declare const DESTINATION_RULE: readonly KindRef[];
export declare const BACKEND_CONFIG: readonly KindRef[];
export declare const BACKEND_LB_POLICY: readonly KindRef[];
/** Whether the Service's Traefik annotations turn the sticky cookie on. */
export declare function traefikStickyOn(service: Resource): string | undefined;
/** Whether ALB target-group attributes turn stickiness on. */
export declare function albStickinessOn(value: string | undefined): boolean;
/**
 * The session-affinity settings in front of an Ingress's backends that its controller
 * honours. With an unknown controller, a setting of any family counts.
 */
export declare function stickinessOf(view: IngressView, model?: Model): Stickiness[];
/** Where a front lacks the stickiness its controller needs; undefined when it has it. */
export interface MissingAffinity {
    readonly at: Location;
    /** Affinity keys written where the controller does not read them. */
    readonly ignored: readonly string[];
}
/**
 * For an Ingress: no affinity setting of its family. For an IngressRoute: a service entry
 * that reaches Keycloak without `sticky.cookie`. For an HTTPRoute: a rule that reaches
 * Keycloak without `sessionPersistence`, and no BackendLBPolicy or Istio DestinationRule
 * that makes its Services sticky.
 */
export declare function missingAffinity(model: Model, front: Front): MissingAffinity | undefined;
/**
 * Affinity annotations written where the controller in use does not read them: an nginx
 * affinity key under a misspelt prefix, or Traefik's Service stickiness on the Ingress.
 */
export declare function ignoredAffinityKeys(front: Front): string[];
/** Traefik's Service stickiness annotations written on an Ingress, which Traefik ignores. */
export declare function traefikKeysOnIngress(ingress: Resource): string[];
/**
 * GKE session affinity of a Service: a BackendConfig it names whose `sessionAffinity` has an
 * `affinityType` other than NONE. A named BackendConfig that is not in the files may set it,
 * so it counts as well.
 */
export declare function gkeAffinity(model: Model, service: Resource): {
    description: string;
    at: Location;
} | undefined;
/** The DestinationRules whose `host` names the Service (short, `svc.ns` or FQDN forms). */
export declare function destinationRulesFor(model: Model, service: Resource): readonly Resource[];
/** The first `consistentHash` of a DestinationRule (any hash key keeps a client on one pod). */
export declare function consistentHashOf(rule: Resource): {
    at: Location;
} | undefined;
/** Istio `httpCookie` hashes that make Envoy create the cookie (those with a `ttl`). */
export declare function generatedIstioCookies(rule: Resource): {
    name: string;
    at: Location;
    ttl: string;
}[];
/** The `sessionPersistence` of a BackendLBPolicy that targets the Service, if any. */
export declare function backendLbPolicySession(model: Model, service: Resource): {
    policy: Resource;
    session: JsonObject;
} | undefined;
