import { defineRule } from '../src/engine/rule.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import { list } from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import { sourceOf } from '../src/model/generated.js';
import { mayHideJvmOptions, withTransport } from '../src/model/query.js';
import { asArray, asObject, type Json, type JsonObject, valueAt } from '../src/model/resource.js';

export default defineRule({
  id: 'jgroups-ports-not-declared',
  meta: {
    severity: 'info',
    category: 'cluster-formation',
    summary: 'Suggest declaring the JGroups ports on the Keycloak container',
    rationale:
      'Stacks with a TCP transport listen on the transport port (7800 unless `jgroups.bind.port` ' +
      'or, from 26.4, `cache-embedded-network-bind-port` changes it) and on the ' +
      'failure-detection port, transport + 50000. NetworkPolicies with named ports, service ' +
      'meshes and readers of the manifest rely on the container ports declared. Pods of a ' +
      'Keycloak Operator CR are left out: the operator writes their containers.',
    fix:
      'Declare containerPort {{transport}} (name jgroups) and containerPort {{fd}} (name ' +
      'jgroups-fd) on container {{container}}.',
    fixable:
      'when the port names jgroups and jgroups-fd are free in the pod; the new entries follow ' +
      'the key order of the ports already declared.',
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
      const ports = asArray(valueAt(container, [...kc.path, 'ports']));
      const declared = new Set(
        ports.flatMap((p) => {
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
        ...fixOf(kc.workload.resource, (editor) => {
          const wanted = [
            { port: transport, name: 'jgroups' },
            { port: fd, name: 'jgroups-fd' },
          ].filter((p) => missing.includes(p.port));
          // Port names are unique in a pod: a name in use makes the right one uncertain.
          const names = new Set(podPortNames(kc.workload.podSpec));
          if (wanted.some((p) => names.has(p.name))) return undefined;
          const like = asObject(ports[0]);
          return editor.append(
            [...kc.path, 'ports'],
            wanted.map((p) => portEntry(p.port, p.name, like)),
          );
        }),
      };
    }
  },
});

/** The port names of every container of a pod spec. */
function podPortNames(podSpec: JsonObject | undefined): string[] {
  return ['initContainers', 'containers'].flatMap((list) =>
    asArray(podSpec?.[list]).flatMap((c) =>
      asArray(asObject(c)?.ports).flatMap((p) => {
        const name = asObject(p)?.name;
        return typeof name === 'string' ? [name] : [];
      }),
    ),
  );
}

/** A container port entry, its keys in the order of an existing entry (name first if so). */
function portEntry(port: number, name: string, like: JsonObject | undefined): JsonObject {
  const entry: Record<string, Json> = { name, containerPort: port };
  if (like && 'protocol' in like) entry.protocol = 'TCP';
  const order = like ? Object.keys(like) : ['name', 'containerPort'];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return Object.fromEntries(Object.entries(entry).sort(([a], [b]) => rank(a) - rank(b)));
}
