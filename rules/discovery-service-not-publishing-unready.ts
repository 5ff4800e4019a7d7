import { defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import { list, workloadName } from '../src/model/describe.js';
import { discoveryServices } from '../src/model/query.js';

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
    fixable: true,
    messages: {
      unready:
        'Discovery Service {{service}} of {{workloads}} does not publish unready pods, so pods ' +
        'that start together may not find each other until they are Ready.',
    },
    appliesTo: ['Service'],
    versions: '17 and later',
  },
  *check(model) {
    for (const [service, users] of discoveryServices(model)) {
      const clustered = users.filter((kc) => kc.workload.replicas.clustered);
      if (clustered.length === 0 || service.spec.clusterIP !== 'None') continue;
      if (service.spec.publishNotReadyAddresses === true) continue;
      yield {
        messageId: 'unready',
        data: {
          service: service.name,
          workloads: list([...new Set(clustered.map((kc) => workloadName(kc.workload)))]),
        },
        at: service.at(['spec', 'publishNotReadyAddresses']),
        resource: service,
        ...fixOf(service, (e) => e.set(['spec', 'publishNotReadyAddresses'], true)),
      };
    }
  },
});
