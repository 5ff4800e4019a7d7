import { ruleTester } from '../helpers/rule-tester.js';

const V2 = 'uses hostname v2, where hostname-admin must include the scheme (https://...)';

ruleTester('hostname-admin-not-url', {
  valid: [
    'valid.url_on_26.yaml',
    'valid.bare_host_on_24.yaml',
    'valid.feature_v1_on_25.yaml',
    'valid.unknown_version.yaml',
    'valid.secret_value_on_26.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.bare_host_on_26.yaml',
      findings: [
        {
          line: 28,
          column: 22,
          endColumn: 40,
          message: `KC_HOSTNAME_ADMIN=admin.example.test is not a full URL: Keycloak 26.1.0 ${V2}`,
          fix: 'Set KC_HOSTNAME_ADMIN to a full URL: https://admin.example.test.',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.cli_host_port_on_25.yaml',
      findings: [
        {
          line: 20,
          column: 84,
          endColumn: 107,
          message: `--hostname-admin=admin.example.test:8443 is not a full URL: Keycloak 25.0.6 ${V2}`,
          fix: 'Set --hostname-admin to a full URL: https://admin.example.test:8443.',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_variable_on_26.yaml',
      findings: [
        {
          line: 26,
          column: 22,
          endColumn: 40,
          message: `KEYCLOAK_HOSTNAME_ADMIN=admin.example.test is not a full URL: Keycloak 26.3.2 ${V2}`,
          fix: 'Set KEYCLOAK_HOSTNAME_ADMIN to a full URL: https://admin.example.test.',
        },
      ],
    },
  ],
});
