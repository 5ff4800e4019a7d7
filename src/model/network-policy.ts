// NetworkPolicy semantics (networking.k8s.io/v1) over the model: which policies select a
// workload's pods, and whether their rules admit a TCP port between two pods. Answers are
// three-valued: what depends on facts the files do not hold (labels of a Namespace that is
// not in the files, pod IPs behind an ipBlock) is `unknown`, never guessed.
import type { Path } from '../load/source.js';
import { type KindRef, NAMESPACE } from './kinds.js';
import { asArray, asObject, asString, type Json, type Resource } from './resource.js';
import { type LabelSelector, toLabelSelector } from './selector.js';
import type { Model, Workload } from './types.js';

export const NETWORK_POLICY: readonly KindRef[] = [
  { group: 'networking.k8s.io', kind: 'NetworkPolicy' },
  { group: 'extensions', kind: 'NetworkPolicy' },
];

/** A three-valued answer. */
export type Tri = 'yes' | 'no' | 'unknown';

export function anyOf(values: Iterable<Tri>): Tri {
  let result: Tri = 'no';
  for (const v of values) {
    if (v === 'yes') return 'yes';
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

export function allOf(values: Iterable<Tri>): Tri {
  let result: Tri = 'yes';
  for (const v of values) {
    if (v === 'no') return 'no';
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

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
  readonly ipBlock: { readonly cidr: string; readonly except: readonly string[] } | undefined;
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
export function containerPortsOf(workload: Workload): ContainerPort[] {
  return asArray(workload.podSpec.containers).flatMap((c) =>
    asArray(asObject(c)?.ports).flatMap((p) => {
      const entry = asObject(p);
      const port = entry?.containerPort;
      if (typeof port !== 'number') return [];
      return [
        {
          name: asString(entry?.name),
          port,
          protocol: (asString(entry?.protocol) ?? 'TCP').toUpperCase(),
        },
      ];
    }),
  );
}

export function podFacts(workload: Workload): PodFacts {
  return {
    namespace: workload.resource.namespace,
    labels: workload.podLabels,
    ports: containerPortsOf(workload),
  };
}

const views = new WeakMap<Model, NetworkPolicyView[]>();

/** Every NetworkPolicy of the model, read once. */
export function networkPolicies(model: Model): readonly NetworkPolicyView[] {
  let found = views.get(model);
  if (!found) {
    found = model.index.ofKind(NETWORK_POLICY).map(readPolicy);
    views.set(model, found);
  }
  return found;
}

export function readPolicy(resource: Resource): NetworkPolicyView {
  const spec = resource.spec;
  const written = asArray(spec.policyTypes).filter((t): t is string => typeof t === 'string');
  const types = new Set<Direction>();
  if (written.length > 0) {
    for (const t of written) {
      if (t === 'Ingress') types.add('ingress');
      if (t === 'Egress') types.add('egress');
    }
  } else {
    // API defaults: Ingress always, Egress when the policy has egress rules.
    types.add('ingress');
    if (asArray(spec.egress).length > 0) types.add('egress');
  }
  return {
    resource,
    podSelector: toLabelSelector(spec.podSelector) ?? { matchLabels: {}, matchExpressions: [] },
    types,
    typesWritten: written.length > 0,
    ingress: readRules(spec.ingress, 'ingress', 'from'),
    egress: readRules(spec.egress, 'egress', 'to'),
  };
}

function readRules(value: Json | undefined, key: Direction, peerKey: string): PolicyRule[] {
  return asArray(value).map((r, i) => {
    const rule = asObject(r) ?? {};
    const peers = asArray(rule[peerKey]);
    const ports = asArray(rule.ports);
    return {
      path: ['spec', key, i],
      peers: peers.length === 0 ? undefined : peers.map(readPeer),
      ports: ports.length === 0 ? undefined : ports.map(readPort),
    };
  });
}

function readPeer(value: Json): PolicyPeer {
  const peer = asObject(value) ?? {};
  const block = asObject(peer.ipBlock);
  const cidr = asString(block?.cidr);
  return {
    podSelector: peer.podSelector === undefined ? undefined : toLabelSelector(peer.podSelector),
    namespaceSelector:
      peer.namespaceSelector === undefined ? undefined : toLabelSelector(peer.namespaceSelector),
    ipBlock:
      cidr === undefined
        ? undefined
        : {
            cidr,
            except: asArray(block?.except).filter((e): e is string => typeof e === 'string'),
          },
  };
}

function readPort(value: Json): PolicyPort {
  const entry = asObject(value) ?? {};
  const port = entry.port;
  return {
    protocol: (asString(entry.protocol) ?? 'TCP').toUpperCase(),
    port: typeof port === 'number' || typeof port === 'string' ? port : undefined,
    endPort: typeof entry.endPort === 'number' ? entry.endPort : undefined,
  };
}

/**
 * A label selector against labels that may be incomplete. With `complete` false only the
 * keys in `known` are certain; a requirement on another key cannot be decided.
 */
export function selectorMatches(
  selector: LabelSelector,
  labels: Readonly<Record<string, string>>,
  complete = true,
  known: ReadonlySet<string> = new Set(),
): Tri {
  const decided = (key: string) => complete || known.has(key);
  const results: Tri[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    results.push(decided(key) ? (labels[key] === value ? 'yes' : 'no') : 'unknown');
  }
  for (const { key, operator, values } of selector.matchExpressions) {
    if (!decided(key)) {
      results.push(['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator) ? 'unknown' : 'no');
      continue;
    }
    const has = Object.hasOwn(labels, key);
    const value = labels[key];
    let ok: boolean;
    if (operator === 'In') ok = has && values.includes(value!);
    else if (operator === 'NotIn') ok = !(has && values.includes(value!));
    else if (operator === 'Exists') ok = has;
    else if (operator === 'DoesNotExist') ok = !has;
    // The API server rejects an unknown operator; such a selector selects nothing.
    else ok = false;
    results.push(ok ? 'yes' : 'no');
  }
  return allOf(results);
}

const METADATA_NAME = 'kubernetes.io/metadata.name';

/**
 * The labels of a namespace as a namespaceSelector sees them: those of the Namespace
 * object when it is in the files, plus the `kubernetes.io/metadata.name` label the API
 * server sets on every namespace. Without the object only that label is certain.
 */
export function namespaceLabels(
  model: Model,
  namespace: string | undefined,
): { labels: Record<string, string>; complete: boolean; object: Resource | undefined } {
  if (namespace === undefined) return { labels: {}, complete: false, object: undefined };
  const object = model.index.find(NAMESPACE, undefined, namespace);
  return {
    labels: { ...(object?.labels ?? {}), [METADATA_NAME]: namespace },
    complete: object !== undefined,
    object,
  };
}

/** Whether a peer of a rule in a policy of `policyNamespace` covers the pod. */
export function peerMatches(
  model: Model,
  peer: PolicyPeer,
  policyNamespace: string | undefined,
  pod: PodFacts,
): Tri {
  if (peer.ipBlock) return ipBlockCoversPods(peer.ipBlock);
  if (!peer.podSelector && !peer.namespaceSelector) return 'unknown';
  const results: Tri[] = [];
  if (peer.namespaceSelector) {
    const ns = namespaceLabels(model, pod.namespace);
    const known = new Set(pod.namespace === undefined ? [] : [METADATA_NAME]);
    results.push(selectorMatches(peer.namespaceSelector, ns.labels, ns.complete, known));
  } else if (
    policyNamespace !== undefined &&
    pod.namespace !== undefined &&
    policyNamespace !== pod.namespace
  ) {
    // A podSelector alone selects pods of the policy's own namespace.
    results.push('no');
  }
  if (peer.podSelector) results.push(selectorMatches(peer.podSelector, pod.labels));
  return allOf(results);
}

/**
 * Pod IPs are not in the manifests. A block of the whole address space admits them; a
 * private or shared range (where pod networks live) may or may not hold them, and whether
 * an ipBlock applies to pod traffic at all depends on the network plugin: unknown. A
 * public range is taken as not holding pod IPs.
 */
export function ipBlockCoversPods(block: { cidr: string; except: readonly string[] }): Tri {
  const { cidr, except } = block;
  if (cidr.includes(':')) return cidr.trim() === '::/0' && except.length === 0 ? 'yes' : 'unknown';
  const parsed = parseCidr(cidr);
  if (!parsed) return 'unknown';
  if (parsed.bits === 0) return except.length === 0 ? 'yes' : 'unknown';
  const podRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];
  return podRanges.some((r) => overlaps(parsed, parseCidr(r)!)) ? 'unknown' : 'no';
}

function parseCidr(text: string): { base: number; bits: number } | undefined {
  const match = /^\s*(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const bits = Number(match[5]);
  if (octets.some((o) => o > 255) || bits > 32) return undefined;
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  return { base, bits };
}

function overlaps(a: { base: number; bits: number }, b: { base: number; bits: number }): boolean {
  const bits = Math.min(a.bits, b.bits);
  const size = 2 ** (32 - bits);
  return Math.floor(a.base / size) === Math.floor(b.base / size);
}

/** Whether a rule's ports admit TCP `port` on the destination pod (named ports resolve there). */
export function portsAdmit(
  ports: readonly PolicyPort[] | undefined,
  port: number,
  destination: PodFacts,
): Tri {
  if (!ports) return 'yes';
  return anyOf(
    ports.map((p): Tri => {
      if (p.protocol !== 'TCP') return 'no';
      if (p.port === undefined) return 'yes';
      if (typeof p.port === 'number') {
        return p.endPort !== undefined
          ? port >= p.port && port <= p.endPort
            ? 'yes'
            : 'no'
          : p.port === port
            ? 'yes'
            : 'no';
      }
      // A number written as a string is not a port name; the API server rejects it.
      if (/^\d+$/.test(p.port)) return 'unknown';
      return destination.ports.some(
        (c) => c.name === p.port && c.protocol === 'TCP' && c.port === port,
      )
        ? 'yes'
        : 'no';
    }),
  );
}

/** Whether a NetworkPolicy selects the workload's pods (same namespace, podSelector). */
export function selectsPods(view: NetworkPolicyView, pod: PodFacts): boolean {
  const ns = view.resource.namespace;
  if (ns !== undefined && pod.namespace !== undefined && ns !== pod.namespace) return false;
  return selectorMatches(view.podSelector, pod.labels) === 'yes';
}

const selecting = new WeakMap<Model, Map<Workload, NetworkPolicyView[]>>();

/** The NetworkPolicies that select a workload's pods. */
export function policiesSelecting(model: Model, workload: Workload): readonly NetworkPolicyView[] {
  let byWorkload = selecting.get(model);
  if (!byWorkload) {
    byWorkload = new Map();
    selecting.set(model, byWorkload);
  }
  const cached = byWorkload.get(workload);
  if (cached) return cached;
  const pod = podFacts(workload);
  const found = networkPolicies(model).filter((v) => selectsPods(v, pod));
  byWorkload.set(workload, found);
  return found;
}

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
export function peerReachability(
  model: Model,
  workload: Workload,
  direction: Direction,
  ports: readonly number[],
): Reachability {
  const pod = podFacts(workload);
  const isolating = policiesSelecting(model, workload).filter((v) => v.types.has(direction));
  const admitted = new Map<number, Tri>();
  for (const port of ports) {
    if (isolating.length === 0) {
      admitted.set(port, 'yes');
      continue;
    }
    admitted.set(
      port,
      anyOf(
        isolating.flatMap((view) =>
          view[direction].map((rule) =>
            allOf([
              rule.peers
                ? anyOf(rule.peers.map((p) => peerMatches(model, p, view.resource.namespace, pod)))
                : 'yes',
              // The peer and the destination are pods of the same workload.
              portsAdmit(rule.ports, port, pod),
            ]),
          ),
        ),
      ),
    );
  }
  return { isolating, admitted };
}

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
export function serviceTargets(
  service: Resource,
  workloads: readonly Workload[],
): ServicePortTarget[] {
  const containerPorts = workloads.flatMap(containerPortsOf);
  return asArray(service.spec.ports).flatMap((entry, i) => {
    const p = asObject(entry);
    if (!p) return [];
    const port = typeof p.port === 'number' ? p.port : undefined;
    const protocol = (asString(p.protocol) ?? 'TCP').toUpperCase();
    const targetPort = p.targetPort;
    let target: number | undefined;
    let targetName: string | undefined;
    if (typeof targetPort === 'number') target = targetPort;
    else if (typeof targetPort === 'string' && /^\d+$/.test(targetPort))
      target = Number(targetPort);
    else if (typeof targetPort === 'string') {
      targetName = targetPort;
      target = containerPorts.find((c) => c.name === targetPort && c.protocol === protocol)?.port;
    } else target = port;
    return [
      {
        path: ['spec', 'ports', i],
        name: asString(p.name),
        port,
        protocol,
        target,
        targetName,
        targetWritten: targetPort !== undefined,
      },
    ];
  });
}
