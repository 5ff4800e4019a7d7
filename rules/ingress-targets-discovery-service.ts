import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { frontsOf } from '../src/model/fronts.js';
import { discoveryServices } from '../src/model/query.js';

export default defineRule({
  id: 'ingress-targets-discovery-service',
  meta: {
    severity: 'error',
    category: 'ingress',
    summary: 'Route Ingress traffic to the HTTP Service, not to the headless discovery Service',
    rationale:
      'The headless Service that `jgroups.dns.query` names exists so that every pod can find ' +
      'the others, ready or not: it usually publishes pods that are not ready ' +
      '(`publishNotReadyAddresses: true`) and often lists only the JGroups ports. A front that ' +
      'routes to it can send users to pods that are still starting or joining the cluster, and ' +
      'ties the HTTP routing to the discovery setup. Keep a separate ClusterIP Service for ' +
      'HTTP. Applies to Keycloak 17 and later with a DNS_PING (`kubernetes`) stack.',
    fix: 'Route to the HTTP Service {{candidate}} instead of {{service}}.',
    fixes: {
      noCandidate:
        'Add a ClusterIP Service for the HTTP port of the Keycloak pods and route to it instead ' +
        'of {{service}}.',
    },
    messages: {
      discovery:
        '{{front}} routes to Service {{service}}, the headless Service that {{workload}} uses ' +
        'for JGroups discovery (jgroups.dns.query={{query}}).',
    },
    appliesTo: ['Ingress', 'IngressRoute', 'HTTPRoute', 'Service'],
    versions: '17 and later',
    references: [
      '[Keycloak: caching, Kubernetes discovery](https://www.keycloak.org/server/caching)',
      '[Kubernetes: headless Services](https://kubernetes.io/docs/concepts/services-networking/service/#headless-services)',
    ],
  },
  *check(model) {
    const discovery = discoveryServices(model);
    for (const front of frontsOf(model)) {
      for (const backend of front.backends) {
        const service = backend.service?.spec.clusterIP === 'None' ? backend.service : undefined;
        if (!service) continue;
        const users = discovery.get(service);
        const kc = users?.[0];
        if (!kc) continue;
        const candidate = model
          .servicesSelecting(kc.workload)
          .find((s) => s.spec.clusterIP !== 'None' && s.spec.type !== 'ExternalName');
        const query = model.discovery(kc)?.query;
        yield {
          messageId: 'discovery',
          data: {
            front: `${front.kind} ${front.resource.name}`,
            service: service.name,
            workload: workloadName(kc.workload),
            query: query?.value ?? '',
            candidate: candidate?.name ?? '',
          },
          at: backend.at,
          resource: front.resource,
          ...(candidate ? {} : { fixId: 'noCandidate' }),
          related: [
            {
              at: service.at(['spec', 'clusterIP']),
              resource: service,
              message: `Service ${service.name} is headless (clusterIP: None)`,
            },
            ...(query
              ? [
                  {
                    at: query.setting.at,
                    resource: kc.workload.resource,
                    message: `jgroups.dns.query=${query.value}`,
                  },
                ]
              : []),
          ],
        };
      }
    }
  },
});
