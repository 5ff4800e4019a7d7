import { ruleTester } from '../helpers/rule-tester.js';

const ENDS = 'Ingress ok-keycloak (namespace iam) ends TLS and talks plain HTTP to';
const NO_START = 'and no certificate is configured, so Keycloak does not start.';

ruleTester('http-disabled-behind-edge-proxy', {
  valid: [
    'valid.https_backend.yaml',
    'valid.proxy_edge_on_25.yaml',
    'valid.http_enabled.yaml',
    'valid.keystore_mounted.yaml',
    'valid.start_dev.yaml',
    'valid.unknown_controller_other_port.yaml',
    'valid.bitnami.yaml',
    'valid.http_enabled_unknown.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.nginx_on_26.yaml',
      // At the env list, where KC_HTTP_ENABLED goes.
      findings: [
        {
          line: 22,
          column: 11,
          endColumn: 14,
          message: `${ENDS} StatefulSet fires-keycloak, but Keycloak 26.0.7 has HTTP off (http-enabled is not set) ${NO_START}`,
          fix: /^Set KC_HTTP_ENABLED=true\.$/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.nginx_https_named_port_on_26.yaml',
      // ingress-nginx goes by backend-protocol only: a port named https on 443 is still HTTP
      findings: [
        {
          line: 23,
          column: 11,
          endColumn: 14,
          message: `${ENDS} StatefulSet fires-keycloak, but Keycloak 26.0.7 has HTTP off`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.http_false_traefik_on_24.yaml',
      // At the value that turns HTTP off.
      findings: [
        {
          line: 29,
          column: 22,
          endColumn: 29,
          message: `${ENDS} Deployment fires-keycloak, but Keycloak 24.0.5 has HTTP off (KC_HTTP_ENABLED=false) ${NO_START}`,
          fix: /^Set KC_HTTP_ENABLED=true\.$/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.proxy_edge_on_26.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          message:
            'Keycloak 26.1.0 has HTTP off (http-enabled is not set; KC_PROXY=edge no longer ' +
            'turns it on, the option was removed in 26.0)',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_controller_http_port.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          message: `${ENDS} Deployment fires-keycloak, but Keycloak (version unknown) has HTTP off`,
        },
      ],
    },
  ],
});
