import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('dns-query-namespace-mismatch', {
  valid: [
    'valid.same_namespace.yaml',
    'valid.short_name.yaml',
    // Unspecified namespaces are never a mismatch.
    'valid.unspecified_workload_namespace.yaml',
    { fixture: 'valid.default_namespace_option_matches.yaml', options: { namespace: 'iam' } },
    'valid.jdbc_ping_default_26_1.yaml',
    // $(POD_NAMESPACE) from metadata.namespace expands to the workload's own namespace.
    'valid.namespace_from_pod_field.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.service_beside_workload.yaml',
      findings: [
        {
          line: 28,
          column: 42,
          endLine: 28,
          endColumn: 69,
          message: 'names namespace keycloak, but StatefulSet fires-keycloak runs in namespace iam',
          fix: 'keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.fqdn_default_namespace.yaml',
      findings: [
        {
          line: 27,
          column: 42,
          endColumn: 86,
          message: 'names namespace default, but Deployment fires-keycloak runs in namespace iam',
          fix: 'keycloak-discovery.iam',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.pod_namespace_defined_later.yaml',
      // the reference is to a variable defined after it: left as written
      findings: [
        {
          line: 29,
          column: 42,
          message:
            'names namespace $(POD_NAMESPACE), a reference the kubelet leaves as written (it ' +
            'expands $(VAR) only in values written in env, and only with variables defined ' +
            'earlier in the list)',
          fix: 'Use keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.reference_in_configmap_value.yaml',
      // a value read from a ConfigMap is not expanded, whatever the env list defines
      findings: [
        {
          line: 44,
          column: 41,
          endColumn: 76,
          message: 'names namespace $(POD_NAMESPACE), a reference the kubelet leaves as written',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.svc_ns_svc_in_args.yaml',
      findings: [
        {
          line: 21,
          column: 39,
          endColumn: 65,
          message: 'names namespace sso, but StatefulSet fires-keycloak runs in namespace iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      // Without --namespace the StatefulSet's namespace is unspecified and nothing is reported.
      fixture: 'invalid.default_namespace_option.yaml',
      options: { namespace: 'iam' },
      findings: [
        {
          line: 27,
          column: 42,
          endColumn: 65,
          message: 'names namespace auth, but StatefulSet fires-keycloak runs in namespace iam',
          fix: 'keycloak-discovery.iam',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
