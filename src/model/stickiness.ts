import type { Location, Path } from '../load/source.js';
import type { Front } from './fronts.js';
import { NGINX_PREFIX } from './ingress-nginx.js';
import type { KindRef } from './kinds.js';
import { SERVICE } from './kinds.js';
import {
  asArray,
  asObject,
  asString,
  type Json,
  type JsonObject,
  type Resource,
} from './resource.js';
import type { ControllerFamily, IngressView, Model } from './types.js';

/** A session-affinity setting that some controller honours. */
export interface Stickiness {
  readonly family: ControllerFamily;
  readonly description: string;
  readonly at: Location;
}

export const TRAEFIK_STICKY = 'traefik.ingress.kubernetes.io/service.sticky.cookie';
export const ALB_ATTRIBUTES = 'alb.ingress.kubernetes.io/target-group-attributes';
export const HAPROXY_ORG_PERSISTENCE = 'haproxy.org/cookie-persistence';
export const HAPROXY_INGRESS = 'haproxy-ingress.github.io/';
const GKE_BACKEND_CONFIG = [
  'cloud.google.com/backend-config',
  'beta.cloud.google.com/backend-config',
] as const;

export const DESTINATION_RULE: readonly KindRef[] = [
  { group: 'networking.istio.io', kind: 'DestinationRule' },
];
export const BACKEND_CONFIG: readonly KindRef[] = [
  { group: 'cloud.google.com', kind: 'BackendConfig' },
];
export const BACKEND_LB_POLICY: readonly KindRef[] = [
  { group: 'gateway.networking.k8s.io', kind: 'BackendLBPolicy' },
];

/** Whether the Service's Traefik annotations turn the sticky cookie on. */
export function traefikStickyOn(service: Resource): string | undefined {
  const a = service.annotations;
  if (a[TRAEFIK_STICKY] !== undefined)
    return a[TRAEFIK_STICKY] === 'false' ? undefined : TRAEFIK_STICKY;
  // Setting any attribute of the cookie enables it too (Traefik's label decoding).
  return Object.keys(a).find((k) => k.startsWith(`${TRAEFIK_STICKY}.`));
}

/** Whether ALB target-group attributes turn stickiness on. */
export function albStickinessOn(value: string | undefined): boolean {
  return /(^|,)\s*stickiness\.enabled\s*=\s*true\s*(,|$)/.test(value ?? '');
}

/**
 * The session-affinity settings in front of an Ingress's backends that its controller
 * honours. With an unknown controller, a setting of any family counts.
 */
export function stickinessOf(view: IngressView, model?: Model): Stickiness[] {
  const ingress = view.resource;
  const services = servicesOf(view);
  const found: Stickiness[] = [];
  const note = (family: ControllerFamily, resource: Resource, key: string, description: string) =>
    found.push({ family, description, at: resource.at(['metadata', 'annotations', key]) });

  const nginx = ingress.annotations;
  if (nginx[`${NGINX_PREFIX}affinity`] === 'cookie')
    note('ingress-nginx', ingress, `${NGINX_PREFIX}affinity`, 'cookie affinity');
  if (nginx[`${NGINX_PREFIX}upstream-hash-by`]) {
    note('ingress-nginx', ingress, `${NGINX_PREFIX}upstream-hash-by`, 'upstream hashing');
  }
  // NGINX Plus sticky sessions of the F5 controller.
  if (nginx['nginx.com/sticky-cookie-services'])
    note('nginx-inc', ingress, 'nginx.com/sticky-cookie-services', 'a sticky cookie');
  for (const resource of [ingress, ...services]) {
    const a = resource.annotations;
    // Traefik reads its stickiness from the Service only.
    const traefik = resource !== ingress ? traefikStickyOn(resource) : undefined;
    if (traefik) note('traefik', resource, traefik, 'a sticky cookie');
    if (a[HAPROXY_ORG_PERSISTENCE])
      note('haproxy', resource, HAPROXY_ORG_PERSISTENCE, 'cookie persistence');
    if (a[`${HAPROXY_INGRESS}affinity`] === 'cookie') {
      note('haproxy', resource, `${HAPROXY_INGRESS}affinity`, 'cookie affinity');
    }
    if (albStickinessOn(a[ALB_ATTRIBUTES]))
      note('alb', resource, ALB_ATTRIBUTES, 'target-group stickiness');
  }
  if (model) {
    for (const service of services) {
      const gke = gkeAffinity(model, service);
      if (gke) found.push({ family: 'gce', description: gke.description, at: gke.at });
      for (const rule of destinationRulesFor(model, service)) {
        const hash = consistentHashOf(rule);
        if (hash) found.push({ family: 'istio', description: 'consistent hashing', at: hash.at });
      }
    }
  }
  const family = view.controller;
  return family === undefined ? found : found.filter((s) => s.family === family);
}

function servicesOf(view: IngressView): Resource[] {
  return [
    ...new Set(view.backends.map((b) => b.service).filter((s): s is Resource => s !== undefined)),
  ];
}

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
export function missingAffinity(model: Model, front: Front): MissingAffinity | undefined {
  const resource = front.resource;
  if (front.ingress) {
    if (stickinessOf(front.ingress, model).length > 0) return undefined;
    return { at: resource.at(['metadata', 'annotations']), ignored: ignoredAffinityKeys(front) };
  }
  const clustered = (b: Front['backends'][number]) =>
    b.workloads.some((w) => w.keycloak.length > 0 && w.replicas.clustered);
  if (front.kind === 'IngressRoute') {
    for (const backend of front.backends) {
      if (!clustered(backend)) continue;
      const sticky = asObject(asObject(valueIn(resource, backend.path)?.sticky)?.cookie);
      if (!sticky) return { at: resource.at(backend.path), ignored: [] };
    }
    return undefined;
  }
  const rules = new Map<number, Front['backends'][number][]>();
  for (const backend of front.backends) {
    if (!clustered(backend)) continue;
    const list = rules.get(backend.group) ?? [];
    list.push(backend);
    rules.set(backend.group, list);
  }
  for (const [r, backends] of rules) {
    const rulePath: Path = ['spec', 'rules', r];
    if (asObject(valueIn(resource, rulePath)?.sessionPersistence)) continue;
    const sticky = backends.every(
      (b) =>
        b.service !== undefined &&
        (backendLbPolicySession(model, b.service) !== undefined ||
          destinationRulesFor(model, b.service).some((d) => consistentHashOf(d) !== undefined)),
    );
    if (!sticky) return { at: resource.at(rulePath), ignored: [] };
  }
  return undefined;
}

function valueIn(resource: Resource, path: Path): JsonObject | undefined {
  let current: Json | undefined = resource.value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else current = asObject(current)?.[String(segment)];
  }
  return asObject(current);
}

/**
 * Affinity annotations written where the controller in use does not read them: an nginx
 * affinity key under a misspelt prefix, or Traefik's Service stickiness on the Ingress.
 */
export function ignoredAffinityKeys(front: Front): string[] {
  const annotations = Object.keys(front.resource.annotations);
  if (front.controller === 'ingress-nginx') {
    return annotations.filter(
      (key) =>
        /\/(affinity|upstream-hash-by)$/.test(key) &&
        !key.startsWith(NGINX_PREFIX) &&
        !key.startsWith('haproxy'),
    );
  }
  if (front.controller === 'traefik') return traefikKeysOnIngress(front.resource);
  return [];
}

/** Traefik's Service stickiness annotations written on an Ingress, which Traefik ignores. */
export function traefikKeysOnIngress(ingress: Resource): string[] {
  return Object.keys(ingress.annotations).filter(
    (k) => k === TRAEFIK_STICKY || k.startsWith(`${TRAEFIK_STICKY}.`),
  );
}

// ---------------------------------------------------------------------------------------
// GKE: a BackendConfig attached to the Service.

/** The BackendConfig names a Service's `cloud.google.com/backend-config` annotation gives. */
function backendConfigNames(service: Resource): { key: string; names: string[] } | undefined {
  for (const key of GKE_BACKEND_CONFIG) {
    const text = service.annotations[key];
    if (text === undefined) continue;
    try {
      const parsed = asObject(JSON.parse(text));
      const names = [
        asString(parsed?.default),
        ...Object.values(asObject(parsed?.ports) ?? {}).map(asString),
      ].filter((n): n is string => n !== undefined);
      return { key, names };
    } catch {
      return { key, names: [] };
    }
  }
  return undefined;
}

/**
 * GKE session affinity of a Service: a BackendConfig it names whose `sessionAffinity` has an
 * `affinityType` other than NONE. A named BackendConfig that is not in the files may set it,
 * so it counts as well.
 */
export function gkeAffinity(
  model: Model,
  service: Resource,
): { description: string; at: Location } | undefined {
  const attached = backendConfigNames(service);
  if (!attached) return undefined;
  for (const name of attached.names) {
    const config = model.index.find(BACKEND_CONFIG, service.namespace, name);
    if (!config) {
      return {
        description: `BackendConfig ${name} (not in the files)`,
        at: service.at(['metadata', 'annotations', attached.key]),
      };
    }
    const type = asString(asObject(config.spec.sessionAffinity)?.affinityType);
    if (type && type !== 'NONE') {
      return {
        description: `BackendConfig ${name} sessionAffinity ${type}`,
        at: config.at(['spec', 'sessionAffinity', 'affinityType']),
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Istio: DestinationRules whose host is the Service.

const drCache = new WeakMap<Model, Map<Resource, Resource[]>>();

/** The DestinationRules whose `host` names the Service (short, `svc.ns` or FQDN forms). */
export function destinationRulesFor(model: Model, service: Resource): readonly Resource[] {
  let map = drCache.get(model);
  if (!map) {
    map = new Map();
    for (const rule of model.index.ofKind(DESTINATION_RULE)) {
      const host = asString(rule.spec.host);
      if (!host || host.includes('*')) continue;
      const parts = host.split('.');
      // `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.<cluster-domain>`; anything else is external.
      if (parts.length > 2 && parts[2] !== 'svc') continue;
      const namespace = parts[1] ?? rule.namespace;
      for (const target of model.index.findAll(SERVICE, namespace, parts[0]!)) {
        const list = map.get(target) ?? [];
        list.push(rule);
        map.set(target, list);
      }
    }
    drCache.set(model, map);
  }
  return map.get(service) ?? [];
}

/** Every `loadBalancer` of a DestinationRule, with its path: top level, per port, per subset. */
function loadBalancersOf(rule: Resource): { lb: JsonObject; path: Path }[] {
  const out: { lb: JsonObject; path: Path }[] = [];
  const policy = (value: Json | undefined, path: Path) => {
    const p = asObject(value);
    if (!p) return;
    const lb = asObject(p.loadBalancer);
    if (lb) out.push({ lb, path: [...path, 'loadBalancer'] });
    asArray(p.portLevelSettings).forEach((s, i) => {
      const plb = asObject(asObject(s)?.loadBalancer);
      if (plb) out.push({ lb: plb, path: [...path, 'portLevelSettings', i, 'loadBalancer'] });
    });
  };
  policy(rule.spec.trafficPolicy, ['spec', 'trafficPolicy']);
  asArray(rule.spec.subsets).forEach((s, i) => {
    policy(asObject(s)?.trafficPolicy, ['spec', 'subsets', i, 'trafficPolicy']);
  });
  return out;
}

/** The first `consistentHash` of a DestinationRule (any hash key keeps a client on one pod). */
export function consistentHashOf(rule: Resource): { at: Location } | undefined {
  for (const { lb, path } of loadBalancersOf(rule)) {
    if (asObject(lb.consistentHash)) return { at: rule.at([...path, 'consistentHash']) };
  }
  return undefined;
}

/** Istio `httpCookie` hashes that make Envoy create the cookie (those with a `ttl`). */
export function generatedIstioCookies(
  rule: Resource,
): { name: string; at: Location; ttl: string }[] {
  const out: { name: string; at: Location; ttl: string }[] = [];
  for (const { lb, path } of loadBalancersOf(rule)) {
    const cookie = asObject(asObject(lb.consistentHash)?.httpCookie);
    const name = asString(cookie?.name);
    const ttl = cookie?.ttl;
    if (!cookie || !name || ttl === undefined || ttl === null) continue;
    out.push({
      name,
      ttl: String(ttl),
      at: rule.at([...path, 'consistentHash', 'httpCookie', 'name']),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Gateway API: BackendLBPolicy targeting the Service.

/** The `sessionPersistence` of a BackendLBPolicy that targets the Service, if any. */
export function backendLbPolicySession(
  model: Model,
  service: Resource,
): { policy: Resource; session: JsonObject } | undefined {
  for (const policy of model.index.ofKind(BACKEND_LB_POLICY)) {
    if (policy.namespace && service.namespace && policy.namespace !== service.namespace) continue;
    const session = asObject(policy.spec.sessionPersistence);
    if (!session) continue;
    const targets = asArray(policy.spec.targetRefs ?? [policy.spec.targetRef]);
    const hit = targets.some((t) => {
      const ref = asObject(t);
      return (
        (asString(ref?.group) ?? '') === '' &&
        asString(ref?.kind) === 'Service' &&
        ref?.name === service.name
      );
    });
    if (hit) return { policy, session };
  }
  return undefined;
}
