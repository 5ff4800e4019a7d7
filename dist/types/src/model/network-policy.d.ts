import type { Path } from '../load/source.js';
import { type KindRef } from './kinds.js';
import { type Resource } from './resource.js';
import { type LabelSelector } from './selector.js';
import type { Model, Workload } from './types.js';
export declare const NETWORK_POLICY: readonly KindRef[];
/** A three-valued answer. */
export type Tri = 'yes' | 'no' | 'unknown';
export declare function anyOf(values: Iterable<Tri>): Tri;
export declare function allOf(values: Iterable<Tri>): Tri;
export type Direction = 'ingress' | 'egress';
export interface PolicyPort {
    readonly protocol: string;
    /** A number, a port name, or undefined for every port of the protocol. */
    readonly port: number | string | undefined;
    readonly endPort: number | undefined;
}
export interface PolicyPeer {
    readonly podSelector: LabelSelector | undefined;
    readonly namespaceSelector: LabelSelector | undefined;
    readonly ipBlock: {
        readonly cidr: string;
        readonly except: readonly string[];
    } | undefined;
}
export interface PolicyRule {
    /** Path of the rule inside the NetworkPolicy. */
    readonly path: Path;
    /** Undefined: every source (destination). */
    readonly peers: readonly PolicyPeer[] | undefined;
    /** Undefined: every port. */
    readonly ports: readonly PolicyPort[] | undefined;
}
export interface NetworkPolicyView {
    readonly resource: Resource;
    readonly podSelector: LabelSelector;
    /** The directions the policy isolates, with the API server's defaults applied. */
    readonly types: ReadonlySet<Direction>;
    /** Whether `policyTypes` is written (else the defaults apply). */
    readonly typesWritten: boolean;
    readonly ingress: readonly PolicyRule[];
    readonly egress: readonly PolicyRule[];
}
/** A pod as a NetworkPolicy peer: its namespace, labels and container ports. */
export interface PodFacts {
    readonly namespace: string | undefined;
    readonly labels: Readonly<Record<string, string>>;
    readonly ports: readonly ContainerPort[];
}
export interface ContainerPort {
    readonly name: string | undefined;
    readonly port: number;
    readonly protocol: string;
}
/** The ports every container of the pod template declares. */
export declare function containerPortsOf(workload: Workload): ContainerPort[];
export declare function podFacts(workload: Workload): PodFacts;
/** Every NetworkPolicy of the model, read once. */
export declare function networkPolicies(model: Model): readonly NetworkPolicyView[];
export declare function readPolicy(resource: Resource): NetworkPolicyView;
/**
 * A label selector against labels that may be incomplete. With `complete` false only the
 * keys in `known` are certain; a requirement on another key cannot be decided.
 */
export declare function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>, complete?: boolean, known?: ReadonlySet<string>): Tri;
/**
 * The labels of a namespace as a namespaceSelector sees them: those of the Namespace
 * object when it is in the files, plus the `kubernetes.io/metadata.name` label the API
 * server sets on every namespace. Without the object only that label is certain.
 */
export declare function namespaceLabels(model: Model, namespace: string | undefined): {
    labels: Record<string, string>;
    complete: boolean;
    object: Resource | undefined;
};
/** Whether a peer of a rule in a policy of `policyNamespace` covers the pod. */
export declare function peerMatches(model: Model, peer: PolicyPeer, policyNamespace: string | undefined, pod: PodFacts): Tri;
/**
 * Pod IPs are not in the manifests. A block of the whole address space admits them; a
 * private or shared range (where pod networks live) may or may not hold them, and whether
 * an ipBlock applies to pod traffic at all depends on the network plugin: unknown. A
 * public range is taken as not holding pod IPs.
 */
export declare function ipBlockCoversPods(block: {
    cidr: string;
    except: readonly string[];
}): Tri;
/** Whether a rule's ports admit TCP `port` on the destination pod (named ports resolve there). */
export declare function portsAdmit(ports: readonly PolicyPort[] | undefined, port: number, destination: PodFacts): Tri;
/** Whether a NetworkPolicy selects the workload's pods (same namespace, podSelector). */
export declare function selectsPods(view: NetworkPolicyView, pod: PodFacts): boolean;
/** The NetworkPolicies that select a workload's pods. */
export declare function policiesSelecting(model: Model, workload: Workload): readonly NetworkPolicyView[];
export interface Reachability {
    /** The policies that isolate the pods in this direction (empty: all traffic admitted). */
    readonly isolating: readonly NetworkPolicyView[];
    /** Per port: whether the union of their rules admits it. */
    readonly admitted: ReadonlyMap<number, Tri>;
}
/**
 * Whether TCP traffic between two pods of one workload is admitted on each port, in one
 * direction: ingress into a pod from its peers, or egress from a pod to its peers. The
 * rules of every policy that selects the pods and isolates that direction form a union.
 */
export declare function peerReachability(model: Model, workload: Workload, direction: Direction, ports: readonly number[]): Reachability;
export interface ServicePortTarget {
    /** Path of the port entry inside the Service. */
    readonly path: Path;
    readonly name: string | undefined;
    readonly port: number | undefined;
    readonly protocol: string;
    /** The container port the traffic reaches; undefined when a name does not resolve. */
    readonly target: number | undefined;
    /** The targetPort is a name, resolved through the selected pods' container ports. */
    readonly targetName: string | undefined;
    /** Whether the entry writes a targetPort (else the target is its port). */
    readonly targetWritten: boolean;
}
/**
 * The ports of a Service with the container port each reaches: `targetPort` (a number, or
 * a name resolved through the container ports of the selected pods), else `port`.
 */
export declare function serviceTargets(service: Resource, workloads: readonly Workload[]): ServicePortTarget[];
