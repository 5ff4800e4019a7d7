import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('jgroups-port-exposed', {
  valid: [
    'valid.clusterip_management.yaml',
    'valid.headless_discovery.yaml',
    // a port 9000 that targets 8080 publishes HTTP, not the management interface
    'valid.loadbalancer_http.yaml',
    // below 25 nothing listens on 9000
    'valid.management_before_25.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.loadbalancer_jgroups.yaml',
      // at the named targetPort of the jgroups entry
      findings: [
        {
          line: 52,
          column: 19,
          endLine: 52,
          endColumn: 26,
          severity: 'warning',
          message:
            'Service fires-keycloak (LoadBalancer) exposes the JGroups transport port 7800 of ' +
            'StatefulSet fires-keycloak outside the cluster through port 7800 (targetPort jgroups).',
          fix: 'Remove port 7800 from Service fires-keycloak (or make it a ClusterIP Service)',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.nodeport_management.yaml',
      // no targetPort: at the port itself
      findings: [
        {
          line: 50,
          column: 13,
          endColumn: 17,
          message:
            'Service fires-keycloak (NodePort) exposes the management port 9000 (health and ' +
            'metrics) of StatefulSet fires-keycloak outside the cluster.',
          fix: 'Remove port 9000 from Service fires-keycloak',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.ingress_to_management.yaml',
      // reported on the Ingress backend, not on the ClusterIP Service that lists 9000
      findings: [
        {
          line: 73,
          column: 23,
          message:
            'Ingress fires-keycloak routes to port management of Service fires-keycloak, which ' +
            'reaches the management port 9000 (health and metrics) of StatefulSet fires-keycloak',
          fix: 'Route Ingress fires-keycloak to the HTTP(S) port of Keycloak instead of the management port 9000',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
  ],
});
