import { ruleTester } from '../helpers/rule-tester.js';

const REMOVED = 'has no hostname v1 options (removed in 26.0)';

ruleTester('hostname-v1-option-removed', {
  valid: [
    'valid.v1_options_on_24.yaml',
    'valid.feature_v1_on_25.yaml',
    'valid.unknown_version.yaml',
    'valid.v2_options_on_26.yaml',
    'valid.optimized_custom_image_on_25.yaml',
    'valid.features_unknown_on_25.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.cli_option_on_25.yaml',
      findings: [
        {
          line: 21,
          column: 83,
          endColumn: 88,
          severity: 'error',
          message:
            '--hostname-strict-https=false: Keycloak 25.0.6 refuses to start ("Disabled option")',
          fix: /^Remove it: hostname v2 takes the scheme from a full URL in --hostname/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.env_url_on_25.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 51,
          severity: 'warning',
          message:
            'KC_HOSTNAME_URL=https://sso.example.test/auth: Keycloak 25.0.1 ignores this ' +
            'hostname v1 option because the hostname:v1 feature is not enabled.',
          fix: 'Replace it with KC_HOSTNAME=<the same URL>',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.env_port_and_backchannel_on_26.yaml',
      findings: [
        {
          line: 27,
          column: 22,
          endColumn: 27,
          severity: 'error',
          message: `KC_HOSTNAME_PORT=443: Keycloak 26.0.7 ${REMOVED}, so this one has no effect.`,
          fix: 'Fold the port and path into KC_HOSTNAME as a full URL',
        },
        {
          line: 29,
          column: 22,
          severity: 'error',
          message: `KC_HOSTNAME_STRICT_BACKCHANNEL=true: Keycloak 26.0.7 ${REMOVED}`,
          fix: /^Remove it: hostname v2 already uses the configured hostname for back-channel/,
        },
      ],
    },
    {
      fixture: 'invalid.keycloak_conf_admin_url_on_26_2.yaml',
      findings: [
        {
          line: 10,
          column: 24,
          endColumn: 50,
          severity: 'error',
          message: `hostname-admin-url=https://admin.example.test in keycloak.conf: Keycloak 26.2.5 ${REMOVED}`,
          fix: 'Replace it with hostname-admin=<the same URL> (a full URL).',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    // The feature name of 25 does not exist on 26; on the command line the option stops the start.
    {
      fixture: 'invalid.feature_v1_on_26.yaml',
      findings: [
        {
          line: 20,
          column: 70,
          endColumn: 75,
          severity: 'error',
          message: `--hostname-path=/auth: Keycloak 26.0.7 ${REMOVED} and rejects this one on the command line`,
          fix: 'and remove --hostname-path.',
        },
      ],
    },
    // Set at all is enough: an unreadable value still fires, and is not printed.
    {
      fixture: 'invalid.secret_value_on_26.yaml',
      findings: [
        {
          line: 24,
          column: 15,
          severity: 'error',
          message: `KC_HOSTNAME_URL (value unknown): Keycloak 26.1.0 ${REMOVED}`,
          fix: 'KC_HOSTNAME=<the same URL>',
        },
      ],
    },
  ],
});
