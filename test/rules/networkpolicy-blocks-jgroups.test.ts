import { ruleTester } from '../helpers/rule-tester.js';

const BLOCKED =
  'isolates the pods of StatefulSet fires-keycloak (3 replicas) for ingress, and none of its ' +
  'ingress rules admits TCP 7800 and 57800 from the other Keycloak pods: the JGroups transport ' +
  'is blocked';

ruleTester('networkpolicy-blocks-jgroups', {
  valid: [
    'valid.admits_jgroups.yaml',
    'valid.default_deny_plus_allow.yaml',
    'valid.named_ports.yaml',
    'valid.namespace_labels_known.yaml',
    // The Namespace is not in the files: the answer depends on its labels, so no guess.
    'valid.namespace_selector_unknown.yaml',
    'valid.embedded_bind_port_before_26_4.yaml',
    'valid.single_replica.yaml',
    'valid.dev_mode.yaml',
    'valid.other_app_policy.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.http_only.yaml',
      // at the policy's `ingress:` key
      findings: [
        {
          line: 47,
          column: 3,
          endLine: 47,
          endColumn: 10,
          severity: 'error',
          message: `NetworkPolicy fires-keycloak ${BLOCKED}`,
          fix:
            'Add an ingress rule to NetworkPolicy fires-keycloak that admits TCP 7800 and 57800 ' +
            'from the Keycloak pods: `from: [{podSelector: {matchLabels: {app: keycloak}}}]`',
          resource: 'NetworkPolicy/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.default_deny_plus_http_policy.yaml',
      // reported on the policy that selects Keycloak by labels, not on the default-deny
      findings: [
        {
          line: 56,
          column: 3,
          severity: 'error',
          message:
            'no ingress rule of the 2 policies that select them (fires-default-deny and ' +
            'fires-keycloak-http) admits TCP 7800 and 57800',
          fix: 'Add an ingress rule to NetworkPolicy fires-keycloak-http',
          resource: 'NetworkPolicy/fires-keycloak-http',
        },
      ],
    },
    {
      fixture: 'invalid.default_deny_unknown_version.yaml',
      // at the `Ingress` entry of policyTypes: the policy has no ingress rules at all
      findings: [
        {
          line: 45,
          column: 7,
          endColumn: 14,
          severity: 'error',
          message: 'it has no ingress rules, so nothing admits TCP 7800 and 57800',
          fix: 'Add a NetworkPolicy that selects the Keycloak pods (matchLabels {app: keycloak})',
          resource: 'NetworkPolicy/fires-default-deny',
        },
      ],
    },
    {
      fixture: 'invalid.fd_port_missing.yaml',
      findings: [
        {
          line: 43,
          column: 3,
          severity: 'warning',
          message:
            /admits TCP 57800, the JGroups failure-detection port, from the other Keycloak pods: a crashed member is only found late/,
          resource: 'NetworkPolicy/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.egress_dns_only.yaml',
      findings: [
        {
          line: 57,
          column: 3,
          endColumn: 9,
          severity: 'error',
          message:
            'for egress, and none of its egress rules admits TCP 7800 and 57800 to the other ' +
            'Keycloak pods',
          fix: '`to: [{podSelector: {matchLabels: {app: keycloak}}}]`',
          resource: 'NetworkPolicy/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_bind_port.yaml',
      // 26.4: cache-embedded-network-bind-port=7900 moves both ports
      findings: [
        {
          line: 45,
          column: 3,
          message: 'admits TCP 7900 and 57900 from the other Keycloak pods',
          fix: '`ports: [{protocol: TCP, port: 7900}, {protocol: TCP, port: 57900}]`',
          resource: 'NetworkPolicy/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.named_port_not_declared.yaml',
      // the named ports do not resolve: the container declares no port named jgroups
      findings: [
        { line: 43, column: 3, message: BLOCKED, resource: 'NetworkPolicy/fires-keycloak' },
      ],
    },
  ],
});
