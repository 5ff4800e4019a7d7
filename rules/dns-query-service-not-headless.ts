import { defineRule } from '../src/engine/rule.js';
import { soleEnvEntry } from '../src/fix/env-edit.js';
import { YamlEditor } from '../src/fix/yaml-edit.js';
import { workloadName } from '../src/model/describe.js';
import { headlessServiceFor, queryFor, usesDnsPing, withTransport } from '../src/model/query.js';
import { asString } from '../src/model/resource.js';
import type { KeycloakContainer, Model } from '../src/model/types.js';

export default defineRule({
  id: 'dns-query-service-not-headless',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require the jgroups.dns.query Service to be headless',
    rationale:
      'DNS_PING asks DNS for the A records of `jgroups.dns.query` and contacts each address. A ' +
      'headless Service (`clusterIP: None`) answers with the IP of every selected pod; an ' +
      'ordinary ClusterIP Service answers with its one virtual IP, so DNS_PING does not learn ' +
      'the members\' addresses, and the pods may each form their own cluster (logging "no ' +
      'members discovered ... creating cluster as coordinator").',
    fix:
      'Add a separate headless Service (clusterIP: None, publishNotReadyAddresses: true) ' +
      'selecting the Keycloak pods and point jgroups.dns.query at it; keep {{service}} for HTTP ' +
      'traffic.',
    fixes: {
      candidate:
        'Point jgroups.dns.query at {{candidate}}, the headless Service that selects these pods.',
      externalName:
        'Point jgroups.dns.query at a headless Service (clusterIP: None, ' +
        'publishNotReadyAddresses: true) that selects the Keycloak pods; {{service}} is an ' +
        'alias of another host name.',
    },
    fixable:
      'when exactly one headless Service in a known namespace selects the pods and the query ' +
      'is a `-Djgroups.dns.query` flag of a JAVA_OPTS_APPEND or JAVA_OPTS value written in the ' +
      "container's env: the flag is pointed at <service>.<namespace>. Without such a Service, " +
      "the finding keeps a suggestion (which Service to add is kubernetes-stack-missing-dns-query's " +
      "fix once the query is gone, not this rule's).",
    messages: {
      notHeadless:
        'jgroups.dns.query names {{service}}, which is {{type}} Service, not a headless one: ' +
        'its DNS name resolves to {{resolves}}, not to the pod IPs, so discovery does not list ' +
        'the pods of {{workload}} and they may each form their own cluster.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Service'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const service = model.discovery(kc)?.services[0];
      if (!service || service.spec.clusterIP === 'None') continue;
      const type = asString(service.spec.type) ?? 'ClusterIP';
      const headless = headlessServiceFor(model, kc.workload);
      const candidate = headless ? queryFor(headless) : '';
      yield {
        messageId: 'notHeadless',
        data: {
          service: service.name,
          type: type === 'ExternalName' ? 'an ExternalName' : `a ${type}`,
          resolves: type === 'ExternalName' ? 'an external name' : 'one virtual IP',
          workload: workloadName(kc.workload),
          candidate,
        },
        ...(headless
          ? { fixId: 'candidate', ...pointAtHeadless(model, kc) }
          : type === 'ExternalName'
            ? { fixId: 'externalName' }
            : {}),
        at: model.discovery(kc)!.query.setting.at,
        resource: kc.workload.resource,
        related: [
          {
            at: service.at(['spec', 'clusterIP']),
            resource: service,
            message: `Service ${service.name} has no clusterIP: None`,
          },
        ],
      };
    }
  },
});

/**
 * Points the query at the one headless Service that selects the pods, when the query is a
 * flag of a JVM option variable written in the container's env.
 */
function pointAtHeadless(model: Model, kc: KeycloakContainer) {
  const headless = model.servicesSelecting(kc.workload).filter((s) => s.spec.clusterIP === 'None');
  const target = headless[0];
  const query = model.discovery(kc)?.query;
  if (headless.length !== 1 || !target?.namespace || !query) return {};
  const origin = query.setting.origin;
  if (origin !== 'JAVA_OPTS_APPEND' && origin !== 'JAVA_OPTS') return {};
  const index = soleEnvEntry(kc, origin);
  const editor = YamlEditor.of(kc.workload.resource);
  if (index === undefined || !editor) return {};
  const node = editor.scalar([...kc.path, 'env', index, 'value']);
  if (typeof node?.value !== 'string') return {};
  const flags = node.value.split(/\s+/).filter((w) => w.startsWith('-Djgroups.dns.query='));
  if (flags.length !== 1) return {};
  const value = node.value.replace(flags[0]!, `-Djgroups.dns.query=${queryFor(target)}`);
  const edits = editor.replaceScalar(node, value);
  return edits && edits.length > 0 ? { edits } : {};
}
