import { defineRule } from '../src/engine/rule.js';
import { KEYCLOAK_COOKIES } from '../src/model/facts.js';
import { NGINX_PREFIX } from '../src/model/ingress-nginx.js';

export default defineRule({
  id: 'affinity-cookie-name-collision',
  meta: {
    severity: 'warning',
    category: 'ingress',
    summary: "Forbid proxy stickiness cookies named like Keycloak's own cookies",
    rationale:
      'ingress-nginx cookie affinity does not follow an existing cookie: `session-cookie-name` ' +
      'is the name of the cookie nginx creates itself (default INGRESSCOOKIE). Named ' +
      "AUTH_SESSION_ID, nginx writes its own routing value under the name of Keycloak's " +
      'authentication-session cookie, and the browser is sent two different cookies under one ' +
      'name. Older guides that told users to stick on AUTH_SESSION_ID meant load balancers that ' +
      "read the application's cookie.",
    fix:
      'Remove session-cookie-name so that nginx uses its default INGRESSCOOKIE, or choose a ' +
      'name Keycloak does not use.',
    fixes: {
      traefik:
        'Remove traefik.ingress.kubernetes.io/service.sticky.cookie.name to keep the name ' +
        'Traefik chooses, or choose a name Keycloak does not use.',
    },
    messages: {
      collision:
        "nginx creates its own stickiness cookie named {{cookie}}, the name of Keycloak's " +
        'cookie for {{purpose}}, so two different cookies compete for one name.',
      traefik:
        'The Traefik sticky cookie of Service {{service}} is named {{cookie}}, the name of ' +
        "Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name.",
    },
    appliesTo: ['Ingress', 'Service'],
    limitations: ['HAProxy, Gateway API and Istio cookie names are not checked yet (TODO(#5)).'],
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller === 'ingress-nginx') {
        const annotations = view.resource.annotations;
        if (annotations[`${NGINX_PREFIX}affinity`] !== 'cookie') continue;
        const key = `${NGINX_PREFIX}session-cookie-name`;
        const cookie = annotations[key]?.trim();
        const purpose = cookie ? KEYCLOAK_COOKIES[cookie] : undefined;
        if (!cookie || !purpose) continue;
        yield {
          messageId: 'collision',
          data: { cookie, purpose },
          at: view.resource.at(['metadata', 'annotations', key]),
          resource: view.resource,
        };
      } else if (view.controller === 'traefik' || view.controller === undefined) {
        // Traefik reads its sticky cookie from the Service behind the Ingress.
        for (const service of new Set(view.backends.map((b) => b.service))) {
          const annotations = service?.annotations;
          if (!service || annotations?.[`${TRAEFIK_STICKY}`] !== 'true') continue;
          const key = `${TRAEFIK_STICKY}.name`;
          const cookie = annotations[key]?.trim();
          const purpose = cookie ? KEYCLOAK_COOKIES[cookie] : undefined;
          if (!cookie || !purpose) continue;
          yield {
            messageId: 'traefik',
            data: { cookie, purpose, service: service.name },
            at: service.at(['metadata', 'annotations', key]),
            resource: service,
            fixId: 'traefik',
          };
        }
      }
    }
  },
});

const TRAEFIK_STICKY = 'traefik.ingress.kubernetes.io/service.sticky.cookie';
