import type { ControllerFamily } from '../types.js';

// Annotation prefixes that belong to one controller family: an annotation under them is
// read by that family's controllers only. Generic prefixes (`kubernetes.io/`,
// `ingress.kubernetes.io/`, which Traefik 1.x, both HAProxy controllers and GKE's own
// status annotations use) and OpenShift's router prefixes are in no family.

export interface PrefixOwner {
  readonly prefix: string;
  readonly family: Exclude<ControllerFamily, 'other'>;
}

export const PREFIX_OWNERS: readonly PrefixOwner[] = [
  { prefix: 'nginx.ingress.kubernetes.io', family: 'ingress-nginx' },
  { prefix: 'nginx.org', family: 'nginx-inc' },
  { prefix: 'nginx.com', family: 'nginx-inc' },
  { prefix: 'traefik.ingress.kubernetes.io', family: 'traefik' },
  // HAProxy Kubernetes Ingress Controller and haproxy-ingress; one family here, since the
  // class name `haproxy` does not tell them apart.
  { prefix: 'haproxy.org', family: 'haproxy' },
  { prefix: 'haproxy-ingress.github.io', family: 'haproxy' },
  { prefix: 'alb.ingress.kubernetes.io', family: 'alb' },
  { prefix: 'networking.gke.io', family: 'gce' },
  { prefix: 'ingress.gcp.kubernetes.io', family: 'gce' },
];

/** The family an annotation prefix belongs to, if it belongs to one. */
export function ownerOf(prefix: string): PrefixOwner['family'] | undefined {
  return PREFIX_OWNERS.find((o) => o.prefix === prefix)?.family;
}

/** The prefixes of one family. */
export function prefixesOf(family: ControllerFamily): string[] {
  return PREFIX_OWNERS.filter((o) => o.family === family).map((o) => o.prefix);
}

/** How far a prefix may be from a family's own to count as a misspelling of it. */
export function misspellingLimit(prefix: string): number {
  return Math.min(3, Math.floor(prefix.length / 5));
}

/** Annotations the Keycloak Operator writes on its Ingress itself; never reported. */
export const OPERATOR_ANNOTATIONS: ReadonlySet<string> = new Set([
  'nginx.ingress.kubernetes.io/backend-protocol',
  'route.openshift.io/termination',
]);
