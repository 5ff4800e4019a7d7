import { defineRule } from '../src/engine/rule.js';
import { list, workloadName } from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import {
  type AuthorizationPolicyView,
  authorizationPoliciesFor,
  authzDecision,
  meshMembership,
  sidecarBypass,
  sourcePodOf,
} from '../src/model/istio.js';
import { mayHideJvmOptions, podLabelsPath, withTransport } from '../src/model/query.js';
import type { Workload } from '../src/model/types.js';

export default defineRule({
  id: 'istio-authz-denies-jgroups',
  meta: {
    severity: 'error',
    category: 'network',
    summary: 'Require Istio AuthorizationPolicies to admit JGroups traffic between Keycloak pods',
    rationale:
      'Once an ALLOW AuthorizationPolicy applies to a workload, its sidecar rejects every ' +
      'connection that no rule of an ALLOW policy matches, and a matching DENY rule rejects ' +
      'a connection whatever the ALLOW policies say. Policies written for the HTTP port alone ' +
      'thereby close the JGroups transport port (7800 by default) and the failure-detection ' +
      'port (transport + 50000) that the Keycloak members use between each other, and each pod ' +
      'forms a cluster of its own. JGroups is plain TCP to Istio: a rule with HTTP-only fields ' +
      '(paths, methods, hosts) does not match it in an ALLOW policy.',
    fix:
      'Add a rule to AuthorizationPolicy {{policy}} that admits the Keycloak pods on the JGroups ' +
      'ports: `- from: [{source: {principals: ["cluster.local/ns/{{namespace}}/sa/{{serviceAccount}}"]}}]` ' +
      '(or `namespaces: ["{{namespace}}"]`) with `to: [{operation: {ports: ["{{transport}}", "{{fd}}"]}}]`.',
    fixes: {
      deny:
        'Keep the JGroups ports out of this DENY rule (`notPorts: ["{{transport}}", "{{fd}}"]` in its ' +
        'operation), or narrow its sources so that they do not match the Keycloak pods.',
    },
    messages: {
      allow:
        'AuthorizationPolicy {{policy}} (ALLOW) applies to the pods of {{workload}}, and {{none}} ' +
        'TCP {{ports}} from the other Keycloak pods: the sidecars reject the JGroups connections, ' +
        'so each pod forms a cluster of its own.',
      deny:
        'Rule {{rule}} of AuthorizationPolicy {{policy}} (DENY) matches the connections between ' +
        'the pods of {{workload}} on TCP {{ports}}: the sidecars reject the JGroups traffic, so ' +
        'each pod forms a cluster of its own.',
    },
    appliesTo: ['AuthorizationPolicy', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later, TCP-based stacks',
    limitations: [
      'Only what the files decide is reported: `when` conditions, ipBlocks holding private ' +
        'ranges, principals of another trust domain and CUSTOM policies make the answer ' +
        'unknown, and the rule stays silent.',
      'The root namespace is taken to be istio-system. Policies attached with `targetRef(s)` ' +
        '(waypoints, gateways) are not read.',
      'Pods known to be outside the mesh are skipped; ports excluded from inbound capture ' +
        '(`traffic.sidecar.istio.io/excludeInboundPorts`) are not subject to the policies.',
    ],
    references: [
      '[Istio: Authorization Policy](https://istio.io/latest/docs/reference/config/security/authorization-policy/)',
      '[Istio: Authorization for TCP traffic](https://istio.io/latest/docs/tasks/security/authorization/authz-tcp/)',
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
      if (meshMembership(model, workload).mode === 'none') continue;
      const policies = authorizationPoliciesFor(model, workload);
      if (policies.length === 0) continue;
      const pod = sourcePodOf(workload);
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const ports = [transport, fd].filter((p) => !sidecarBypass(workload, p).inbound);
      const decisions = ports.map((port) => ({ port, ...authzDecision(policies, pod, port) }));
      const blocked = decisions.filter((d) => d.admitted === 'no');
      if (blocked.length === 0) continue;
      const base = {
        workload: workloadName(workload),
        ports: list(blocked.map((d) => String(d.port))),
        transport,
        fd,
        namespace: workload.resource.namespace ?? '<namespace>',
        serviceAccount: pod.serviceAccount,
      };
      const related = [
        {
          at: workload.resource.at(podLabelsPath(workload)),
          resource: workload.resource,
          message: `The Keycloak pods of ${workloadName(workload)}, which talk to each other on TCP ${transport} and ${fd}.`,
        },
      ];
      const denied = blocked.find((d) => d.deniedBy)?.deniedBy;
      if (denied) {
        const resource = denied.policy.resource;
        yield {
          messageId: 'deny',
          fixId: 'deny',
          data: {
            ...base,
            policy: resource.name,
            rule: denied.rule + 1,
            ports: list(
              blocked
                .filter((d) => d.deniedBy?.policy === denied.policy)
                .map((d) => String(d.port)),
            ),
          },
          at: resource.at(['spec', 'rules', denied.rule]),
          resource,
          related,
        };
        continue;
      }
      const allow = decisions[0]!.allow;
      const policy = reported(allow);
      yield {
        messageId: 'allow',
        data: { ...base, policy: policy.resource.name, none: noneText(allow) },
        at: policy.resource.at(
          policy.resource.spec.rules !== undefined
            ? ['spec', 'rules']
            : policy.resource.spec.action !== undefined
              ? ['spec', 'action']
              : ['spec'],
        ),
        resource: policy.resource,
        related: [
          ...related,
          ...allow
            .filter((p) => p !== policy)
            .map((p) => ({
              at: p.resource.at(['spec']),
              resource: p.resource,
              message: `AuthorizationPolicy ${p.resource.name} (ALLOW) also applies to these pods and admits neither port from them.`,
            })),
        ],
      };
    }
  },
});

/** The ALLOW policy a rule for Keycloak belongs in: the first that selects the pods. */
function reported(allow: readonly AuthorizationPolicyView[]): AuthorizationPolicyView {
  return allow.find((p) => p.selected) ?? allow[0]!;
}

function noneText(allow: readonly AuthorizationPolicyView[]): string {
  if (allow.length > 1) {
    const names = list(allow.map((p) => p.resource.name));
    return `no rule of the ${allow.length} ALLOW policies that apply (${names}) admits`;
  }
  return 'none of its rules admits';
}
