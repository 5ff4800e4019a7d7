import { defineRule } from '../src/engine/rule.js';
import { editsOf } from '../src/fix/discovery.js';
import { YamlEditor } from '../src/fix/yaml-edit.js';
import type { Path } from '../src/load/source.js';
import { labelsText, list, workloadName } from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import {
  type Direction,
  type NetworkPolicyView,
  peerReachability,
} from '../src/model/network-policy.js';
import { mayHideJvmOptions, podLabelsPath, withTransport } from '../src/model/query.js';
import { asArray, asObject } from '../src/model/resource.js';
import type { KeycloakContainer, Workload } from '../src/model/types.js';

const PEER_KEY: Record<Direction, string> = { ingress: 'from', egress: 'to' };
const FROM_TO: Record<Direction, string> = { ingress: 'from', egress: 'to' };

export default defineRule({
  id: 'networkpolicy-blocks-jgroups',
  meta: {
    severity: 'error',
    category: 'network',
    summary: 'Require NetworkPolicies to admit JGroups traffic between Keycloak pods',
    rationale:
      'Keycloak members talk to each other over TCP on the JGroups transport port (7800 unless ' +
      '`jgroups.bind.port` or, from 26.4, `cache-embedded-network-bind-port` changes it) and on ' +
      'the failure-detection port, transport + 50000, whatever the discovery (DNS_PING or, from ' +
      '26.1, JDBC_PING through the database). A NetworkPolicy that selects the pods isolates ' +
      'them: only what a rule of some policy selecting them admits gets through. When the ' +
      'transport port is not admitted, every pod keeps a cluster and caches of its own (logins ' +
      'lost between pods, stale realm caches); when only the failure-detection port is not, a ' +
      'crashed member is found late, by heartbeat timeout.',
    fix:
      'Add an {{direction}} rule to NetworkPolicy {{policy}} that admits TCP {{transport}} and ' +
      '{{fd}} {{fromTo}} the Keycloak pods: `{{peerKey}}: [{podSelector: {matchLabels: ' +
      '{{labels}}}}]` with `ports: [{protocol: TCP, port: {{transport}}}, {protocol: TCP, ' +
      'port: {{fd}}}]`.',
    fixes: {
      newPolicy:
        'Add a NetworkPolicy that selects the Keycloak pods (matchLabels {{labels}}) with an ' +
        '{{direction}} rule that admits TCP {{transport}} and {{fd}} {{fromTo}} them: ' +
        '`{{peerKey}}: [{podSelector: {matchLabels: {{labels}}}}]` with `ports: [{protocol: TCP, ' +
        'port: {{transport}}}, {protocol: TCP, port: {{fd}}}]`; policies add up.',
    },
    fixable:
      'when the reported policy selects the pods by labels and is written in the files: a rule ' +
      'is appended to its ingress (or egress) list that admits the blocked ports, as numbers, ' +
      'from (or to) the pods of the workload. A policy whose rules name ports by name (declare ' +
      'them on the container instead), an isolation by an empty podSelector only (which policy ' +
      'to add is a choice) and the policies a Keycloak CR generates get a suggestion only.',
    messages: {
      transport:
        'NetworkPolicy {{policy}} isolates the pods of {{workload}} ({{replicas}}) for ' +
        '{{direction}}, and {{none}} TCP {{ports}} {{fromTo}} the other Keycloak pods: the JGroups transport is blocked, so each pod ' +
        'forms a cluster of its own.',
      failureDetection:
        'NetworkPolicy {{policy}} isolates the pods of {{workload}} ({{replicas}}) for ' +
        '{{direction}}, and {{none}} TCP {{fd}}, the JGroups failure-detection port, {{fromTo}} the other Keycloak pods: a crashed member ' +
        'is only found late, by heartbeat timeout.',
    },
    graded:
      'error when the transport port is not admitted; warning when only the failure-detection ' +
      'port is not.',
    appliesTo: ['NetworkPolicy', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later, TCP-based stacks (`kubernetes`, `tcp`, `jdbc-ping`, cloud stacks)',
    limitations: [
      'A namespaceSelector that needs labels of a Namespace not in the linted files (other than ' +
        'the automatic `kubernetes.io/metadata.name`) cannot be decided: the rule stays silent ' +
        'rather than guess. Lint the Namespace object too.',
      'Pod IPs are not in the manifests: an ipBlock of the whole address space admits the pods, ' +
        'a private range (10/8, 172.16/12, 192.168/16, 100.64/10) or any IPv6 range may or may ' +
        'not (and the network plugin decides whether ipBlocks apply to pod traffic), so the ' +
        'rule stays silent; a public range is taken as not holding pod IPs.',
      'When several policies isolate the pods, the finding is reported on the first one that ' +
        'selects them by labels (rather than an empty podSelector such as a default-deny), since ' +
        'that is where a rule for Keycloak belongs; the others are related locations.',
      'Only traffic between pods of the same workload is checked; egress to the database ' +
        '(needed by JDBC_PING and Keycloak itself) and to DNS is not.',
      'UDP-based stacks (`udp`, `jdbc-ping-udp`) and containers whose JGroups port may be set ' +
        'where the linter cannot see (a JVM option variable from a Secret) are skipped.',
    ],
    references: [
      '[Kubernetes: Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/)',
      '[Keycloak: Configuring distributed caches, network ports](https://www.keycloak.org/server/caching)',
    ],
  },
  *check(model) {
    const seen = new Set<Workload>();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      if (seen.has(workload) || !checkable(kc)) continue;
      seen.add(workload);
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      for (const direction of ['ingress', 'egress'] as const) {
        const reach = peerReachability(model, workload, direction, [transport, fd]);
        if (reach.isolating.length === 0) continue;
        const blocked = [transport, fd].filter((p) => reach.admitted.get(p) === 'no');
        if (blocked.length === 0) continue;
        const transportBlocked = blocked.includes(transport);
        const policy = reportedPolicy(reach.isolating);
        const others = reach.isolating.filter((v) => v !== policy);
        yield {
          messageId: transportBlocked ? 'transport' : 'failureDetection',
          ...(bySelector(policy)
            ? editsOf(admitPeers(policy, direction, peerLabels(workload), blocked))
            : { fixId: 'newPolicy' }),
          severity: transportBlocked ? 'error' : 'warning',
          data: {
            policy: policy.resource.name,
            workload: workloadName(workload),
            replicas: workload.replicas.text,
            direction,
            fromTo: FROM_TO[direction],
            peerKey: PEER_KEY[direction],
            none: noneText(reach.isolating, direction),
            ports: list(blocked.map(String)),
            transport,
            fd,
            labels: labelsText(peerLabels(workload)),
          },
          at: policy.resource.at(anchorPath(policy, direction)),
          resource: policy.resource,
          related: [
            {
              at: workload.resource.at(podLabelsPath(workload)),
              resource: workload.resource,
              message: `The Keycloak pods of ${workloadName(workload)}, which talk to each other on TCP ${transport} and ${fd}.`,
            },
            ...others.map((v) => ({
              at: v.resource.at(anchorPath(v, direction)),
              resource: v.resource,
              message: `NetworkPolicy ${v.resource.name} also selects these pods for ${direction} and admits neither port from them.`,
            })),
          ],
        };
      }
    }
  },
});

/**
 * Appends a rule admitting TCP `ports` between the pods with `labels` to the policy's list
 * for the direction (created when absent). Not offered when the policy's rules name ports:
 * then the writer meant named container ports, which jgroups-ports-not-declared declares.
 */
function admitPeers(
  view: NetworkPolicyView,
  direction: Direction,
  labels: Readonly<Record<string, string>>,
  ports: readonly number[],
) {
  const editor = YamlEditor.of(view.resource);
  if (!editor || Object.keys(labels).length === 0) return undefined;
  const rules = asArray(view.resource.spec[direction]);
  const named = rules.some((r) =>
    asArray(asObject(r)?.ports).some((p) => typeof asObject(p)?.port === 'string'),
  );
  if (named) return undefined;
  const edits = editor.append(
    ['spec', direction],
    [
      {
        [PEER_KEY[direction]]: [{ podSelector: { matchLabels: { ...labels } } }],
        ports: ports.map((port) => ({ protocol: 'TCP', port })),
      },
    ],
  );
  return edits ? { edits } : undefined;
}

/** `none of its ingress rules admits`, `no ingress rule of the 2 policies ... admits`. */
function noneText(isolating: readonly NetworkPolicyView[], direction: Direction): string {
  if (isolating.length > 1) {
    const names = list(isolating.map((v) => v.resource.name));
    return `no ${direction} rule of the ${isolating.length} policies that select them (${names}) admits`;
  }
  return isolating[0]![direction].length === 0
    ? `it has no ${direction} rules, so nothing admits`
    : `none of its ${direction} rules admits`;
}

/** A TCP stack whose ports the linter can see. */
function checkable(kc: KeycloakContainer): boolean {
  const stack = kc.cluster.stack.name;
  return (
    stack !== undefined &&
    TCP_STACKS.has(stack) &&
    !kc.cluster.transportPort.unknown &&
    !kc.cluster.failureDetectionPort.unknown &&
    !mayHideJvmOptions(kc, { opaque: false })
  );
}

/** The policy a rule for Keycloak belongs in: the first that selects the pods by labels. */
function reportedPolicy(isolating: readonly NetworkPolicyView[]): NetworkPolicyView {
  return isolating.find(bySelector) ?? isolating[0]!;
}

/** A policy that names pods by labels, rather than every pod of the namespace. */
function bySelector(view: NetworkPolicyView): boolean {
  const { matchLabels, matchExpressions } = view.podSelector;
  return Object.keys(matchLabels).length > 0 || matchExpressions.length > 0;
}

/** The direction's rules, else its entry in `policyTypes`, else the podSelector. */
function anchorPath(view: NetworkPolicyView, direction: Direction): Path {
  const spec = view.resource.spec;
  if (spec[direction] !== undefined) return ['spec', direction];
  const types = asArray(spec.policyTypes);
  const name = direction === 'ingress' ? 'Ingress' : 'Egress';
  const i = types.indexOf(name);
  if (i >= 0) return ['spec', 'policyTypes', i];
  return ['spec', 'podSelector'];
}

/** The workload's selector labels (stable across versions), else its pod labels. */
function peerLabels(workload: Workload): Readonly<Record<string, string>> {
  const match = asObject(asObject(workload.resource.spec.selector)?.matchLabels);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(match ?? {})) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? out : workload.podLabels;
}
