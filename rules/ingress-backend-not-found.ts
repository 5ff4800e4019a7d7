import { defineRule } from '../src/engine/rule.js';
import {
  findServicePort,
  servicePortPath,
  servicePorts,
  targetReachesPod,
} from '../src/model/backend-ports.js';
import { list, workloadName } from '../src/model/describe.js';
import { frontsOf } from '../src/model/fronts.js';
import { asArray, asObject, valueAt } from '../src/model/resource.js';
import type { Workload } from '../src/model/types.js';

export default defineRule({
  id: 'ingress-backend-not-found',
  meta: {
    severity: 'error',
    category: 'ingress',
    summary: 'Require every backend of a Keycloak front to name an existing Service and port',
    rationale:
      'An Ingress (or IngressRoute, HTTPRoute) that names a Service missing from the cluster, ' +
      'or a port the Service does not define, leaves that path without endpoints: the ' +
      'controller answers 503 (ingress-nginx) or 404 for it. A Service port whose targetPort ' +
      'is no port of the Keycloak pods gets no endpoints either. Such mistakes appear when a ' +
      'Service is renamed or its port changes (443 vs 8443) and the front is not updated.',
    fix: 'Point the backend at an existing Service and port{{candidates}}.',
    fixes: {
      external:
        'Point the backend at an existing Service{{candidates}}, or, when {{service}} lives ' +
        'outside these files, declare Service/{{namespace}}{{service}} in externalResources of ' +
        '.keycloak-lint.yaml.',
      port: 'Use a port that Service {{service}} defines: {{ports}}.',
      targetPort:
        'Set the targetPort of Service {{service}} to a port of the Keycloak container ' +
        '({{containerPorts}}).',
    },
    messages: {
      service:
        '{{front}} routes {{what}} to Service {{service}}, which is not in the linted files' +
        '{{namespaceText}}.',
      port: '{{front}} routes to port {{port}} of Service {{service}}, which defines {{ports}}.',
      targetPort:
        '{{front}} routes to port {{port}} of Service {{service}}, whose targetPort {{target}} ' +
        'is no port of the Keycloak container of {{workload}}, so it gets no endpoints.',
    },
    appliesTo: ['Ingress', 'IngressRoute', 'HTTPRoute', 'Service'],
    limitations: [
      'Only fronts that reach Keycloak through at least one backend are checked.',
      'Services that exist outside the files are declared with externalResources in the ' +
        'configuration; ExternalName Services are not checked.',
      'A numeric targetPort counts as reaching Keycloak when a container declares it or when ' +
        "it is Keycloak's HTTP, HTTPS or management port as configured.",
    ],
    references: [
      '[Kubernetes: Ingress backends](https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource)',
      '[Kubernetes: Service targetPort](https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service)',
    ],
  },
  *check(model) {
    for (const front of frontsOf(model)) {
      const name = `${front.kind} ${front.resource.name}`;
      // Services that do reach Keycloak, offered in the fix; only looked up when needed.
      let found: string[] | undefined;
      const candidates = () =>
        (found ??= [
          ...new Set(
            front.keycloak.flatMap((w) =>
              model
                .servicesSelecting(w)
                .filter((s) => s.spec.clusterIP !== 'None')
                .map((s) => s.name),
            ),
          ),
        ]);
      for (const backend of front.backends) {
        if (!backend.serviceName) continue;
        const service = backend.service;
        if (!service) {
          if (model.isExternal('Service', backend.namespace, backend.serviceName)) continue;
          const others = candidates().filter((c) => c !== backend.serviceName);
          yield {
            messageId: 'service',
            data: {
              front: name,
              what: front.kind === 'Ingress' ? 'a path' : 'a request',
              service: backend.serviceName,
              namespace: backend.namespace ? `${backend.namespace}/` : '',
              namespaceText: backend.namespace ? ` (namespace ${backend.namespace})` : '',
              candidates: others.length > 0 ? ` such as ${list(others)}` : '',
            },
            at: backend.at,
            resource: front.resource,
            fixId: 'external',
          };
          continue;
        }
        if (service.spec.type === 'ExternalName') continue;
        if (backend.port.number === undefined && backend.port.name === undefined) continue;
        const portText = String(backend.port.number ?? backend.port.name);
        const port = findServicePort(service, backend.port);
        if (!port) {
          const defined = servicePorts(service).map((p) =>
            p.name ? `${p.port} (${p.name})` : String(p.port),
          );
          yield {
            messageId: 'port',
            data: {
              front: name,
              port: portText,
              service: service.name,
              ports: defined.length > 0 ? list(defined) : 'no ports',
            },
            at: backend.portAt,
            resource: front.resource,
            fixId: 'port',
            related: [
              {
                at: service.at(['spec', 'ports']),
                resource: service,
                message: `the ports of Service ${service.name}`,
              },
            ],
          };
          continue;
        }
        if (port.target === undefined) continue;
        for (const workload of backend.workloads) {
          if (workload.keycloak.length === 0) continue;
          if (targetReachesPod(workload, port.target) !== false) continue;
          yield {
            messageId: 'targetPort',
            data: {
              front: name,
              port: portText,
              service: service.name,
              target: String(port.target),
              workload: workloadName(workload),
              containerPorts: keycloakPorts(workload),
            },
            at: backend.portAt,
            resource: front.resource,
            fixId: 'targetPort',
            related: [
              {
                at: service.at(servicePortPath(port)),
                resource: service,
                message: `targetPort ${port.target}`,
              },
            ],
          };
          break;
        }
      }
    }
  },
});

/** The declared ports of the Keycloak containers, or Keycloak's default HTTP port. */
function keycloakPorts(workload: Workload): string {
  const ports = workload.keycloak.flatMap((kc) =>
    asArray(asObject(valueAt(workload.resource.value, kc.path))?.ports).flatMap((p) => {
      const port = asObject(p);
      if (typeof port?.containerPort !== 'number') return [];
      return [
        typeof port.name === 'string'
          ? `${port.name} ${port.containerPort}`
          : String(port.containerPort),
      ];
    }),
  );
  return ports.length > 0 ? list([...new Set(ports)]) : 'e.g. 8080 for HTTP';
}
