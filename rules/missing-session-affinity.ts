import { defineRule } from '../src/engine/rule.js';
import { controllerText, list, workloadName } from '../src/model/describe.js';
import { ignoredAffinityKeys, stickinessOf } from '../src/model/stickiness.js';

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
      'broken cluster until a pod restarts.',
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
    },
    graded:
      'warning when an error of a cluster-formation or network rule concerns the workload, info otherwise.',
    appliesTo: ['Ingress', 'Service'],
    phase: 2,
    limitations: [
      'Gateway API routes, Istio DestinationRules and GKE BackendConfigs are not read yet ' +
        '(TODO(#5)); an Ingress whose affinity is set there is reported.',
    ],
  },
  *check(model, context) {
    for (const view of model.ingresses) {
      const clustered = view.keycloak.filter((w) => w.replicas.clustered);
      const first = clustered[0];
      if (!first || stickinessOf(view).length > 0) continue;
      const broken = clustered.some((w) =>
        context
          .findingsConcerning(w.resource)
          .some((c) => c.severity === 'error' && BREAKING.has(c.category)),
      );
      const nginx = view.controller === 'ingress-nginx';
      const ignored = nginx ? ignoredAffinityKeys(view.resource) : [];
      const data = {
        ingress: `Ingress ${view.resource.name}`,
        replicas: first.replicas.text,
        workload: list([...new Set(clustered.map(workloadName))]),
        controller: controllerText(view),
        keys: list(ignored),
        verb: ignored.length === 1 ? 'uses' : 'use',
      };
      const messageId = broken ? 'broken' : ignored.length > 0 ? 'ignored' : 'none';
      const fixId = broken
        ? nginx
          ? 'nginxBroken'
          : 'broken'
        : ignored.length > 0
          ? 'rename'
          : nginx
            ? 'nginx'
            : 'default';
      yield {
        messageId,
        data,
        at: view.resource.at(['metadata', 'annotations']),
        resource: view.resource,
        severity: broken ? 'warning' : 'info',
        fixId,
        related: clustered.map((w) => ({
          at: w.replicas.at,
          resource: w.resource,
          message: `${workloadName(w)} runs ${w.replicas.text}`,
        })),
      };
    }
  },
});
