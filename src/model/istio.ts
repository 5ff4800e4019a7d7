// Istio semantics over the model: whether a workload's pods run in the mesh (sidecar
// injection, ambient), which ports bypass the sidecar, the mTLS mode PeerAuthentications
// give a port, and whether AuthorizationPolicies admit a port between the pods. What the
// files cannot tell is `unknown`, never guessed.
import type { Location, Path } from '../load/source.js';
import { sameNamespace } from './index.js';
import { type KindRef, SERVICE } from './kinds.js';
import {
  allOf,
  anyOf,
  ipBlockCoversPods,
  namespaceLabels,
  type ServicePortTarget,
  serviceTargets,
  type Tri,
} from './network-policy.js';
import { headlessServiceFor } from './query.js';
import { asArray, asObject, asString, type Json, type Resource, valueAt } from './resource.js';
import type { KeycloakContainer, Model, Workload } from './types.js';

export const PEER_AUTHENTICATION: readonly KindRef[] = [
  { group: 'security.istio.io', kind: 'PeerAuthentication' },
];
export const AUTHORIZATION_POLICY: readonly KindRef[] = [
  { group: 'security.istio.io', kind: 'AuthorizationPolicy' },
];

/** Istio's default root namespace (meshConfig.rootNamespace), home of mesh-wide policies. */
export const ISTIO_ROOT_NAMESPACE = 'istio-system';

const INJECT = 'sidecar.istio.io/inject';
const REVISION = 'istio.io/rev';
const DATAPLANE = 'istio.io/dataplane-mode';

export interface MeshMembership {
  /** `unknown`: the namespace's labels are not in the files and the pods say nothing. */
  readonly mode: 'sidecar' | 'ambient' | 'none' | 'unknown';
  /** Where the pods are put into (or kept out of) the mesh. */
  readonly at?: Location;
  readonly resource?: Resource;
  /** How a message says it: `namespace iam is labelled istio-injection=enabled`. */
  readonly reason: string;
}

function podMetadataPath(workload: Workload): Path {
  return [...workload.podSpecPath.slice(0, -1), 'metadata'];
}

export function podAnnotations(workload: Workload): Record<string, string> {
  const out: Record<string, string> = {};
  const value = asObject(
    valueAt(workload.resource.value, [...podMetadataPath(workload), 'annotations']),
  );
  for (const [k, v] of Object.entries(value ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Whether the pods get an Istio sidecar: the pod's `sidecar.istio.io/inject` (label, else
 * annotation) opts out with "false"; a namespace labelled `istio-injection=disabled` keeps
 * them out, `istio-injection=enabled` or `istio.io/rev` puts them in; so does the pod's
 * `sidecar.istio.io/inject: "true"` or `istio.io/rev` label. A namespace labelled
 * `istio.io/dataplane-mode=ambient` puts them in the ambient mesh (no sidecar).
 */
export function meshMembership(model: Model, workload: Workload): MeshMembership {
  const labels = workload.podLabels;
  const annotations = podAnnotations(workload);
  const meta = podMetadataPath(workload);
  const resource = workload.resource;
  const podKey = labels[INJECT] !== undefined ? 'labels' : 'annotations';
  const podValue = labels[INJECT] ?? annotations[INJECT];
  const podAt = resource.at([...meta, podKey, INJECT]);
  if (podValue === 'false')
    return { mode: 'none', at: podAt, resource, reason: `the pods set ${INJECT}: "false"` };
  const ns = namespaceLabels(model, resource.namespace);
  const object = ns.object;
  const nsAt = (key: string) => object?.at(['metadata', 'labels', key]);
  const nsName = `namespace ${resource.namespace}`;
  const injection = object?.labels['istio-injection'];
  if (injection === 'disabled')
    return {
      mode: 'none',
      ...located(nsAt('istio-injection'), object),
      reason: `${nsName} is labelled istio-injection=disabled`,
    };
  if (injection === 'enabled')
    return {
      mode: 'sidecar',
      ...located(nsAt('istio-injection'), object),
      reason: `${nsName} is labelled istio-injection=enabled`,
    };
  if (object?.labels[REVISION] !== undefined)
    return {
      mode: 'sidecar',
      ...located(nsAt(REVISION), object),
      reason: `${nsName} is labelled ${REVISION}=${object.labels[REVISION]}`,
    };
  if (podValue === 'true')
    return { mode: 'sidecar', at: podAt, resource, reason: `the pods set ${INJECT}: "true"` };
  if (labels[REVISION] !== undefined)
    return {
      mode: 'sidecar',
      at: resource.at([...meta, 'labels', REVISION]),
      resource,
      reason: `the pods are labelled ${REVISION}=${labels[REVISION]}`,
    };
  if (
    labels[DATAPLANE] !== 'none' &&
    (object?.labels[DATAPLANE] === 'ambient' || labels[DATAPLANE] === 'ambient')
  )
    return { mode: 'ambient', reason: 'the pods are in the ambient mesh' };
  if (object) return { mode: 'none', reason: `${nsName} has no injection label` };
  return { mode: 'unknown', reason: `the labels of ${nsName} are not in the files` };
}

function located(at: Location | undefined, resource: Resource | undefined) {
  return at && resource ? { at, resource } : {};
}

function portList(value: string | undefined): Set<number> | 'all' | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '*') return 'all';
  return new Set(
    value
      .split(',')
      .map((p) => Number(p.trim()))
      .filter((p) => Number.isInteger(p) && p > 0),
  );
}

/**
 * Whether a port bypasses the sidecar: `traffic.sidecar.istio.io/excludeInboundPorts` (or
 * an `includeInboundPorts` list without it) and `excludeOutboundPorts`.
 */
export function sidecarBypass(
  workload: Workload,
  port: number,
): { inbound: boolean; outbound: boolean } {
  const a = podAnnotations(workload);
  const excludeIn = portList(a['traffic.sidecar.istio.io/excludeInboundPorts']);
  const includeIn = portList(a['traffic.sidecar.istio.io/includeInboundPorts']);
  const excludeOut = portList(a['traffic.sidecar.istio.io/excludeOutboundPorts']);
  const has = (list: Set<number> | 'all' | undefined) => list instanceof Set && list.has(port);
  return {
    inbound: has(excludeIn) || (includeIn instanceof Set && !includeIn.has(port)),
    outbound: has(excludeOut),
  };
}

/**
 * The Service the members are declared on: the one the DNS query names, else the
 * StatefulSet's `serviceName`, else a headless Service that selects the pods.
 */
export function discoveryServiceOf(model: Model, kc: KeycloakContainer): Resource | undefined {
  const queried = model.discovery(kc)?.services[0];
  if (queried) return queried;
  const workload = kc.workload;
  const serviceName = asString(workload.resource.spec.serviceName);
  if (workload.resource.kind === 'StatefulSet' && serviceName) {
    const named = model.index.find(SERVICE, workload.resource.namespace, serviceName);
    if (named) return named;
  }
  return headlessServiceFor(model, workload);
}

/** The entries of a Service that carry TCP `port` to the pods (as `port` or as target). */
export function declaredPort(
  service: Resource,
  workload: Workload,
  port: number,
): ServicePortTarget | undefined {
  return serviceTargets(service, [workload]).find(
    (t) => t.protocol === 'TCP' && (t.port === port || t.target === port),
  );
}

export type MtlsMode = 'STRICT' | 'PERMISSIVE' | 'DISABLE';

export interface MtlsDecision {
  readonly mode: MtlsMode;
  /** The PeerAuthentication that decides, and the path of the mode in it. */
  readonly policy: Resource | undefined;
  readonly path: Path | undefined;
  readonly level: 'port' | 'workload' | 'namespace' | 'mesh' | 'default';
}

const MODES: readonly string[] = ['STRICT', 'PERMISSIVE', 'DISABLE'];

function modeAt(policy: Resource, path: Path): MtlsMode | undefined {
  const value = asString(valueAt(policy.value, path))?.toUpperCase();
  return value && MODES.includes(value) ? (value as MtlsMode) : undefined;
}

function matchLabelsOf(value: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(asObject(value)?.matchLabels) ?? {}))
    if (typeof v === 'string') out[k] = v;
  return out;
}

function selectorSelects(
  selector: Record<string, string>,
  labels: Readonly<Record<string, string>>,
) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/**
 * The mTLS mode the PeerAuthentications give a port of the pods: a port-level mode of a
 * workload-selected policy, else its mode, else the namespace-wide policy's, else the
 * mesh-wide one's (root namespace), else PERMISSIVE. `UNSET` inherits. Undefined when two
 * policies of the deciding level disagree (Istio then picks the oldest, which the files do
 * not tell).
 */
export function mtlsModeFor(
  model: Model,
  workload: Workload,
  port: number,
): MtlsDecision | undefined {
  const namespace = workload.resource.namespace;
  const all = model.index.ofKind(PEER_AUTHENTICATION);
  const selectorOf = (p: Resource) => matchLabelsOf(p.spec.selector);
  const own = all.filter((p) => sameNamespace(p.namespace, namespace));
  const workloadLevel = own.filter((p) => {
    const s = selectorOf(p);
    return Object.keys(s).length > 0 && selectorSelects(s, workload.podLabels);
  });
  const namespaceLevel = own.filter((p) => Object.keys(selectorOf(p)).length === 0);
  const meshLevel = all.filter(
    (p) => p.namespace === ISTIO_ROOT_NAMESPACE && Object.keys(selectorOf(p)).length === 0,
  );
  const levels: [MtlsDecision['level'], Resource[], (p: Resource) => Path][] = [
    ['port', workloadLevel, (p) => portLevelPath(p, port)],
    ['workload', workloadLevel, () => ['spec', 'mtls', 'mode']],
    ['namespace', namespaceLevel, () => ['spec', 'mtls', 'mode']],
    ['mesh', meshLevel, () => ['spec', 'mtls', 'mode']],
  ];
  for (const [level, policies, pathOf] of levels) {
    const decided = policies.flatMap((p) => {
      const path = pathOf(p);
      const mode = modeAt(p, path);
      return mode ? [{ mode, policy: p, path, level }] : [];
    });
    if (decided.length === 0) continue;
    if (decided.some((d) => d.mode !== decided[0]!.mode)) return undefined;
    return decided[0]!;
  }
  return { mode: 'PERMISSIVE', policy: undefined, path: undefined, level: 'default' };
}

function portLevelPath(policy: Resource, port: number): Path {
  const levels = asObject(policy.spec.portLevelMtls) ?? {};
  const key = Object.keys(levels).find((k) => Number(k) === port) ?? String(port);
  return ['spec', 'portLevelMtls', key, 'mode'];
}

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
export function authorizationPoliciesFor(
  model: Model,
  workload: Workload,
): AuthorizationPolicyView[] {
  const namespace = workload.resource.namespace;
  return model.index.ofKind(AUTHORIZATION_POLICY).flatMap((p) => {
    const spec = p.spec;
    if (spec.targetRef !== undefined || spec.targetRefs !== undefined) return [];
    const inScope = sameNamespace(p.namespace, namespace) || p.namespace === ISTIO_ROOT_NAMESPACE;
    if (!inScope) return [];
    const selector = matchLabelsOf(spec.selector);
    const selected = Object.keys(selector).length > 0;
    if (selected && !selectorSelects(selector, workload.podLabels)) return [];
    const action = (asString(spec.action) ?? 'ALLOW').toUpperCase();
    return [{ resource: p, action, selected }];
  });
}

/** A Keycloak pod as the source of a connection. */
export interface SourcePod {
  readonly namespace: string | undefined;
  readonly serviceAccount: string;
}

export function sourcePodOf(workload: Workload): SourcePod {
  const spec = workload.podSpec;
  return {
    namespace: workload.resource.namespace,
    serviceAccount: asString(spec.serviceAccountName) ?? asString(spec.serviceAccount) ?? 'default',
  };
}

const HTTP_SOURCE_FIELDS = ['requestPrincipals', 'notRequestPrincipals'];
const HTTP_OPERATION_FIELDS = ['hosts', 'notHosts', 'paths', 'notPaths', 'methods', 'notMethods'];

function strings(value: Json | undefined): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

/** Istio string matching: exact, `*`, `prefix*` or `*suffix`. */
function wildcard(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  return pattern === value;
}

function principalMatches(pattern: string, pod: SourcePod): Tri {
  if (pattern === '*') return 'yes';
  if (pod.namespace === undefined) return 'unknown';
  const identity = `/ns/${pod.namespace}/sa/${pod.serviceAccount}`;
  if (wildcard(pattern, `cluster.local${identity}`)) return 'yes';
  // Another trust domain may be configured; only the identity part is certain.
  if (pattern.endsWith(identity) || pattern.startsWith('*')) return 'unknown';
  return 'no';
}

function namespaceMatches(pattern: string, pod: SourcePod): Tri {
  if (pattern === '*') return 'yes';
  if (pod.namespace === undefined) return 'unknown';
  return wildcard(pattern, pod.namespace) ? 'yes' : 'no';
}

function not(value: Tri): Tri {
  return value === 'yes' ? 'no' : value === 'no' ? 'yes' : 'unknown';
}

function sourceMatches(source: Record<string, Json>, pod: SourcePod, httpOnly: Tri): Tri {
  const results: Tri[] = [];
  for (const field of Object.keys(source)) {
    const values = strings(source[field]);
    if (HTTP_SOURCE_FIELDS.includes(field)) results.push(httpOnly);
    else if (field === 'principals')
      results.push(anyOf(values.map((v) => principalMatches(v, pod))));
    else if (field === 'notPrincipals')
      results.push(not(anyOf(values.map((v) => principalMatches(v, pod)))));
    else if (field === 'namespaces')
      results.push(anyOf(values.map((v) => namespaceMatches(v, pod))));
    else if (field === 'notNamespaces')
      results.push(not(anyOf(values.map((v) => namespaceMatches(v, pod)))));
    else if (field === 'ipBlocks' || field === 'remoteIpBlocks')
      results.push(anyOf(values.map((v) => ipBlockCoversPods({ cidr: v, except: [] }))));
    else results.push('unknown');
  }
  return allOf(results);
}

function operationMatches(operation: Record<string, Json>, port: number, httpOnly: Tri): Tri {
  const results: Tri[] = [];
  for (const field of Object.keys(operation)) {
    const values = strings(operation[field]);
    if (HTTP_OPERATION_FIELDS.includes(field)) results.push(httpOnly);
    else if (field === 'ports') results.push(values.some((v) => Number(v) === port) ? 'yes' : 'no');
    else if (field === 'notPorts')
      results.push(values.some((v) => Number(v) === port) ? 'no' : 'yes');
    else results.push('unknown');
  }
  return allOf(results);
}

/**
 * Whether a rule of an AuthorizationPolicy matches a TCP connection from `pod` to `port`.
 * JGroups is not HTTP: a rule with HTTP-only fields never matches TCP traffic in an ALLOW
 * policy (`httpOnly` 'no'); callers judging a DENY policy pass 'unknown'.
 */
export function authzRuleMatches(rule: Json, pod: SourcePod, port: number, httpOnly: Tri): Tri {
  const r = asObject(rule);
  if (!r) return 'no';
  const from = asArray(r.from);
  const to = asArray(r.to);
  const results: Tri[] = [];
  if (from.length > 0)
    results.push(
      anyOf(from.map((f) => sourceMatches(asObject(asObject(f)?.source) ?? {}, pod, httpOnly))),
    );
  if (to.length > 0)
    results.push(
      anyOf(
        to.map((t) => operationMatches(asObject(asObject(t)?.operation) ?? {}, port, httpOnly)),
      ),
    );
  if (asArray(r.when).length > 0) results.push('unknown');
  return allOf(results);
}

export interface AuthzDecision {
  /** Whether the sidecar admits the connection. */
  readonly admitted: Tri;
  /** The DENY policy and rule index that certainly deny it. */
  readonly deniedBy?: { readonly policy: AuthorizationPolicyView; readonly rule: number };
  /** The ALLOW policies (none of which admits it when `admitted` is 'no'). */
  readonly allow: readonly AuthorizationPolicyView[];
}

/** Istio's order: a matching DENY policy denies; else with ALLOW policies, one must match. */
export function authzDecision(
  policies: readonly AuthorizationPolicyView[],
  pod: SourcePod,
  port: number,
): AuthzDecision {
  const allow = policies.filter((p) => p.action === 'ALLOW');
  let denyUnknown = false;
  for (const policy of policies.filter((p) => p.action === 'DENY')) {
    const rules = asArray(policy.resource.spec.rules);
    for (const [i, rule] of rules.entries()) {
      const match = authzRuleMatches(rule, pod, port, 'unknown');
      if (match === 'yes') return { admitted: 'no', deniedBy: { policy, rule: i }, allow };
      if (match === 'unknown') denyUnknown = true;
    }
  }
  // CUSTOM policies delegate to an external authorizer: their verdict is unknown.
  const custom = policies.some((p) => p.action === 'CUSTOM');
  const allowed: Tri =
    allow.length === 0
      ? 'yes'
      : anyOf(
          allow.flatMap((p) =>
            asArray(p.resource.spec.rules).map((rule) => authzRuleMatches(rule, pod, port, 'no')),
          ),
        );
  if (allowed === 'no') return { admitted: 'no', allow };
  return { admitted: denyUnknown || custom ? 'unknown' : allowed, allow };
}
