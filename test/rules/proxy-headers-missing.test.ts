import { ruleTester } from '../helpers/rule-tester.js';

const FIX = /^Set KC_PROXY_HEADERS=xforwarded \(or forwarded, matching what the proxy sends\)\.$/;

ruleTester('proxy-headers-missing', {
  valid: [
    'valid.operator_cr_proxy_headers.yaml',
    'valid.proxy_headers_set.yaml',
    'valid.proxy_on_25.yaml',
    'valid.proxy_on_26.yaml',
    'valid.no_tls.yaml',
    'valid.ssl_passthrough.yaml',
    'valid.proxy_on_23.yaml',
    'valid.no_proxy_on_23.yaml',
    'valid.unknown_version.yaml',
    'valid.bitnami_25.yaml',
    'valid.opaque_env_from.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.operator_cr_tls_ingress.yaml',
      // No spec.proxy: reported on the CR at `spec`; the fix edits the CR.
      findings: [
        {
          line: 7,
          column: 1,
          message: 'proxy-headers is not set',
          fix: 'Set spec.proxy.headers to xforwarded',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.tls_ingress_on_26.yaml',
      // At the env list, where KC_PROXY_HEADERS goes.
      findings: [
        {
          line: 22,
          column: 11,
          endColumn: 14,
          message:
            'Ingress ok-keycloak (namespace iam) ends TLS in front of StatefulSet ' +
            'fires-keycloak, but Keycloak 26.0.7 does not read the forwarded headers: ' +
            'proxy-headers is not set.',
          fix: FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.two_ingresses_on_24.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          message:
            'Ingress ok-keycloak-public (namespace iam) and Ingress ok-keycloak-admin (namespace ' +
            'iam) end TLS in front of Deployment fires-keycloak, but Keycloak 24.0.5 does not ' +
            'read the forwarded headers: neither proxy-headers nor proxy is set.',
          fix: FIX,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
  ],
});
