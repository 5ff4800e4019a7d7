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
      'ingress-nginx cookie affinity does not follow an existing cookie: `session-cookie-name` is the name of ' +
      'the cookie nginx creates itself (default INGRESSCOOKIE). Named AUTH_SESSION_ID, nginx writes its own ' +
      "routing value under the name of Keycloak's authentication-session cookie, and the browser is sent two " +
      'different cookies under one name. Older guides that told users to stick on AUTH_SESSION_ID meant ' +
      "load balancers that read the application's cookie.",
    fix: 'Remove session-cookie-name so that nginx uses its default INGRESSCOOKIE, or choose a name Keycloak does not use.',
    messages: {
      collision: "nginx creates its own stickiness cookie named {{cookie}}, the name of Keycloak's cookie for {{purpose}}, so two different cookies compete for one name.",
    },
    appliesTo: ['Ingress'],
  },
  *check(model) {
    for (const view of model.ingresses) {
      if (view.controller !== 'ingress-nginx') continue;
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
    }
  },
});
