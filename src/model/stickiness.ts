import type { Location } from '../load/source.js';
import { NGINX_PREFIX } from './ingress-nginx.js';
import type { Resource } from './resource.js';
import type { ControllerFamily, IngressView } from './types.js';

/** A session-affinity setting that some controller honours. */
export interface Stickiness {
  readonly family: ControllerFamily;
  readonly description: string;
  readonly at: Location;
}

/**
 * The session-affinity settings in front of an Ingress's backends that its controller
 * honours. With an unknown controller, a setting of any family counts.
 */
export function stickinessOf(view: IngressView): Stickiness[] {
  const ingress = view.resource;
  const services = [
    ...new Set(view.backends.map((b) => b.service).filter((s): s is Resource => s !== undefined)),
  ];
  const found: Stickiness[] = [];
  const note = (family: ControllerFamily, resource: Resource, key: string, description: string) =>
    found.push({ family, description, at: resource.at(['metadata', 'annotations', key]) });

  const nginx = ingress.annotations;
  if (nginx[`${NGINX_PREFIX}affinity`] === 'cookie')
    note('ingress-nginx', ingress, `${NGINX_PREFIX}affinity`, 'cookie affinity');
  if (nginx[`${NGINX_PREFIX}upstream-hash-by`]) {
    note('ingress-nginx', ingress, `${NGINX_PREFIX}upstream-hash-by`, 'upstream hashing');
  }
  for (const resource of [ingress, ...services]) {
    const a = resource.annotations;
    // Traefik reads its stickiness from the Service only.
    if (
      resource !== ingress &&
      a['traefik.ingress.kubernetes.io/service.sticky.cookie'] === 'true'
    ) {
      note(
        'traefik',
        resource,
        'traefik.ingress.kubernetes.io/service.sticky.cookie',
        'a sticky cookie',
      );
    }
    if (a['haproxy.org/cookie-persistence'])
      note('haproxy', resource, 'haproxy.org/cookie-persistence', 'cookie persistence');
    if (a['haproxy-ingress.github.io/affinity'] === 'cookie') {
      note('haproxy', resource, 'haproxy-ingress.github.io/affinity', 'cookie affinity');
    }
    const attributes = a['alb.ingress.kubernetes.io/target-group-attributes'] ?? '';
    if (/(^|,)\s*stickiness\.enabled\s*=\s*true\b/.test(attributes)) {
      note(
        'alb',
        resource,
        'alb.ingress.kubernetes.io/target-group-attributes',
        'target-group stickiness',
      );
    }
  }
  const family = view.controller;
  return family === undefined ? found : found.filter((s) => s.family === family);
}

/** Affinity annotations written under a prefix that no controller reads. */
export function ignoredAffinityKeys(ingress: Resource): string[] {
  return Object.keys(ingress.annotations).filter(
    (key) =>
      /\/(affinity|upstream-hash-by)$/.test(key) &&
      !key.startsWith(NGINX_PREFIX) &&
      !key.startsWith('haproxy'),
  );
}
