import { ruleTester } from '../helpers/rule-tester.js';

const NODE_FIX =
  'set --spi-cache-embedded--default--node-name (environment ' +
  'KC_SPI_CACHE_EMBEDDED__DEFAULT__NODE_NAME)';

ruleTester('jboss-node-name-removed', {
  valid: [
    'valid.node_name_on_26_2.yaml',
    'valid.unknown_version_and_spi_option.yaml',
    'valid.dev_mode_local_cache.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.node_name_in_java_opts_append_on_26_3.yaml',
      // One replica is enough: Keycloak does not start at all.
      findings: [
        {
          line: 30,
          column: 41,
          endLine: 30,
          endColumn: 52,
          severity: 'error',
          message:
            'JAVA_OPTS_APPEND sets the system property jboss.node.name, which Keycloak 26.3.0 ' +
            'refuses: Keycloak stops at startup with "System property jboss.node.name is in use".',
          fix: NODE_FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.site_name_argument_on_26_4.yaml',
      findings: [
        {
          line: 20,
          column: 33,
          endColumn: 39,
          message: /^A kc\.sh argument sets the system property jboss\.site\.name, .*26\.4\.2/,
          fix: 'set --spi-cache-embedded--default--site-name',
          resource: 'Deployment/fires-keycloak',
        },
        {
          line: 21,
          column: 33,
          endColumn: 37,
          message: /^A kc\.sh argument sets the system property jboss\.node\.name/,
          fix: NODE_FIX,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
  ],
});
