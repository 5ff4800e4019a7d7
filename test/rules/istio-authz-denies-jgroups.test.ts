import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('istio-authz-denies-jgroups', {
  valid: [
    'valid.allow_jgroups_namespace.yaml',
    'valid.allow_principal.yaml',
    // a `when` condition cannot be evaluated: no claim
    'valid.when_condition.yaml',
    'valid.ports_excluded_inbound.yaml',
    'valid.outside_mesh.yaml',
    'valid.other_workload.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.allow_http_only.yaml',
      findings: [
        {
          line: 70,
          column: 3,
          endColumn: 8,
          severity: 'error',
          message:
            'AuthorizationPolicy fires-keycloak (ALLOW) applies to the pods of StatefulSet ' +
            'fires-keycloak, and none of its rules admits TCP 7800 and 57800 from the other ' +
            'Keycloak pods',
          fix: '`- from: [{source: {principals: ["cluster.local/ns/iam/sa/default"]}}]`',
          resource: 'AuthorizationPolicy/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.allow_nothing.yaml',
      // no rules: at spec.action
      findings: [{ line: 66, column: 11, resource: 'AuthorizationPolicy/fires-allow-nothing' }],
    },
    {
      fixture: 'invalid.deny_jgroups.yaml',
      // at the second rule, the one that matches
      findings: [
        {
          line: 74,
          column: 7,
          message:
            'Rule 2 of AuthorizationPolicy fires-deny-cluster-ports (DENY) matches the ' +
            'connections between the pods of StatefulSet fires-keycloak on TCP 7800 and 57800',
          fix: '`notPorts: ["7800", "57800"]`',
          resource: 'AuthorizationPolicy/fires-deny-cluster-ports',
        },
      ],
    },
    {
      fixture: 'invalid.http_fields_and_other_sa.yaml',
      // paths (HTTP-only) never match TCP in ALLOW; the principal is another service account
      findings: [
        {
          line: 71,
          column: 3,
          message: 'none of its rules admits TCP 7800 and 57800',
          fix: '"cluster.local/ns/iam/sa/keycloak"',
          resource: 'AuthorizationPolicy/fires-keycloak',
        },
      ],
    },
  ],
});
