import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('istio-jgroups-traffic-unhandled', {
  valid: [
    'valid.ports_declared.yaml',
    'valid.ports_excluded.yaml',
    'valid.pod_opt_out.yaml',
    // no Namespace object and no pod label: injection cannot be told
    'valid.namespace_unknown.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.namespace_injection.yaml',
      // at the discovery Service's `ports:` key
      findings: [
        {
          line: 54,
          column: 3,
          endColumn: 8,
          severity: 'error',
          message:
            'The pods of StatefulSet fires-keycloak run an Istio sidecar (namespace iam is ' +
            'labelled istio-injection=enabled), and the JGroups ports 7800 and 57800 are neither ' +
            'declared on Service keycloak-headless nor excluded from the sidecar',
          fix: 'Declare TCP 7800 and 57800 on Service keycloak-headless with names starting tcp-',
          resource: 'Service/keycloak-headless',
        },
      ],
    },
    {
      fixture: 'invalid.pod_label_fd_missing.yaml',
      findings: [
        {
          line: 48,
          column: 3,
          message:
            '(the pods set sidecar.istio.io/inject: "true"), and the JGroups port 57800 is ' +
            'neither declared',
          resource: 'Service/keycloak-headless',
        },
      ],
    },
    {
      fixture: 'invalid.no_discovery_service.yaml',
      // no Service at all: on the workload, at the Keycloak container
      findings: [
        {
          line: 25,
          column: 11,
          message:
            '(namespace iam is labelled istio.io/rev=canary), and no Service declares the ' +
            'JGroups ports 7800 and 57800',
          fix: 'Add a headless Service (clusterIP: None) selecting the Keycloak pods',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
