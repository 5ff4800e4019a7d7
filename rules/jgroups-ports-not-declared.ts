import { defineRule } from '../src/engine/rule.js';
import { list } from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import { sourceOf } from '../src/model/generated.js';
import { mayHideJvmOptions, withTransport } from '../src/model/query.js';
import { asArray, asObject, valueAt } from '../src/model/resource.js';

export default defineRule({
  id: 'jgroups-ports-not-declared',
  meta: {
    severity: 'info',
    category: 'cluster-formation',
    summary: 'Suggest declaring the JGroups ports on the Keycloak container',
    rationale:
      'Stacks with a TCP transport listen on the transport port (7800 unless `jgroups.bind.port` ' +
      'or, from 26.4, `cache-embedded-network-bind-port` changes it) and on the ' +
      'failure-detection port, transport + 50000. Kubernetes does not require container ports to ' +
      'be declared, but NetworkPolicies with named ports, service meshes and readers of the ' +
      'manifest rely on them. Pods of a Keycloak Operator CR are left out: the operator writes ' +
      'their containers.',
    fix:
      'Declare containerPort {{transport}} (name jgroups) and containerPort {{fd}} (name ' +
      'jgroups-fd) on container {{container}}.',
    messages: {
      missing:
        'Container {{container}} runs the {{stack}} stack but does not declare the JGroups ' +
        '{{what}} {{ports}}.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const stack = kc.cluster.stack.name;
      if (!stack || !TCP_STACKS.has(stack)) continue;
      // The operator's pods are not the user's to declare ports on.
      if (sourceOf(kc.workload.resource)) continue;
      // The ports may be set where the linter cannot see (a JVM option variable from a Secret).
      if (kc.cluster.failureDetectionPort.unknown || mayHideJvmOptions(kc, { opaque: false }))
        continue;
      const container = kc.workload.resource.value;
      const declared = new Set(
        asArray(valueAt(container, [...kc.path, 'ports'])).flatMap((p) => {
          const port = asObject(p)?.containerPort;
          return typeof port === 'number' ? [port] : [];
        }),
      );
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const missing = [transport, fd].filter((p) => !declared.has(p));
      if (missing.length === 0) continue;
      yield {
        messageId: 'missing',
        data: {
          container: kc.name,
          stack,
          what: missing.length === 1 ? 'port' : 'ports',
          ports: list(missing.map(String)),
          transport,
          fd,
        },
        at: kc.workload.resource.at([...kc.path, 'ports']),
        resource: kc.workload.resource,
      };
    }
  },
});
