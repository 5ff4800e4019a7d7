import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('dns-query-service-not-headless', {
  valid: [
    'valid.headless_service.yaml',
    'valid.single_replica.yaml',
    'valid.jdbc_ping_default_26_2.yaml',
    'valid.dev_mode.yaml',
  ],
  invalid: [
    // The one headless Service that selects the pods is the certain target: the fix points at it.
    {
      fixture: 'invalid.headless_candidate_present.yaml',
      findings: [
        {
          line: 26,
          column: 56,
          endColumn: 71,
          message: 'names ok-keycloak, which is a ClusterIP Service',
          fix: 'Point jgroups.dns.query at keycloak-discovery.iam, the headless Service',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.http_service_as_discovery.yaml',
      findings: [
        {
          line: 28,
          column: 42,
          endLine: 28,
          endColumn: 57,
          message: 'names ok-keycloak, which is a ClusterIP Service',
          fix: 'keep ok-keycloak for HTTP traffic',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.explicit_cluster_ip_fqdn.yaml',
      findings: [
        {
          line: 27,
          column: 42,
          endColumn: 83,
          message: 'names ok-keycloak-cluster, which is a ClusterIP Service',
          fix: 'clusterIP: None',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.external_name_service.yaml',
      findings: [
        {
          line: 28,
          column: 42,
          endColumn: 59,
          message:
            /ok-keycloak-alias, which is an? ExternalName Service.*resolves to an external name/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      // Regression: (the span of a quoted value was shifted by the opening quote).
      fixture: 'invalid.quoted_value.yaml',
      findings: [
        {
          line: 28,
          column: 43,
          endColumn: 61,
          message:
            /names ok-keycloak-lb, which is a LoadBalancer Service.* may each form their own cluster\.$/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
