import type { Location, Path } from '../load/source.js';
import type { KindRef } from './kinds.js';
import { INGRESS, SERVICE } from './kinds.js';
import { asArray, asObject, asString, type Json, type Resource } from './resource.js';
import type { ControllerFamily, IngressView, Model, Workload } from './types.js';

// A "front" is whatever routes outside traffic to Keycloak pods: an Ingress, a Traefik
// IngressRoute or a Gateway API HTTPRoute. Rules about stickiness and backends read them
// alike; the Ingress side keeps the IngressView the model already builds.

export const INGRESS_ROUTE: readonly KindRef[] = [
  { group: 'traefik.io', kind: 'IngressRoute' },
  { group: 'traefik.containo.us', kind: 'IngressRoute' },
];
export const HTTP_ROUTE: readonly KindRef[] = [
  { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' },
];

export type FrontKind = 'Ingress' | 'IngressRoute' | 'HTTPRoute';

/** One reference from a front to a Service. */
export interface FrontBackend {
  readonly serviceName: string;
  /** The namespace the Service is looked up in (the front's unless the reference names one). */
  readonly namespace: string | undefined;
  readonly port: { readonly number?: number; readonly name?: string };
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

const cache = new WeakMap<Model, Front[]>();

/** Every Ingress, IngressRoute and HTTPRoute that routes to Keycloak pods. */
export function frontsOf(model: Model): Front[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const fronts: Front[] = [];
  for (const view of model.ingresses) {
    fronts.push({
      kind: 'Ingress',
      resource: view.resource,
      controller: view.controller,
      ingress: view,
      keycloak: view.keycloak,
      backends: view.backends.map((b) => ({
        serviceName: b.serviceName,
        namespace: view.resource.namespace,
        port: b.port,
        at: b.at,
        portAt: ingressPortAt(view.resource, b.at, b.port),
        path: b.at.path.slice(view.resource.base.length, -1),
        group: 0,
        service: b.service,
        workloads: b.workloads,
      })),
    });
  }
  for (const route of model.index.ofKind(INGRESS_ROUTE)) {
    const refs: RawRef[] = [];
    asArray(route.spec.routes).forEach((r, i) => {
      asArray(asObject(r)?.services).forEach((s, j) => {
        const service = asObject(s);
        const kind = asString(service?.kind) ?? 'Service';
        if (!service || kind !== 'Service' || typeof service.name !== 'string') return;
        refs.push({
          name: service.name,
          namespace: asString(service.namespace),
          port: portOf(service.port),
          path: ['spec', 'routes', i, 'services', j],
          group: i,
        });
      });
    });
    addRoute(model, fronts, 'IngressRoute', route, 'traefik', refs);
  }
  for (const route of model.index.ofKind(HTTP_ROUTE)) {
    const refs: RawRef[] = [];
    asArray(route.spec.rules).forEach((r, i) => {
      asArray(asObject(r)?.backendRefs).forEach((b, j) => {
        const ref = asObject(b);
        const group = asString(ref?.group) ?? '';
        const kind = asString(ref?.kind) ?? 'Service';
        if (!ref || group !== '' || kind !== 'Service' || typeof ref.name !== 'string') return;
        refs.push({
          name: ref.name,
          namespace: asString(ref.namespace),
          port: portOf(ref.port),
          path: ['spec', 'rules', i, 'backendRefs', j],
          group: i,
        });
      });
    });
    addRoute(model, fronts, 'HTTPRoute', route, undefined, refs);
  }
  cache.set(model, fronts);
  return fronts;
}

interface RawRef {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly port: FrontBackend['port'];
  readonly path: Path;
  readonly group: number;
}

function addRoute(
  model: Model,
  fronts: Front[],
  kind: FrontKind,
  route: Resource,
  controller: ControllerFamily | undefined,
  refs: readonly RawRef[],
): void {
  const backends = refs.map((ref): FrontBackend => {
    const namespace = ref.namespace ?? route.namespace;
    const service = model.index.find(SERVICE, namespace, ref.name);
    return {
      serviceName: ref.name,
      namespace,
      port: ref.port,
      at: route.at([...ref.path, 'name']),
      portAt: route.at((ref.port.number ?? ref.port.name) ? [...ref.path, 'port'] : ref.path),
      path: ref.path,
      group: ref.group,
      service,
      workloads: service ? model.workloadsSelectedBy(service) : [],
    };
  });
  const keycloak = [...new Set(backends.flatMap((b) => b.workloads))].filter(
    (w) => w.keycloak.length > 0,
  );
  if (keycloak.length > 0) fronts.push({ kind, resource: route, controller, backends, keycloak });
}

function portOf(value: Json | undefined): FrontBackend['port'] {
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'string') {
    // Traefik accepts a port number written as a string.
    return /^\d+$/.test(value) ? { number: Number(value) } : { name: value };
  }
  return {};
}

/** Where an Ingress backend's port is written: `service.port.*` or `servicePort`. */
function ingressPortAt(ingress: Resource, nameAt: Location, port: FrontBackend['port']): Location {
  const parent = nameAt.path.slice(ingress.base.length, -1);
  const last = nameAt.path[nameAt.path.length - 1];
  if (last === 'serviceName') return ingress.at([...parent, 'servicePort']);
  const field = port.number !== undefined ? 'number' : port.name !== undefined ? 'name' : '';
  return ingress.at(field ? [...parent, 'port', field] : [...parent, 'port']);
}

/** Whether a resource is an Ingress (as opposed to a route). */
export function isIngress(resource: Resource): boolean {
  return INGRESS.some((k) => k.group === resource.group && k.kind === resource.kind);
}
