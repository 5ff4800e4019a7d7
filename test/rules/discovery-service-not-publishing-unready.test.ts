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
      fixture: 'invalid.also_ingress_backend.yaml',
      // the Service is also the Ingress backend: a Service of its own, and no edit
      findings: [
        {
          line: 36,
          column: 1,
          endColumn: 5,
          message: 'Discovery Service fires-keycloak-discovery of StatefulSet ok-keycloak',
          fix:
            'Give discovery a headless Service of its own with publishNotReadyAddresses: true, ' +
            'and point jgroups.dns.query at it: fires-keycloak-discovery also carries HTTP ' +
            'traffic (Ingress sso)',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
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
