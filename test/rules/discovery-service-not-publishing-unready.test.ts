import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('discovery-service-not-publishing-unready', {
  valid: [
    'valid.publishes_unready.yaml',
    // dns-query-service-not-headless fires there; its fix is a separate headless Service.
    'valid.not_headless.yaml',
    'valid.single_replica.yaml',
    'valid.jdbc_ping_default_26_1.yaml',
  ],
  invalid: [
    {
      // Missing field: reported at the nearest existing parent, spec.
      fixture: 'invalid.field_missing.yaml',
      findings: [
        {
          line: 35,
          column: 1,
          endLine: 35,
          endColumn: 5,
          message:
            'Discovery Service fires-keycloak-discovery of StatefulSet ok-keycloak does not ' +
            'publish unready pods',
          fix: 'publishNotReadyAddresses: true on Service fires-keycloak-discovery',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
    {
      fixture: 'invalid.field_false.yaml',
      findings: [
        {
          line: 36,
          column: 29,
          endLine: 36,
          endColumn: 34,
          message: 'Discovery Service fires-keycloak-headless of Deployment ok-keycloak',
          resource: 'Service/fires-keycloak-headless',
        },
      ],
    },
    {
      fixture: 'invalid.shared_by_two_workloads.yaml',
      findings: [
        {
          line: 67,
          column: 1,
          message:
            'of StatefulSet ok-keycloak-zone-a and StatefulSet ok-keycloak-zone-b does not ' +
            'publish unready pods',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
    {
      fixture: 'invalid.service_beside_workload_wrong_namespace.yaml',
      findings: [
        {
          line: 35,
          column: 1,
          message: 'Discovery Service fires-keycloak-discovery of StatefulSet ok-keycloak',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
  ],
});
