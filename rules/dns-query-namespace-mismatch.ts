import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { usesDnsPing, withTransport } from '../src/model/query.js';

export default defineRule({
  id: 'dns-query-namespace-mismatch',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require jgroups.dns.query to name the namespace the pods run in',
    rationale:
      'The namespace in `jgroups.dns.query` (`svc.ns...`) must be the namespace of the discovery ' +
      'Service that selects these pods. A query copied from another namespace does not name ' +
      'that Service: it can resolve to nothing, or to the pods of another cluster.',
    fix: 'Use {{service}}.{{namespace}}, the namespace {{workload}} runs in.',
    messages: {
      mismatch:
        'jgroups.dns.query names namespace {{queried}}, but {{workload}} runs in namespace ' +
        '{{namespace}}.',
      unexpanded:
        'jgroups.dns.query names namespace {{queried}}, a reference the kubelet leaves as ' +
        'written (it expands $(VAR) only in values written in env, and only with variables ' +
        'defined earlier in the list), so the query does not name namespace {{namespace}}, ' +
        'where {{workload}} runs.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
    limitations: [
      'Resources without a namespace (applied with `kubectl -n`) are never reported: their ' +
        'namespace is not known.',
    ],
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const discovery = model.discovery(kc);
      if (!discovery?.namespaceMismatch) continue;
      // `$(VAR)` survives expansion in a value from a ConfigMap or Secret, or when VAR is not
      // defined before the entry that uses it.
      const unexpanded = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/.test(discovery.namespaceMismatch);
      yield {
        messageId: unexpanded ? 'unexpanded' : 'mismatch',
        data: {
          queried: discovery.namespaceMismatch,
          namespace: kc.workload.resource.namespace ?? '',
          workload: workloadName(kc.workload),
          service: discovery.query.service,
        },
        at: discovery.query.setting.at,
        resource: kc.workload.resource,
      };
    }
  },
});
