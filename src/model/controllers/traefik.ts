// Traefik's Kubernetes Ingress provider (v2 and v3): it decodes the
// `traefik.ingress.kubernetes.io/` annotations of an Ingress into a router configuration
// and those of a Service into a service configuration (pkg/provider/kubernetes/ingress,
// annotations.go; the "On Ingress" / "On Service" tables of the routing documentation).
// Names are matched without case, as Traefik's label decoder does.

export const TRAEFIK_PREFIX = 'traefik.ingress.kubernetes.io/';

/** Router annotation names (after the prefix) that v2/v3 read on an Ingress. */
export const TRAEFIK_ROUTER_ANNOTATIONS: ReadonlySet<string> = new Set([
  'router.entrypoints',
  'router.middlewares',
  'router.priority',
  'router.pathmatcher',
  'router.rulesyntax',
  'router.tls',
  'router.tls.certresolver',
  'router.tls.options',
]);

/** Families of router names with numbered or open-ended parts, accepted unchecked. */
export const TRAEFIK_ROUTER_OPEN_PREFIXES: readonly string[] = [
  'router.tls.domains.',
  'router.observability.',
];

/** Service annotation names that v2/v3 read on a Service. */
export const TRAEFIK_SERVICE_ANNOTATIONS: ReadonlySet<string> = new Set([
  'service.serversscheme',
  'service.serverstransport',
  'service.passhostheader',
  'service.nativelb',
  'service.nodeportlb',
  'service.sticky.cookie',
  'service.sticky.cookie.name',
  'service.sticky.cookie.secure',
  'service.sticky.cookie.httponly',
  'service.sticky.cookie.samesite',
  'service.sticky.cookie.maxage',
  'service.sticky.cookie.path',
  'service.sticky.cookie.domain',
  'service.sticky.cookie.partitioned',
]);
