import { defineRule } from '../src/engine/rule.js';
import { familyText } from '../src/model/controllers/names.js';
import { list, workloadName } from '../src/model/describe.js';
import { type Front, frontsOf } from '../src/model/fronts.js';
import { missingAffinity } from '../src/model/stickiness.js';

const BREAKING = new Set(['cluster-formation', 'network']);

export default defineRule({
  id: 'missing-session-affinity',
  meta: {
    severity: 'warning',
    category: 'ingress',
    summary: 'Recommend session affinity in front of a clustered Keycloak',
    rationale:
      'Keycloak recommends that the proxy keep a browser on one pod: a login in progress lives ' +
      'in the authentication-session cache, and requests that land elsewhere must fetch it from ' +
      'its owner. With a working cluster this costs only extra traffic (info). When the cluster ' +
      'itself is broken (an error of a cluster-formation or network rule on the same workload), ' +
      'requests that move between pods lose the login (warning); affinity then only hides the ' +
      'broken cluster until a pod restarts. Each controller has its own setting: ingress-nginx ' +
      '`affinity: cookie` or `upstream-hash-by` on the Ingress, Traefik ' +
      '`service.sticky.cookie` on the Service (or `sticky.cookie` in an IngressRoute), HAProxy ' +
      '`cookie-persistence` / `affinity`, the AWS Load Balancer Controller ' +
      '`stickiness.enabled=true` in `target-group-attributes`, GKE a BackendConfig with ' +
      '`sessionAffinity`, Gateway API `sessionPersistence`, Istio a DestinationRule with ' +
      '`consistentHash`.',
    fix:
      "Enable the controller's cookie affinity under a cookie name of its own (not a Keycloak " +
      'cookie name).',
    fixes: {
      nginx:
        'Add nginx.ingress.kubernetes.io/affinity: cookie; the default cookie name ' +
        "INGRESSCOOKIE does not collide with Keycloak's cookies.",
      nginxBroken:
        'Fix the cluster errors of {{workload}} first, then add ' +
        'nginx.ingress.kubernetes.io/affinity: cookie (the default cookie name INGRESSCOOKIE is ' +
        'fine).',
      broken:
        "Fix the cluster errors of {{workload}} first, then enable the controller's cookie " +
        'affinity under a cookie name of its own.',
      rename: 'Use nginx.ingress.kubernetes.io/ as the prefix of {{keys}}.',
      traefik:
        'Add traefik.ingress.kubernetes.io/service.sticky.cookie: "true" to Service ' +
        '{{service}} (Traefik reads stickiness from the Service, not from the Ingress).',
      traefikMove:
        'Move {{keys}} from the Ingress to Service {{service}}: Traefik reads them only there.',
      ingressRoute:
        'Add sticky: {cookie: {name: KC_ROUTE}} to this service entry (any name that is not a ' +
        'Keycloak cookie name); Traefik then writes its own cookie.',
      haproxy:
        'Enable cookie persistence: haproxy.org/cookie-persistence: "KC_ROUTE" (HAProxy ' +
        'Kubernetes Ingress Controller) or haproxy-ingress.github.io/affinity: cookie ' +
        '(haproxy-ingress), with a cookie name that is not a Keycloak cookie name.',
      alb:
        'Add alb.ingress.kubernetes.io/target-group-attributes: stickiness.enabled=true,' +
        'stickiness.lb_cookie.duration_seconds=86400 (with target-type: ip for pod-level ' +
        'stickiness).',
      gce:
        'Attach a BackendConfig with sessionAffinity (affinityType GENERATED_COOKIE) to Service ' +
        '{{service}} through its cloud.google.com/backend-config annotation.',
      istio:
        'Add a DestinationRule for {{service}} with trafficPolicy.loadBalancer.consistentHash.' +
        'httpCookie (a name that is not a Keycloak cookie name, and a ttl so that Envoy creates ' +
        'the cookie).',
      httpRoute:
        'Add sessionPersistence (type Cookie, a sessionName that is not a Keycloak cookie name) ' +
        'to this rule if the Gateway implementation supports it (an Extended feature of the ' +
        'experimental channel), or use the implementation’s own affinity policy.',
    },
    messages: {
      none:
        '{{ingress}} spreads the requests of one browser over the pods of {{workload}} ' +
        '({{replicas}}): no session affinity is configured for {{controller}}.',
      broken:
        '{{ingress}} spreads the requests of one browser over the pods of {{workload}} ' +
        '({{replicas}}) without session affinity, while the Keycloak cluster itself has errors: ' +
        'a login in progress can be lost when its requests move between pods.',
      ignored:
        '{{ingress}} has no session affinity in effect: {{keys}} {{verb}} a prefix that ' +
        '{{controller}} does not read, so requests spread over the pods of {{workload}} ' +
        '({{replicas}}).',
      ignoredTraefik:
        '{{ingress}} has no session affinity in effect: Traefik reads {{keys}} from the Service, ' +
        'not from the Ingress, so requests spread over the pods of {{workload}} ({{replicas}}).',
      route:
        '{{ingress}} spreads the requests of one browser over the pods of {{workload}} ' +
        '({{replicas}}): {{where}} has no {{setting}}.',
    },
    graded:
      'warning when an error of a cluster-formation or network rule concerns the workload, info otherwise.',
    appliesTo: [
      'Ingress',
      'Service',
      'IngressRoute',
      'HTTPRoute',
      'DestinationRule',
      'BackendConfig',
      'BackendLBPolicy',
    ],
    phase: 2,
    limitations: [
      'Istio VirtualServices and Gateways are not read as fronts, and GKE GCPBackendPolicy is ' +
        'not read.',
      'A BackendConfig named on the Service but not in the files counts as affinity.',
      'An HTTPRoute counts as sticky when a DestinationRule with consistentHash or a ' +
        'BackendLBPolicy with sessionPersistence covers its Services, whatever the Gateway ' +
        'implementation.',
    ],
    references: [
      '[Keycloak: reverse proxy, sticky sessions](https://www.keycloak.org/server/reverseproxy)',
      '[ingress-nginx: cookie affinity](https://kubernetes.github.io/ingress-nginx/examples/affinity/cookie/)',
      '[Traefik: Kubernetes Ingress service annotations](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/)',
      '[AWS Load Balancer Controller: Ingress annotations](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/)',
      '[Gateway API: session persistence](https://gateway-api.sigs.k8s.io/geps/gep-1619/)',
      '[Istio: DestinationRule consistentHash](https://istio.io/latest/docs/reference/config/networking/destination-rule/)',
    ],
  },
  *check(model, context) {
    for (const front of frontsOf(model)) {
      const clustered = front.keycloak.filter((w) => w.replicas.clustered);
      const first = clustered[0];
      if (!first) continue;
      const missing = missingAffinity(model, front);
      if (!missing) continue;
      const broken = clustered.some((w) =>
        context
          .findingsConcerning(w.resource)
          .some((c) => c.severity === 'error' && BREAKING.has(c.category)),
      );
      const ignored = missing.ignored;
      const service = keycloakService(front);
      const data = {
        ingress: `${front.kind} ${front.resource.name}`,
        replicas: first.replicas.text,
        workload: list([...new Set(clustered.map(workloadName))]),
        controller: front.ingress ? familyText(front.ingress) : 'Traefik',
        keys: list(ignored),
        verb: ignored.length === 1 ? 'uses' : 'use',
        service,
        where: front.kind === 'HTTPRoute' ? 'a rule that reaches Keycloak' : 'a service entry',
        setting:
          front.kind === 'HTTPRoute'
            ? 'sessionPersistence (and no BackendLBPolicy or DestinationRule makes its Services sticky)'
            : 'sticky.cookie',
      };
      const traefikIgnored = front.controller === 'traefik' && ignored.length > 0;
      const messageId =
        front.kind !== 'Ingress'
          ? 'route'
          : broken
            ? 'broken'
            : traefikIgnored
              ? 'ignoredTraefik'
              : ignored.length > 0
                ? 'ignored'
                : 'none';
      yield {
        messageId,
        data,
        at: missing.at,
        resource: front.resource,
        severity: broken ? 'warning' : 'info',
        fixId: fixFor(front, broken, ignored.length > 0),
        related: clustered.map((w) => ({
          at: w.replicas.at,
          resource: w.resource,
          message: `${workloadName(w)} runs ${w.replicas.text}`,
        })),
      };
    }
  },
});

function fixFor(front: Front, broken: boolean, ignored: boolean): string {
  const nginx = front.controller === 'ingress-nginx';
  if (broken) return nginx ? 'nginxBroken' : 'broken';
  if (front.kind === 'IngressRoute') return 'ingressRoute';
  if (front.kind === 'HTTPRoute') return 'httpRoute';
  if (ignored) return front.controller === 'traefik' ? 'traefikMove' : 'rename';
  switch (front.controller) {
    case 'ingress-nginx':
      return 'nginx';
    case 'traefik':
    case 'haproxy':
    case 'alb':
    case 'gce':
    case 'istio':
      return front.controller;
    default:
      return 'default';
  }
}

/** The name of the (first) Service that reaches Keycloak, for fixes that name it. */
function keycloakService(front: Front): string {
  const backend = front.backends.find((b) => b.workloads.some((w) => w.keycloak.length > 0));
  return backend?.service?.name ?? backend?.serviceName ?? '';
}
