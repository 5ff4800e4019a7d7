import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { CLOUD_STACKS, recommendedStackFix } from '../src/model/facts.js';
import { stackLocation, stackOrigin, withTransport } from '../src/model/query.js';

const CLOUDS: Readonly<Record<string, string>> = {
  ec2: 'AWS EC2',
  azure: 'Azure',
  google: 'Google Cloud',
};

export default defineRule({
  id: 'cloud-stack-on-kubernetes',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Discourage the cloud VM stacks (ec2, azure, google) on Kubernetes',
    rationale:
      'The ec2, azure and google stacks discover members through a cloud provider API for ' +
      'virtual machines. They need extra JARs in `providers/`, and they are deprecated from ' +
      '26.1. On Kubernetes, whichever cloud it runs on, Keycloak documents the kubernetes stack ' +
      '(up to 26.2) or jdbc-ping (26.1 and later).',
    fix: 'Use a Kubernetes stack.',
    fixes: {
      before261:
        'Use the kubernetes stack with a headless discovery Service and ' +
        '-Djgroups.dns.query=<service>.<namespace>.',
      from261:
        'Leave cache-stack unset so that Keycloak uses jdbc-ping, or use the kubernetes stack ' +
        'with a headless discovery Service (up to 26.2).',
      from263:
        'Leave cache-stack unset so that Keycloak uses jdbc-ping, which discovers members ' +
        'through the shared database.',
      unknown:
        'Use jdbc-ping (26.1 and later, the default when cache-stack is unset) or the ' +
        'kubernetes stack (up to 26.2).',
      xml:
        'Change the transport stack in {{file}}, or set cache-stack, which takes precedence: ' +
        'jdbc-ping from 26.1, kubernetes with a headless discovery Service up to 26.2.',
    },
    messages: {
      cloud:
        '{{origin}} on {{workload}} selects the {{cloud}} VM discovery stack, which needs extra ' +
        'JARs and is deprecated from Keycloak 26.1.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const name = kc.cluster.stack.name;
      if (!name || !CLOUD_STACKS.has(name)) continue;
      yield {
        messageId: 'cloud',
        data: {
          origin: stackOrigin(kc),
          workload: workloadName(kc.workload),
          cloud: CLOUDS[name]!,
          file: kc.cluster.stack.xml?.file ?? '',
        },
        at: stackLocation(kc),
        resource: kc.workload.resource,
        fixId: kc.cluster.stack.source === 'xml' ? 'xml' : recommendedStackFix(kc.version),
      };
    }
  },
});
