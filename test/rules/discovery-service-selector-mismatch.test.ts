import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('discovery-service-selector-mismatch', {
  valid: [
    'valid.selector_matches.yaml',
    'valid.selector_subset_of_labels.yaml',
    'valid.two_workloads_share_service.yaml',
    'valid.also_selects_non_keycloak_pods.yaml',
    'valid.jdbc_ping_default_26_1.yaml',
    'valid.single_replica.yaml',
    // Regression: an ExternalName Service has no selector to fix; dns-query-service-not-headless reports it)
    'valid.external_name_service.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.selector_misses_pod_labels.yaml',
      findings: [
        {
          line: 38,
          column: 3,
          endLine: 38,
          endColumn: 11,
          message:
            'its selector {app: keycloak-server} does not select the pod labels {app: keycloak}',
          fix: 'pod template labels',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
    {
      fixture: 'invalid.selector_extra_label.yaml',
      findings: [
        {
          line: 38,
          column: 3,
          message:
            /selector \{.*app\.kubernetes\.io\/component: server\} does not select the pod labels/,
          resource: 'Service/fires-keycloak-headless',
        },
      ],
    },
    {
      fixture: 'invalid.also_selects_other_keycloak.yaml',
      findings: [
        {
          line: 69,
          column: 3,
          message:
            'discovery Service of StatefulSet ok-keycloak-blue, but its selector {app: ' +
            'keycloak} also selects the pods of Deployment ok-keycloak-green',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
    {
      // Both StatefulSets query the Service; only zone-b's pods are missed.
      fixture: 'invalid.shared_service_misses_one_workload.yaml',
      findings: [
        {
          line: 70,
          column: 3,
          message:
            'discovery Service of StatefulSet ok-keycloak-zone-b, but its selector {app: ' +
            'keycloak} does not select the pod labels {app: keycloak-b, zone: b}',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
    {
      // No selector: reported at the nearest existing parent, spec.
      fixture: 'invalid.no_selector.yaml',
      findings: [
        {
          line: 35,
          column: 1,
          endColumn: 5,
          message: 'its selector {} does not select the pod labels {app: keycloak}',
          resource: 'Service/fires-keycloak-discovery',
        },
      ],
    },
  ],
});
