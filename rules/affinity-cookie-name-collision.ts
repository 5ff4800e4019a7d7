import { type Draft, defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import type { Location, SourceDocument } from '../src/load/source.js';
import { KEYCLOAK_COOKIES } from '../src/model/facts.js';
import { frontsOf } from '../src/model/fronts.js';
import { NGINX_PREFIX } from '../src/model/ingress-nginx.js';
import { asObject, asString, type Resource, valueAt } from '../src/model/resource.js';
import {
  backendLbPolicySession,
  destinationRulesFor,
  generatedIstioCookies,
  HAPROXY_INGRESS,
  HAPROXY_ORG_PERSISTENCE,
  TRAEFIK_STICKY,
  traefikStickyOn,
} from '../src/model/stickiness.js';

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
      "read the application's cookie. Envoy likewise creates an Istio `httpCookie` that has a " +
      "`ttl`. Traefik's sticky cookie, HAProxy's inserted persistence cookie and a Gateway API " +
      'session-persistence cookie are expected to be set by the proxy in the same way (the ' +
      'Gateway API specification asks users not to reuse session names), so none of them ' +
      'should take the name of a Keycloak cookie. An Istio `httpCookie` without `ttl` only ' +
      'hashes on an existing cookie and is not reported.',
    fix:
      'Remove session-cookie-name so that nginx uses its default INGRESSCOOKIE, or choose a ' +
      'name Keycloak does not use.',
    fixable:
      'for ingress-nginx and haproxy-ingress: the cookie is renamed to INGRESSCOOKIE, the ' +
      "controller's own default name; other proxies get a suggestion only.",
    fixes: {
      traefik:
        'Remove traefik.ingress.kubernetes.io/service.sticky.cookie.name to keep the name ' +
        'Traefik chooses, or choose a name Keycloak does not use.',
      ingressRoute:
        'Remove sticky.cookie.name to keep the name Traefik chooses, or choose a name Keycloak ' +
        'does not use (e.g. KC_ROUTE).',
      haproxy: 'Give haproxy.org/cookie-persistence a name Keycloak does not use (e.g. KC_ROUTE).',
      haproxyIngress:
        'Remove haproxy-ingress.github.io/session-cookie-name to keep the default ' +
        'INGRESSCOOKIE, or choose a name Keycloak does not use.',
      gateway: 'Choose a sessionName that Keycloak does not use (e.g. KC_ROUTE).',
      istio:
        'Name the hash cookie something Keycloak does not use (e.g. KC_ROUTE); Envoy creates it ' +
        'because a ttl is set.',
    },
    messages: {
      collision:
        "nginx creates its own stickiness cookie named {{cookie}}, the name of Keycloak's " +
        'cookie for {{purpose}}, so two different cookies compete for one name.',
      traefik:
        'The Traefik sticky cookie of Service {{service}} is named {{cookie}}, the name of ' +
        "Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name.",
      proxy:
        '{{proxy}} is expected to set its own stickiness cookie named {{cookie}}, the name of ' +
        "Keycloak's cookie for {{purpose}}, so two different cookies may compete for one name.",
      istio:
        'With ttl {{ttl}}, Envoy creates the hash cookie {{cookie}} when a request lacks it: ' +
        "that is the name of Keycloak's cookie for {{purpose}}, so two different cookies may " +
        'compete for one name.',
    },
    appliesTo: [
      'Ingress',
      'Service',
      'IngressRoute',
      'HTTPRoute',
      'BackendLBPolicy',
      'DestinationRule',
    ],
    limitations: [
      'HAProxy `haproxy.org/cookie-persistence` is taken to insert its own cookie, as its ' +
        'documentation describes; haproxy-ingress is reported only in its default `insert` ' +
        'strategy (its `prefix` strategy shares an application cookie on purpose).',
      'Which cookie the browser then sends back depends on the cookie paths; the outcome is ' +
        'not predicted, only the shared name is reported.',
    ],
    references: [
      '[ingress-nginx: cookie affinity](https://kubernetes.github.io/ingress-nginx/examples/affinity/cookie/)',
      '[Keycloak: sticky sessions](https://www.keycloak.org/server/reverseproxy)',
      '[Istio: DestinationRule HTTPCookie](https://istio.io/latest/docs/reference/config/networking/destination-rule/#LoadBalancerSettings-ConsistentHashLB-HTTPCookie)',
      '[Gateway API: session persistence](https://gateway-api.sigs.k8s.io/geps/gep-1619/)',
    ],
  },
  *check(model) {
    // A Service or rule behind several fronts is reported once.
    const seen = new Map<SourceDocument, Set<string>>();
    const report = (draft: Draft & { at: Location }): Draft[] => {
      const paths = seen.get(draft.at.doc) ?? new Set<string>();
      seen.set(draft.at.doc, paths);
      const key = draft.at.path.join('/');
      if (paths.has(key)) return [];
      paths.add(key);
      return [draft];
    };
    const named = (value: string | undefined) => {
      const cookie = value?.trim();
      const purpose = cookie ? KEYCLOAK_COOKIES[cookie] : undefined;
      return cookie && purpose ? { cookie, purpose } : undefined;
    };
    const annotationAt = (r: Resource, key: string) => r.at(['metadata', 'annotations', key]);

    for (const front of frontsOf(model)) {
      const resource = front.resource;
      const services = [
        ...new Set(
          front.backends
            .filter((b) => b.workloads.some((w) => w.keycloak.length > 0))
            .map((b) => b.service)
            .filter((s): s is Resource => s !== undefined),
        ),
      ];
      const family = front.controller;
      if (front.kind === 'Ingress' && family === 'ingress-nginx') {
        const annotations = resource.annotations;
        if (annotations[`${NGINX_PREFIX}affinity`] === 'cookie') {
          const key = `${NGINX_PREFIX}session-cookie-name`;
          const hit = named(annotations[key]);
          if (hit)
            yield* report({
              messageId: 'collision',
              data: hit,
              at: annotationAt(resource, key),
              resource,
              ...renamed(resource, key),
            });
        }
      }
      if (front.kind === 'Ingress' && (family === 'traefik' || family === undefined)) {
        // Traefik reads its sticky cookie from the Service behind the Ingress.
        for (const service of services) {
          if (!traefikStickyOn(service)) continue;
          const key = `${TRAEFIK_STICKY}.name`;
          const hit = named(service.annotations[key]);
          if (!hit) continue;
          yield* report({
            messageId: 'traefik',
            data: { ...hit, service: service.name },
            at: annotationAt(service, key),
            resource: service,
            fixId: 'traefik',
          });
        }
      }
      if (front.kind === 'Ingress' && (family === 'haproxy' || family === undefined)) {
        for (const target of [resource, ...services]) {
          const hit = named(target.annotations[HAPROXY_ORG_PERSISTENCE]);
          if (hit) {
            yield* report({
              messageId: 'proxy',
              data: { ...hit, proxy: 'HAProxy (haproxy.org/cookie-persistence)' },
              at: annotationAt(target, HAPROXY_ORG_PERSISTENCE),
              resource: target,
              fixId: 'haproxy',
            });
          }
          const a = target.annotations;
          const nameKey = `${HAPROXY_INGRESS}session-cookie-name`;
          const strategy = a[`${HAPROXY_INGRESS}session-cookie-strategy`] ?? 'insert';
          const affinity =
            a[`${HAPROXY_INGRESS}affinity`] ?? resource.annotations[`${HAPROXY_INGRESS}affinity`];
          const ingressHit = named(a[nameKey]);
          if (affinity === 'cookie' && strategy.trim() === 'insert' && ingressHit) {
            yield* report({
              messageId: 'proxy',
              data: { ...ingressHit, proxy: 'haproxy-ingress (insert strategy)' },
              at: annotationAt(target, nameKey),
              resource: target,
              fixId: 'haproxyIngress',
              ...renamed(target, nameKey),
            });
          }
        }
      }
      if (front.kind === 'IngressRoute') {
        for (const backend of front.backends) {
          if (!backend.workloads.some((w) => w.keycloak.length > 0)) continue;
          const cookie = asObject(valueAt(resource.value, [...backend.path, 'sticky', 'cookie']));
          const hit = named(asString(cookie?.name));
          if (!hit) continue;
          yield* report({
            messageId: 'proxy',
            data: { ...hit, proxy: 'Traefik (sticky.cookie of this IngressRoute)' },
            at: resource.at([...backend.path, 'sticky', 'cookie', 'name']),
            resource,
            fixId: 'ingressRoute',
          });
        }
      }
      if (front.kind === 'HTTPRoute') {
        const rules = new Set(
          front.backends
            .filter((b) => b.workloads.some((w) => w.keycloak.length > 0))
            .map((b) => b.group),
        );
        for (const r of rules) {
          const session = asObject(
            valueAt(resource.value, ['spec', 'rules', r, 'sessionPersistence']),
          );
          if (!session || (asString(session.type) ?? 'Cookie') !== 'Cookie') continue;
          const hit = named(asString(session.sessionName));
          if (!hit) continue;
          yield* report({
            messageId: 'proxy',
            data: { ...hit, proxy: 'The Gateway (sessionPersistence of this HTTPRoute rule)' },
            at: resource.at(['spec', 'rules', r, 'sessionPersistence', 'sessionName']),
            resource,
            fixId: 'gateway',
          });
        }
        for (const service of services) {
          const policy = backendLbPolicySession(model, service);
          if (!policy || (asString(policy.session.type) ?? 'Cookie') !== 'Cookie') continue;
          const hit = named(asString(policy.session.sessionName));
          if (!hit) continue;
          yield* report({
            messageId: 'proxy',
            data: { ...hit, proxy: `The Gateway (BackendLBPolicy ${policy.policy.name})` },
            at: policy.policy.at(['spec', 'sessionPersistence', 'sessionName']),
            resource: policy.policy,
            fixId: 'gateway',
          });
        }
      }
    }

    // Istio applies a DestinationRule to all mesh traffic to the Service, whatever the front.
    for (const workload of model.workloads) {
      if (workload.keycloak.length === 0) continue;
      for (const service of model.servicesSelecting(workload)) {
        for (const rule of destinationRulesFor(model, service)) {
          for (const cookie of generatedIstioCookies(rule)) {
            const hit = named(cookie.name);
            if (!hit) continue;
            yield* report({
              messageId: 'istio',
              data: { ...hit, ttl: cookie.ttl },
              at: cookie.at,
              resource: rule,
              fixId: 'istio',
            });
          }
        }
      }
    }
  },
});

/**
 * Renames the cookie to the controller's default, INGRESSCOOKIE (ingress-nginx and
 * haproxy-ingress): the one name certain not to be Keycloak's and that the controller
 * would take anyway without the annotation.
 */
function renamed(resource: Resource, key: string) {
  return fixOf(resource, (editor) => {
    const node = editor.scalar(['metadata', 'annotations', key]);
    return node ? editor.replaceScalar(node, 'INGRESSCOOKIE') : undefined;
  });
}
