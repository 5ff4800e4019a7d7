import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-targets-discovery-service', {
  valid: [
    'valid.ingress_to_http_service.yaml',
    // 26.1+ jdbc-ping: a headless Service in front is no discovery Service.
    'valid.headless_without_dns_query.yaml',
    // cache=local: the dns query is dead configuration (corpus decision 8).
    'valid.local_cache.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.ingress_to_discovery.yaml',
      findings: [
        {
          line: 75,
          column: 23,
          endColumn: 44,
          message:
            'Ingress fires-keycloak routes to Service ok-keycloak-discovery, the headless ' +
            'Service that Deployment ok-keycloak uses for JGroups discovery ' +
            '(jgroups.dns.query=ok-keycloak-discovery.iam).',
          fix: 'Route to the HTTP Service ok-keycloak instead of ok-keycloak-discovery.',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // No ClusterIP Service selects the pods: the fix asks for one.
      fixture: 'invalid.no_http_service.yaml',
      findings: [
        {
          line: 55,
          column: 17,
          message: 'HTTPRoute fires-keycloak routes to Service ok-keycloak-discovery',
          fix: 'Add a ClusterIP Service for the HTTP port of the Keycloak pods',
          resource: 'HTTPRoute/fires-keycloak',
        },
      ],
    },
  ],
});
