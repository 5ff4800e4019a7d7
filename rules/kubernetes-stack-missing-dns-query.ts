import { defineRule } from '../src/engine/rule.js';
import { discoveryEdits, editsOf } from '../src/fix/discovery.js';
import { workloadName } from '../src/model/describe.js';
import { sourceOf } from '../src/model/generated.js';
import {
  headlessServiceFor,
  mayHideJvmOptions,
  queryFor,
  stackLocation,
  withTransport,
} from '../src/model/query.js';

export default defineRule({
  id: 'kubernetes-stack-missing-dns-query',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require jgroups.dns.query with the kubernetes stack',
    rationale:
      'The kubernetes stack discovers members with DNS_PING, which asks DNS for the name in the ' +
      '`jgroups.dns.query` system property. Without it the JGroups channel cannot be created and ' +
      'Keycloak stops at startup with "dns_query can not be null or empty".',
    fix:
      'Add -Djgroups.dns.query=<headless-service>.<namespace> to JAVA_OPTS_APPEND, naming a ' +
      'headless Service that selects the Keycloak pods.',
    fixes: {
      known:
        'Add -Djgroups.dns.query={{query}} to JAVA_OPTS_APPEND: {{service}} is a headless ' +
        'Service that selects these pods.',
    },
    fixable:
      'when JAVA_OPTS_APPEND is absent or a literal value in env: the query names the one ' +
      'headless Service that selects the pods, or a new headless Service <workload>-discovery ' +
      'appended after the workload (selector equal to the pod labels, publishNotReadyAddresses, ' +
      'the JGroups ports), unless those labels also select other pods or the name is taken. ' +
      'The query is written as <service>.<namespace>: a workload whose namespace is neither in ' +
      'the manifest nor given by the configuration gets a suggestion only.',
    messages: {
      missing:
        'The kubernetes stack discovers members with DNS_PING, but {{workload}} sets no ' +
        'jgroups.dns.query; Keycloak stops at startup with "dns_query can not be null or empty".',
    },
    limitations: [
      'Pods a Keycloak CR generates are not checked: operators 22 to 26.2 pass ' +
        '-Djgroups.dns.query themselves, and whether older or newer operators do (26.3 made ' +
        'jdbc-ping their default) is not verified, so a finding there could be false.',
    ],
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Service'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (kc.cluster.stack.name !== 'kubernetes' || kc.properties.has('jgroups.dns.query'))
        continue;
      // A JVM option variable whose value is unknown (or an opaque envFrom) may carry the property.
      if (mayHideJvmOptions(kc)) continue;
      // Which operator versions add the query is known only for 22 to 26.2, where they do.
      if (sourceOf(kc.workload.resource)) continue;
      const headless = headlessServiceFor(model, kc.workload);
      const query = headless ? queryFor(headless) : '';
      yield {
        messageId: 'missing',
        data: { workload: workloadName(kc.workload), query, service: headless?.name ?? '' },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        ...(headless ? { fixId: 'known' } : {}),
        ...editsOf(discoveryEdits(model, kc)),
      };
    }
  },
});
