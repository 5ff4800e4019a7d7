import { defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import { list, workloadName } from '../src/model/describe.js';
import { frontsOf } from '../src/model/fronts.js';
import { discoveryServices } from '../src/model/query.js';
import type { Resource } from '../src/model/resource.js';

export default defineRule({
  id: 'discovery-service-not-publishing-unready',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Require the headless discovery Service to publish unready pods',
    rationale:
      'A Keycloak pod becomes Ready only after its caches have started, and without ' +
      '`publishNotReadyAddresses: true` DNS lists Ready pods only. Pods that start at the same ' +
      'time (a Deployment, a Parallel StatefulSet, a restart of all pods) may then not see each ' +
      'other, form separate clusters and merge later. The Keycloak Operator sets the field on ' +
      'the discovery Service it creates.',
    fix: 'Set spec.publishNotReadyAddresses: true on Service {{service}}.',
    fixes: {
      alsoHttp:
        'Give discovery a headless Service of its own with publishNotReadyAddresses: true, and ' +
        'point jgroups.dns.query at it: {{service}} also carries HTTP traffic ({{front}}), ' +
        'which would then reach pods that are not ready.',
    },
    fixable:
      'when the Service is used for discovery only; a Service that is also the backend of an ' +
      'Ingress or route gets the suggestion of a Service of its own.',
    messages: {
      unready:
        'Discovery Service {{service}} of {{workloads}} does not publish unready pods, so pods ' +
        'that start together may not find each other until they are Ready.',
    },
    appliesTo: ['Service'],
    versions: '17 and later',
  },
  *check(model) {
    // Services that also take HTTP traffic: publishing unready pods there would send user
    // requests to pods that are not ready, so the fix must not touch them.
    const httpBackends = new Map<Resource, string>();
    for (const front of frontsOf(model)) {
      for (const backend of front.backends) {
        if (backend.service && !httpBackends.has(backend.service))
          httpBackends.set(backend.service, `${front.kind} ${front.resource.name}`);
      }
    }
    for (const [service, users] of discoveryServices(model)) {
      const clustered = users.filter((kc) => kc.workload.replicas.clustered);
      if (clustered.length === 0 || service.spec.clusterIP !== 'None') continue;
      if (service.spec.publishNotReadyAddresses === true) continue;
      const front = httpBackends.get(service);
      yield {
        messageId: 'unready',
        data: {
          front: front ?? '',
          service: service.name,
          workloads: list([...new Set(clustered.map((kc) => workloadName(kc.workload)))]),
        },
        at: service.at(['spec', 'publishNotReadyAddresses']),
        resource: service,
        ...(front === undefined
          ? fixOf(service, (e) => e.set(['spec', 'publishNotReadyAddresses'], true))
          : { fixId: 'alsoHttp' }),
      };
    }
  },
});
