import { defineRule } from '../src/engine/rule.js';
import { labelsText, list, workloadName } from '../src/model/describe.js';
import { discoveryServices, podLabelsPath } from '../src/model/query.js';
import { asObject } from '../src/model/resource.js';
import { matchesServiceSelector } from '../src/model/selector.js';

export default defineRule({
  id: 'discovery-service-selector-mismatch',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require the discovery Service to select exactly the pods of its Keycloak workload',
    rationale:
      'DNS_PING learns the members from the pods the discovery Service selects. If its selector ' +
      "misses the workload's pod labels, DNS returns no members; if it also selects the pods of " +
      'another Keycloak workload that does not use this Service for discovery, DNS mixes those ' +
      'pods into the answer and this cluster tries to talk to pods that are not its members.',
    fix:
      'Make the selector match exactly the pod template labels of this Keycloak workload (add a ' +
      'label that only its pods carry).',
    messages: {
      misses:
        'Service {{service}} is the discovery Service of {{workload}}, but its selector ' +
        '{{selector}} does not select the pod labels {{labels}}.',
      alsoSelects:
        'Service {{service}} is the discovery Service of {{workloads}}, but its selector ' +
        '{{selector}} also selects the pods of {{others}}, which do not use it for discovery.',
    },
    appliesTo: ['Service', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const [service, users] of discoveryServices(model)) {
      const clustered = users.filter((kc) => kc.workload.replicas.clustered);
      // An ExternalName Service ignores selectors; dns-query-service-not-headless reports it.
      if (clustered.length === 0 || service.spec.type === 'ExternalName') continue;
      const selector: Record<string, string> = {};
      for (const [k, v] of Object.entries(asObject(service.spec.selector) ?? {}))
        if (typeof v === 'string') selector[k] = v;
      const at = service.at(['spec', 'selector']);
      const userWorkloads = new Set(users.map((kc) => kc.workload));
      for (const workload of new Set(clustered.map((kc) => kc.workload))) {
        if (matchesServiceSelector(selector, workload.podLabels)) continue;
        yield {
          messageId: 'misses',
          data: {
            service: service.name,
            workload: workloadName(workload),
            selector: labelsText(selector),
            labels: labelsText(workload.podLabels),
          },
          at,
          resource: service,
          related: [
            {
              at: workload.resource.at(podLabelsPath(workload)),
              resource: workload.resource,
              message: `pod labels of ${workloadName(workload)}`,
            },
          ],
        };
      }
      const others = model
        .workloadsSelectedBy(service)
        .filter((w) => w.keycloak.length > 0 && !userWorkloads.has(w));
      if (others.length === 0) continue;
      const names = [...new Set(others.map(workloadName))];
      yield {
        messageId: 'alsoSelects',
        data: {
          service: service.name,
          workloads: list([...new Set(clustered.map((kc) => workloadName(kc.workload)))]),
          selector: labelsText(selector),
          others: list(names),
        },
        at,
        resource: service,
        related: others.map((w) => ({
          at: w.resource.at(podLabelsPath(w)),
          resource: w.resource,
          message: `${workloadName(w)} runs Keycloak pods with these labels`,
        })),
      };
    }
  },
});
