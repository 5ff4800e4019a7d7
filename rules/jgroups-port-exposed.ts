import { defineRule } from '../src/engine/rule.js';
import { list, workloadName } from '../src/model/describe.js';
import { SERVICE } from '../src/model/kinds.js';
import { serviceTargets } from '../src/model/network-policy.js';
import { asString } from '../src/model/resource.js';
import { isTrue } from '../src/model/setting.js';
import type { Workload } from '../src/model/types.js';
import { atLeast, holdsFor } from '../src/model/version.js';

const EXPOSED_TYPES = new Set(['NodePort', 'LoadBalancer']);

export default defineRule({
  id: 'jgroups-port-exposed',
  meta: {
    severity: 'warning',
    category: 'network',
    summary: 'Keep the JGroups and management ports of Keycloak off exposed Services and Ingresses',
    rationale:
      'The JGroups transport port (7800 unless changed), the failure-detection port (transport ' +
      '+ 50000) and, from Keycloak 25, the management port 9000 (health and metrics) are meant ' +
      'for the pods and the cluster only; Keycloak documents that proxies expose 8443 (or 8080) ' +
      'and not the management port. A NodePort or LoadBalancer Service, or an Ingress, that ' +
      'reaches them publishes them: scanners and load-balancer health checks that connect to ' +
      'the JGroups port fill the logs with `JGRP000006 ... EOFException`, and health and ' +
      'metrics become public.',
    fix:
      'Remove port {{port}} from Service {{service}} (or make it a ClusterIP Service): keep the ' +
      'JGroups ports on the headless discovery Service only, and the management port on a ' +
      'ClusterIP Service.',
    fixes: {
      ingress:
        'Route Ingress {{ingress}} to the HTTP(S) port of Keycloak instead of {{what}}; keep ' +
        'that port on Services inside the cluster.',
    },
    messages: {
      service:
        'Service {{service}} ({{type}}) exposes {{what}} of {{workload}} outside the ' +
        'cluster{{through}}.',
      ingress:
        'Ingress {{ingress}} routes to port {{port}} of Service {{service}}, which reaches ' +
        '{{what}} of {{workload}}: the Ingress publishes it.',
    },
    appliesTo: ['Service', 'Ingress'],
    versions: '17 and later (the management port from 25)',
    limitations: [
      'A Service port counts by the container port it reaches (its targetPort, a name resolved ' +
        'through the container ports, else its port): a Service port 9000 that targets 8080 ' +
        'publishes HTTP, not the management interface, and is not reported.',
      'Findings for an Ingress are reported on the Ingress backend (the node at fault), not on ' +
        'the ClusterIP Service it routes to, which may rightly list the port for scraping.',
      'The management port counts only for Keycloak 25 and later (with an unknown version it is ' +
        'not reported) and not with `legacy-observability-interface=true`.',
    ],
    references: [
      '[Keycloak: Configuring a reverse proxy, exposed path recommendations](https://www.keycloak.org/server/reverseproxy)',
      '[Keycloak: Configuring the management interface](https://www.keycloak.org/server/management-interface)',
      '[Kubernetes: Service types](https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types)',
    ],
  },
  *check(model) {
    for (const service of model.index.ofKind(SERVICE)) {
      const type = asString(service.spec.type);
      if (!type || !EXPOSED_TYPES.has(type)) continue;
      const workloads = model.workloadsSelectedBy(service).filter((w) => w.keycloak.length > 0);
      const sensitive = sensitivePorts(workloads);
      if (sensitive.size === 0) continue;
      for (const t of serviceTargets(service, workloads)) {
        const hit = t.target === undefined ? undefined : sensitive.get(t.target);
        if (!hit || t.protocol !== 'TCP') continue;
        yield {
          messageId: 'service',
          data: {
            service: service.name,
            type,
            what: hit.what,
            target: t.target!,
            port: t.port ?? t.target!,
            workload: list(hit.workloads.map(workloadName)),
            through:
              t.port !== undefined && t.port !== t.target
                ? ` through port ${t.port}`
                : t.targetName
                  ? ` through port ${t.port ?? '?'} (targetPort ${t.targetName})`
                  : '',
          },
          at: service.at([...t.path, t.targetWritten ? 'targetPort' : 'port']),
          resource: service,
          related: hit.workloads.map((w) => ({
            at: w.keycloak[0]!.at,
            resource: w.resource,
            message: `Keycloak container ${w.keycloak[0]!.name} of ${workloadName(w)}.`,
          })),
        };
      }
    }
    for (const view of model.ingresses) {
      for (const backend of view.backends) {
        const service = backend.service;
        if (!service) continue;
        const workloads = backend.workloads.filter((w) => w.keycloak.length > 0);
        const sensitive = sensitivePorts(workloads);
        if (sensitive.size === 0) continue;
        const t = serviceTargets(service, workloads).find((p) =>
          backend.port.number !== undefined
            ? p.port === backend.port.number
            : backend.port.name !== undefined && p.name === backend.port.name,
        );
        const hit = t?.target === undefined ? undefined : sensitive.get(t.target);
        if (!t || !hit || t.protocol !== 'TCP') continue;
        yield {
          messageId: 'ingress',
          fixId: 'ingress',
          data: {
            ingress: view.resource.name,
            service: service.name,
            port: backend.port.number ?? backend.port.name ?? '',
            what: hit.what,
            target: t.target!,
            workload: list(hit.workloads.map(workloadName)),
          },
          at: backend.at,
          resource: view.resource,
          related: [
            {
              at: service.at(t.path),
              resource: service,
              message: `Port ${t.port ?? t.name} of Service ${service.name}, reaching container port ${t.target}.`,
            },
          ],
        };
      }
    }
  },
});

interface Sensitive {
  what: string;
  workloads: Workload[];
}

/** The container ports of these Keycloak workloads that must stay inside the cluster. */
function sensitivePorts(workloads: readonly Workload[]): Map<number, Sensitive> {
  const out = new Map<number, Sensitive>();
  const add = (port: number, what: string, workload: Workload) => {
    const found = out.get(port);
    if (!found) out.set(port, { what, workloads: [workload] });
    else if (!found.workloads.includes(workload)) found.workloads.push(workload);
  };
  for (const workload of workloads) {
    for (const kc of workload.keycloak) {
      if (kc.distribution === 'legacy') continue;
      const { cache, transportPort, failureDetectionPort } = kc.cluster;
      if (cache === 'ispn' && !failureDetectionPort.unknown) {
        add(transportPort.port, `the JGroups transport port ${transportPort.port}`, workload);
        add(
          failureDetectionPort.port,
          `the JGroups failure-detection port ${failureDetectionPort.port}`,
          workload,
        );
      }
      if (
        holdsFor(kc.version, (v) => atLeast(v, 25)) &&
        !isTrue(kc.option('legacy-observability-interface'))
      ) {
        const custom = Number(kc.option('http-management-port')?.value);
        const port = Number.isInteger(custom) && custom > 0 ? custom : 9000;
        add(port, `the management port ${port} (health and metrics)`, workload);
      }
    }
  }
  return out;
}
