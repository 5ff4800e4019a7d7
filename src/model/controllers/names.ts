import { controllerText } from '../describe.js';
import type { ControllerFamily, IngressView } from '../types.js';

/** How messages name a controller family. */
export const FAMILY_NAMES: Readonly<Record<Exclude<ControllerFamily, 'other'>, string>> = {
  'ingress-nginx': 'ingress-nginx',
  'nginx-inc': 'the F5 NGINX Ingress Controller',
  traefik: 'Traefik',
  haproxy: 'HAProxy',
  alb: 'the AWS Load Balancer Controller',
  gce: 'GKE Ingress',
  istio: 'Istio',
};

/** The controller of an Ingress as a message names it. */
export function familyText(view: IngressView): string {
  const family = view.controller;
  return family && family !== 'other' ? FAMILY_NAMES[family] : controllerText(view);
}
