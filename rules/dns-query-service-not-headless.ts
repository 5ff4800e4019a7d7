import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { headlessServiceFor, queryFor, usesDnsPing, withTransport } from '../src/model/query.js';
import { asString } from '../src/model/resource.js';

export default defineRule({
  id: 'dns-query-service-not-headless',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require the jgroups.dns.query Service to be headless',
    rationale:
      'DNS_PING asks DNS for the A records of `jgroups.dns.query` and contacts each address. A ' +
      'headless Service (`clusterIP: None`) answers with the IP of every selected pod; an ' +
      'ordinary ClusterIP Service answers with its one virtual IP, so the members cannot find ' +
      'each other and each pod logs "no members discovered ... creating cluster as coordinator".',
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
    messages: {
      notHeadless:
        'jgroups.dns.query names {{service}}, which is {{type}} Service, not a headless one: ' +
        'its DNS name resolves to {{resolves}}, not to the pod IPs, so the pods of {{workload}} ' +
        'cannot find each other.',
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
          ? { fixId: 'candidate' }
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
