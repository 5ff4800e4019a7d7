import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, workloadName } from '../src/model/describe.js';
import {
  CLOUD_STACKS,
  deprecatedSince,
  isDeprecatedStack,
  MULTICAST_STACKS,
} from '../src/model/facts.js';
import { stackLocation, stackOrigin, withTransport } from '../src/model/query.js';

export default defineRule({
  id: 'deprecated-cache-stack',
  meta: {
    severity: 'info',
    category: 'cluster-formation',
    summary: 'Note transport stacks that the Keycloak version deprecates',
    rationale:
      'Keycloak 26.1 deprecates udp, tcp, jdbc-ping-udp and the cloud stacks, and 26.3 ' +
      'deprecates kubernetes, in favour of jdbc-ping, which discovers members through the ' +
      'database all replicas share. Deprecated stacks still work, but will be removed. The ' +
      'multicast and cloud stacks are reported by their own rules.',
    fix:
      'Once every replica uses the same database, leave cache-stack unset so that Keycloak uses ' +
      'jdbc-ping; the headless Service can stay (a StatefulSet needs a serviceName).',
    fixes: {
      xml:
        'Once every replica uses the same database, remove the stack attribute of the transport ' +
        'in {{file}} so that Keycloak uses jdbc-ping.',
    },
    messages: {
      deprecated:
        '{{origin}}: the {{stack}} stack is deprecated from Keycloak {{since}}, and ' +
        '{{workload}} runs {{version}}.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '26.1 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const name = kc.cluster.stack.name;
      if (!name || MULTICAST_STACKS.has(name) || CLOUD_STACKS.has(name)) continue;
      if (!isDeprecatedStack(name, kc.version)) continue;
      yield {
        messageId: 'deprecated',
        data: {
          origin: stackOrigin(kc),
          stack: name,
          since: deprecatedSince(name)!,
          workload: workloadName(kc.workload),
          version: keycloakVersionText(kc),
          file: kc.cluster.stack.xml?.file ?? '',
        },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        ...(kc.cluster.stack.source === 'xml' ? { fixId: 'xml' } : {}),
      };
    }
  },
});
