import { ruleTester } from '../helpers/rule-tester.js';

const NOT_SET =
  'without a hostname and without hostname-strict=false, so Keycloak refuses to start.';

ruleTester('hostname-not-configured', {
  valid: [
    'valid.operator_cr_strict_false.yaml',
    'valid.start_dev.yaml',
    'valid.strict_false.yaml',
    'valid.hostname_set.yaml',
    'valid.hostname_url_on_24.yaml',
    'valid.bitnami_production.yaml',
    'valid.opaque_env_from.yaml',
    'valid.build_command.yaml',
    'valid.bitnami_25_strict_variable.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.operator_cr_no_hostname.yaml',
      findings: [
        {
          line: 7,
          column: 1,
          message: 'without a hostname and without hostname-strict=false',
          fix: 'Set spec.hostname.hostname',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.start_on_26.yaml',
      // At the env list, where KC_HOSTNAME goes.
      findings: [
        {
          line: 22,
          column: 11,
          endColumn: 14,
          message: `StatefulSet fires-keycloak runs Keycloak 26.0.7 in production mode (start) ${NOT_SET}`,
          fix: /^Set KC_HOSTNAME to the public URL of Keycloak \(https:\/\/sso\.example\.com\), or KC_HOSTNAME_STRICT=false/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.no_env_on_23.yaml',
      // No env list: the container itself.
      findings: [
        {
          line: 18,
          column: 11,
          message: `Deployment fires-keycloak runs Keycloak 23.0.7 in production mode (start) ${NOT_SET}`,
          fix: 'Set KC_HOSTNAME to the public host name (or KC_HOSTNAME_URL to the public URL)',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.hostname_url_ignored_on_25.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          message:
            '(KC_HOSTNAME_URL=https://sso.example.test is a hostname v1 option this version ' +
            'does not read), so Keycloak refuses to start.',
          fix: 'Set KC_HOSTNAME to the public URL of Keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.strict_true_unknown_version.yaml',
      findings: [
        {
          line: 21,
          column: 11,
          message: `runs Keycloak (version unknown) in production mode (start) ${NOT_SET}`,
          fix: 'Set KC_HOSTNAME to the public host name (from Keycloak 25 it may also be the full URL',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_strict_true.yaml',
      findings: [
        {
          line: 20,
          column: 11,
          message: `Deployment fires-keycloak runs Keycloak 26.3.2 in production mode (start) ${NOT_SET}`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
  ],
});
