import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { headlessServiceFor, queryFor, usesDnsPing, withTransport } from '../src/model/query.js';

export default defineRule({
  id: 'dns-query-service-not-found',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require the Service named by jgroups.dns.query to exist',
    rationale:
      'DNS_PING finds members by resolving `jgroups.dns.query`. A name that matches no Service ' +
      'resolves to nothing, so every pod starts a cluster of its own. The query may name `svc`, ' +
      '`svc.ns`, `svc.ns.svc` or `svc.ns.svc.<cluster-domain>`; a Service that lives in other ' +
      'files must be linted with these.',
    fix:
      'Point jgroups.dns.query at the headless Service that selects these pods, or add that ' +
      'Service to the linted files.',
    fixes: {
      candidate:
        'Point jgroups.dns.query at {{candidate}}, the headless Service that selects these ' +
        'pods, or add a Service named {{service}}.',
    },
    messages: {
      notFound:
        'jgroups.dns.query names Service {{service}}{{where}}, but the linted files have no ' +
        'such Service, so {{workload}} discovers no members.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Service'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      if (!usesDnsPing(kc)) continue;
      const discovery = model.discovery(kc);
      if (!discovery || discovery.services.length > 0 || discovery.external) continue;
      const { query } = discovery;
      const namespace = query.namespace ?? kc.workload.resource.namespace;
      const headless = headlessServiceFor(model, kc.workload);
      const candidate = headless ? queryFor(headless) : '';
      yield {
        messageId: 'notFound',
        data: {
          service: query.service,
          where: namespace ? ` in namespace ${namespace}` : '',
          workload: workloadName(kc.workload),
          candidate,
        },
        at: query.setting.at,
        resource: kc.workload.resource,
        ...(headless ? { fixId: 'candidate' } : {}),
      };
    }
  },
});
