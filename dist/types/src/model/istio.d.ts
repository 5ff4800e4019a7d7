import type { Location, Path } from '../load/source.js';
import { type KindRef } from './kinds.js';
import { type ServicePortTarget, type Tri } from './network-policy.js';
import { type Json, type Resource } from './resource.js';
import type { KeycloakContainer, Model, Workload } from './types.js';
export declare const PEER_AUTHENTICATION: readonly KindRef[];
export declare const AUTHORIZATION_POLICY: readonly KindRef[];
/** Istio's default root namespace (meshConfig.rootNamespace), home of mesh-wide policies. */
export declare const ISTIO_ROOT_NAMESPACE = "istio-system";
export interface MeshMembership {
    /** `unknown`: the namespace's labels are not in the files and the pods say nothing. */
    readonly mode: 'sidecar' | 'ambient' | 'none' | 'unknown';
    /** Where the pods are put into (or kept out of) the mesh. */
    readonly at?: Location;
    readonly resource?: Resource;
    /** How a message says it: `namespace iam is labelled istio-injection=enabled`. */
    readonly reason: string;
}
export declare function podAnnotations(workload: Workload): Record<string, string>;
/**
 * Whether the pods get an Istio sidecar: the pod's `sidecar.istio.io/inject` (label, else
 * annotation) opts out with "false"; a namespace labelled `istio-injection=disabled` keeps
 * them out, `istio-injection=enabled` or `istio.io/rev` puts them in; so does the pod's
 * `sidecar.istio.io/inject: "true"` or `istio.io/rev` label. A namespace labelled
 * `istio.io/dataplane-mode=ambient` puts them in the ambient mesh (no sidecar).
 */
export declare function meshMembership(model: Model, workload: Workload): MeshMembership;
/**
 * Whether a port bypasses the sidecar: `traffic.sidecar.istio.io/excludeInboundPorts` (or
 * an `includeInboundPorts` list without it) and `excludeOutboundPorts`.
 */
export declare function sidecarBypass(workload: Workload, port: number): {
    inbound: boolean;
    outbound: boolean;
};
/**
 * The Service the members are declared on: the one the DNS query names, else the
 * StatefulSet's `serviceName`, else a headless Service that selects the pods.
 */
export declare function discoveryServiceOf(model: Model, kc: KeycloakContainer): Resource | undefined;
/** The entries of a Service that carry TCP `port` to the pods (as `port` or as target). */
export declare function declaredPort(service: Resource, workload: Workload, port: number): ServicePortTarget | undefined;
export type MtlsMode = 'STRICT' | 'PERMISSIVE' | 'DISABLE';
export interface MtlsDecision {
    readonly mode: MtlsMode;
    /** The PeerAuthentication that decides, and the path of the mode in it. */
    readonly policy: Resource | undefined;
    readonly path: Path | undefined;
    readonly level: 'port' | 'workload' | 'namespace' | 'mesh' | 'default';
}
/**
 * The mTLS mode the PeerAuthentications give a port of the pods: a port-level mode of a
 * workload-selected policy, else its mode, else the namespace-wide policy's, else the
 * mesh-wide one's (root namespace), else PERMISSIVE. `UNSET` inherits. Undefined when two
 * policies of the deciding level disagree (Istio then picks the oldest, which the files do
 * not tell).
 */
export declare function mtlsModeFor(model: Model, workload: Workload, port: number): MtlsDecision | undefined;
export interface AuthorizationPolicyView {
    readonly resource: Resource;
    readonly action: string;
    /** Whether it names the pods by a selector (else it covers a namespace or the mesh). */
    readonly selected: boolean;
}
/**
 * The AuthorizationPolicies that apply to a workload's sidecars: in its namespace, or
 * mesh-wide in the root namespace, without a selector or with one that selects the pods.
 * Policies attached with `targetRef(s)` apply to waypoints and gateways, not sidecars.
 */
export declare function authorizationPoliciesFor(model: Model, workload: Workload): AuthorizationPolicyView[];
/** A Keycloak pod as the source of a connection. */
export interface SourcePod {
    readonly namespace: string | undefined;
    readonly serviceAccount: string;
}
export declare function sourcePodOf(workload: Workload): SourcePod;
/**
 * Whether a rule of an AuthorizationPolicy matches a TCP connection from `pod` to `port`.
 * JGroups is not HTTP: a rule with HTTP-only fields never matches TCP traffic in an ALLOW
 * policy (`httpOnly` 'no'); callers judging a DENY policy pass 'unknown'.
 */
export declare function authzRuleMatches(rule: Json, pod: SourcePod, port: number, httpOnly: Tri): Tri;
export interface AuthzDecision {
    /** Whether the sidecar admits the connection. */
    readonly admitted: Tri;
    /** The DENY policy and rule index that certainly deny it. */
    readonly deniedBy?: {
        readonly policy: AuthorizationPolicyView;
        readonly rule: number;
    };
    /** The ALLOW policies (none of which admits it when `admitted` is 'no'). */
    readonly allow: readonly AuthorizationPolicyView[];
}
/** Istio's order: a matching DENY policy denies; else with ALLOW policies, one must match. */
export declare function authzDecision(policies: readonly AuthorizationPolicyView[], pod: SourcePod, port: number): AuthzDecision;
