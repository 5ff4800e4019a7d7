import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('dns-query-service-not-found', {
  valid: [
    'valid.operator_cr_generated_discovery.yaml',
    'valid.short_name_same_namespace.yaml',
    'valid.svc_ns_svc_forms.yaml',
    // The Service beside the workload is the intended one: dns-query-namespace-mismatch reports it.
    'valid.namespace_mismatch_service_beside_workload.yaml',
    'valid.unspecified_namespaces.yaml',
    'valid.jdbc_ping_default_26_1.yaml',
    'valid.cache_local.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.short_name_typo.yaml',
      findings: [
        {
          line: 28,
          column: 42,
          endLine: 28,
          endColumn: 59,
          message: 'names Service keycloak-headless in namespace iam',
          fix: 'Point jgroups.dns.query at ok-keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.fqdn_service_missing.yaml',
      findings: [
        {
          line: 27,
          column: 55,
          endColumn: 93,
          message: 'names Service keycloak-jgroups in namespace iam',
          fix: 'add that Service to the linted files',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      // Regression: (the span of a quoted value was shifted by the opening quote).
      fixture: 'invalid.quoted_value.yaml',
      findings: [
        {
          line: 28,
          column: 52,
          endLine: 28,
          endColumn: 64,
          message: /names Service kc-discovery in namespace iam/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.other_namespace_nowhere.yaml',
      findings: [
        {
          line: 28,
          column: 42,
          endColumn: 64,
          message: 'names Service keycloak-headless in namespace auth',
          fix: 'ok-keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.env_var_named_like_property.yaml',
      findings: [
        {
          line: 26,
          column: 22,
          endColumn: 46,
          message: 'names Service keycloak-jgroups in namespace iam',
          fix: 'Point jgroups.dns.query at ok-keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      // Regression: the span is measured on the expanded value, so it ends inside $(POD_NAMESPACE))
      fixture: 'invalid.namespace_from_pod_field.yaml',
      findings: [
        {
          line: 32,
          column: 42,
          endLine: 32,
          endColumn: 80,
          message: 'names Service ok-keycloak-discovery in namespace sso',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      // Without --namespace the StatefulSet's namespace is unspecified and the Service in prod may be its own.
      fixture: 'invalid.default_namespace_option.yaml',
      options: { namespace: 'iam' },
      findings: [
        {
          line: 27,
          column: 42,
          endColumn: 60,
          message: 'names Service keycloak-discovery in namespace iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
