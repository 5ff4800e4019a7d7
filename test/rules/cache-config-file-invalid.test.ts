import { ruleTester } from '../helpers/rule-tester.js';

const FIX = 'Point cache-config-file at an Infinispan XML file relative to conf/';
const STOPS = 'Keycloak stops at startup because the cache configuration file does not exist.';

ruleTester('cache-config-file-invalid', {
  valid: ['valid.mounted_forms.yaml', 'valid.unknown_content.yaml'],
  invalid: [
    {
      fixture: 'invalid.absolute_path.yaml',
      findings: [
        {
          line: 35,
          column: 22,
          endLine: 35,
          endColumn: 50,
          severity: 'warning',
          message:
            'KC_CACHE_CONFIG_FILE=/opt/keycloak/conf/cache.xml is an absolute path; Keycloak ' +
            'reads cache-config-file relative to /opt/keycloak/conf, so it looks for ' +
            '/opt/keycloak/conf/opt/keycloak/conf/cache.xml, which does not exist.',
          fix: FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.conf_prefix_and_not_xml.yaml',
      // Both on a custom image: the path alone is wrong, whatever the image holds.
      findings: [
        {
          line: 19,
          column: 48,
          endColumn: 69,
          message:
            /^--cache-config-file=conf\/cache-custom\.xml starts with conf\/, .*\/opt\/keycloak\/conf\/conf\/cache-custom\.xml/,
          resource: 'Deployment/fires-conf-prefix',
        },
        {
          line: 46,
          column: 22,
          endColumn: 39,
          message: 'KC_CACHE_CONFIG_FILE=cache-custom.yaml does not name an XML file',
          resource: 'Deployment/fires-not-xml',
        },
      ],
    },
    {
      fixture: 'invalid.key_missing_and_not_mounted.yaml',
      findings: [
        {
          // The directory mount hides the image's files: the missing key is certain.
          line: 35,
          column: 22,
          endColumn: 41,
          message: `KC_CACHE_CONFIG_FILE=cache/jdbc-ping.xml names /opt/keycloak/conf/cache/jdbc-ping.xml, but ConfigMap kc-cache has no key jdbc-ping.xml; ${STOPS}`,
          resource: 'StatefulSet/fires-missing-key',
        },
        {
          line: 62,
          column: 48,
          endColumn: 62,
          message:
            /but no volume is mounted there and the official image quay\.io\/keycloak\/keycloak:24\.0\.5 has no such file/,
          fix: FIX,
          resource: 'Deployment/fires-not-mounted',
        },
      ],
    },
  ],
});
