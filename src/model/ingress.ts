import { sourceOf } from './generated.js';
import type { ResourceIndex } from './index.js';
import { INGRESS, INGRESS_CLASS, SERVICE } from './kinds.js';
import { asArray, asObject, asString, type Json, type Resource, valueAt } from './resource.js';
import type { Backend, ControllerFamily, IngressView, Workload } from './types.js';

/** The Ingresses whose backends reach Keycloak pods, with their controller family. */
export function buildIngressViews(
  index: ResourceIndex,
  workloadsSelectedBy: (service: Resource) => readonly Workload[],
  classFamilies: Readonly<Record<string, ControllerFamily>> = {},
): IngressView[] {
  const views: IngressView[] = [];
  for (const ingress of index.ofKind(INGRESS)) {
    const backends = backendsOf(ingress).map((b): Backend => {
      const service = index.find(SERVICE, ingress.namespace, b.serviceName);
      return { ...b, service, workloads: service ? workloadsSelectedBy(service) : [] };
    });
    const keycloak = [...new Set(backends.flatMap((b) => b.workloads))].filter(
      (w) => w.keycloak.length > 0,
    );
    if (keycloak.length === 0) continue;
    const { family, from } = controllerOf(ingress, index, classFamilies);
    views.push({
      resource: ingress,
      controller: family,
      controllerFrom: from,
      tls: asArray(ingress.spec.tls).length > 0,
      backends,
      keycloak,
    });
  }
  return views;
}

type RawBackend = Omit<Backend, 'service' | 'workloads'>;

/** Backends of `networking.k8s.io/v1` (`service.name`) and older (`serviceName`) Ingresses. */
function backendsOf(ingress: Resource): RawBackend[] {
  const out: RawBackend[] = [];
  const read = (value: Json | undefined, path: (string | number)[]) => {
    const backend = asObject(value);
    if (!backend) return;
    const service = asObject(backend.service);
    if (service) {
      const port = asObject(service.port) ?? {};
      out.push({
        serviceName: asString(service.name) ?? '',
        port: portRef(port.number, port.name),
        at: ingress.at([...path, 'service', 'name']),
      });
    } else if (typeof backend.serviceName === 'string') {
      const port = backend.servicePort;
      out.push({
        serviceName: backend.serviceName,
        port: typeof port === 'number' ? portRef(port, undefined) : portRef(undefined, port),
        at: ingress.at([...path, 'serviceName']),
      });
    }
  };
  const spec = ingress.spec;
  read(spec.defaultBackend, ['spec', 'defaultBackend']);
  read(spec.backend, ['spec', 'backend']);
  asArray(spec.rules).forEach((rule, r) => {
    asArray(asObject(asObject(rule)?.http)?.paths).forEach((p, i) => {
      read(asObject(p)?.backend, ['spec', 'rules', r, 'http', 'paths', i, 'backend']);
    });
  });
  return out;
}

function portRef(number: Json | undefined, name: Json | undefined): Backend['port'] {
  if (typeof number === 'number') return { number };
  if (typeof name === 'string') return { name };
  return {};
}

const CONTROLLERS: Record<string, ControllerFamily> = {
  'k8s.io/ingress-nginx': 'ingress-nginx',
  'nginx.org/ingress-controller': 'nginx-inc',
  'traefik.io/ingress-controller': 'traefik',
  'haproxy.org/ingress-controller': 'haproxy',
  'haproxy-ingress.github.io/controller': 'haproxy',
  'ingress.k8s.aws/alb': 'alb',
  'istio.io/ingress-controller': 'istio',
};

// Class names the controllers install by default. `nginx` is ingress-nginx's.
const CLASS_NAMES: Record<string, ControllerFamily> = {
  nginx: 'ingress-nginx',
  'ingress-nginx': 'ingress-nginx',
  traefik: 'traefik',
  haproxy: 'haproxy',
  alb: 'alb',
  gce: 'gce',
  'gce-internal': 'gce',
  istio: 'istio',
};

const NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';

function controllerOf(
  ingress: Resource,
  index: ResourceIndex,
  classFamilies: Readonly<Record<string, ControllerFamily>>,
): { family: ControllerFamily | undefined; from: string | undefined } {
  const specClass = asString(ingress.spec.ingressClassName);
  const annotationClass = ingress.annotations['kubernetes.io/ingress.class'];
  const className = specClass ?? annotationClass;
  // The backend-protocol annotation the Keycloak Operator adds to every Ingress it makes says
  // nothing about the controller; the CR's own annotations do.
  const written = sourceOf(ingress)
    ? Object.keys(
        asObject(valueAt(sourceOf(ingress)?.value, ['spec', 'ingress', 'annotations'])) ?? {},
      )
    : Object.keys(ingress.annotations);
  const hasNginxKeys = written.some((k) => k.startsWith(NGINX_PREFIX));
  if (className !== undefined) {
    const from =
      specClass !== undefined
        ? `ingressClassName ${className}`
        : `kubernetes.io/ingress.class ${className}`;
    const configured = classFamilies[className];
    if (configured) return { family: configured, from };
    const ingressClass = index.find(INGRESS_CLASS, undefined, className);
    const controller = ingressClass ? asString(asObject(ingressClass.spec)?.controller) : undefined;
    if (controller !== undefined)
      return {
        family: CONTROLLERS[controller] ?? 'other',
        from: `${from} (controller ${controller})`,
      };
    const known = CLASS_NAMES[className];
    if (known) return { family: known, from };
    return { family: undefined, from };
  }
  const defaultClass = index
    .ofKind(INGRESS_CLASS)
    .find((c) => c.annotations['ingressclass.kubernetes.io/is-default-class'] === 'true');
  const controller = defaultClass ? asString(asObject(defaultClass.spec)?.controller) : undefined;
  if (defaultClass && controller !== undefined) {
    return {
      family: CONTROLLERS[controller] ?? 'other',
      from: `default IngressClass ${defaultClass.name}`,
    };
  }
  if (hasNginxKeys) return { family: 'ingress-nginx', from: `its ${NGINX_PREFIX}* annotations` };
  return { family: undefined, from: undefined };
}
