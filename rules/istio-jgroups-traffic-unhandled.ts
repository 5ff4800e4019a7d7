import { defineRule } from '../src/engine/rule.js';
import { list, nameOf, workloadName } from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import {
  declaredPort,
  discoveryServiceOf,
  meshMembership,
  sidecarBypass,
} from '../src/model/istio.js';
import { mayHideJvmOptions, withTransport } from '../src/model/query.js';
import type { Workload } from '../src/model/types.js';

export default defineRule({
  id: 'istio-jgroups-traffic-unhandled',
  meta: {
    severity: 'error',
    category: 'network',
    summary:
      'Require the JGroups ports to be declared on the discovery Service or bypass the Istio sidecar',
    rationale:
      'An Istio sidecar intercepts every TCP connection of the pod and routes it by the ports ' +
      'the Services declare. Keycloak members connect to each other directly, pod to pod, on ' +
      'the JGroups transport port (7800 by default) and the failure-detection port (transport + ' +
      '50000). When the discovery Service does not list them and the pod annotations do not ' +
      'exclude them from the sidecar, peer traffic is not handled as the members expect: ' +
      'reports show `JGRP000032 ... no physical address for ..., dropping message` and pods ' +
      'that each form their own cluster. Applies to TCP-based stacks of Keycloak 17 and later.',
    fix:
      'Declare TCP {{transport}} and {{fd}} on {{service}} with names starting tcp- (e.g. ' +
      'tcp-jgroups, tcp-jgroups-fd), or exclude them from the sidecar with the pod annotations ' +
      'traffic.sidecar.istio.io/excludeInboundPorts and excludeOutboundPorts: "{{transport}},{{fd}}".',
    fixes: {
      noService:
        'Add a headless Service (clusterIP: None) selecting the Keycloak pods that declares TCP ' +
        '{{transport}} and {{fd}} with names starting tcp- (e.g. tcp-jgroups, tcp-jgroups-fd), or ' +
        'exclude them from the sidecar with the pod annotations ' +
        'traffic.sidecar.istio.io/excludeInboundPorts and excludeOutboundPorts: "{{transport}},{{fd}}".',
    },
    messages: {
      undeclared:
        'The pods of {{workload}} run an Istio sidecar ({{reason}}), and the JGroups {{what}} ' +
        '{{ports}} {{isAre}} neither declared on {{service}} nor excluded from the sidecar: peer ' +
        'traffic between the Keycloak pods is not routed as a cluster needs.',
      noService:
        'The pods of {{workload}} run an Istio sidecar ({{reason}}), and no Service declares the ' +
        'JGroups {{what}} {{ports}} nor do the pods exclude {{them}} from the sidecar: peer traffic ' +
        'between the Keycloak pods is not routed as a cluster needs.',
    },
    appliesTo: ['Service', 'Namespace', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later, TCP-based stacks',
    limitations: [
      'Injection is read from the Namespace labels (`istio-injection`, `istio.io/rev`) and the ' +
        'pod template (`sidecar.istio.io/inject` label or annotation, `istio.io/rev`). A ' +
        'Namespace that is not in the linted files leaves injection unknown unless the pods opt ' +
        'in themselves; the rule then stays silent. Injection set mesh-wide (e.g. ' +
        '`enableNamespacesByDefault`) is not seen.',
      'A pod annotation `sidecar.istio.io/inject: "true"` counts as injection, as the catalogue ' +
        'defines; recent Istio webhooks select on the label.',
      'The discovery Service is the one the DNS query names, else the StatefulSet serviceName, ' +
        'else a headless Service that selects the pods.',
      'Ambient mode (no sidecar) is not concerned.',
    ],
    references: [
      '[Istio: Protocol selection](https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/)',
      '[Istio: Resource annotations (traffic.sidecar.istio.io)](https://istio.io/latest/docs/reference/config/annotations/)',
      '[Keycloak: Configuring distributed caches](https://www.keycloak.org/server/caching)',
    ],
  },
  *check(model) {
    const seen = new Set<Workload>();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      const stack = kc.cluster.stack.name;
      if (seen.has(workload) || !stack || !TCP_STACKS.has(stack)) continue;
      if (kc.cluster.failureDetectionPort.unknown || mayHideJvmOptions(kc, { opaque: false }))
        continue;
      seen.add(workload);
      const mesh = meshMembership(model, workload);
      if (mesh.mode !== 'sidecar') continue;
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const service = discoveryServiceOf(model, kc);
      const unhandled = [transport, fd].filter((port) => {
        if (service && declaredPort(service, workload, port)) return false;
        const bypass = sidecarBypass(workload, port);
        return !(bypass.inbound && bypass.outbound);
      });
      if (unhandled.length === 0) continue;
      const data = {
        workload: workloadName(workload),
        reason: mesh.reason,
        what: unhandled.length === 1 ? 'port' : 'ports',
        ports: list(unhandled.map(String)),
        isAre: unhandled.length === 1 ? 'is' : 'are',
        them: unhandled.length === 1 ? 'it' : 'them',
        service: service ? `Service ${service.name}` : 'a headless Service',
        transport,
        fd,
      };
      const related = [
        ...(mesh.at
          ? [
              {
                at: mesh.at,
                ...(mesh.resource ? { resource: mesh.resource } : {}),
                message: `Sidecar injection: ${mesh.reason}.`,
              },
            ]
          : []),
      ];
      if (service) {
        yield {
          messageId: 'undeclared',
          data,
          at: service.at(service.spec.ports !== undefined ? ['spec', 'ports'] : ['spec']),
          resource: service,
          related: [
            ...related,
            {
              at: kc.at,
              resource: workload.resource,
              message: `Keycloak container ${kc.name} of ${nameOf(workload.resource)}, listening on TCP ${transport} and ${fd}.`,
            },
          ],
        };
      } else {
        yield {
          messageId: 'noService',
          fixId: 'noService',
          data,
          at: kc.at,
          resource: workload.resource,
          related,
        };
      }
    }
  },
});
