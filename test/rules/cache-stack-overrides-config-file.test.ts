import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('cache-stack-overrides-config-file', {
  valid: ['valid.agreeing_and_shipped.yaml', 'valid.unread_or_ignored_xml.yaml'],
  invalid: [
    {
      fixture: 'invalid.custom_stack_overridden_on_26_2.yaml',
      findings: [
        {
          line: 44,
          column: 22,
          endLine: 44,
          endColumn: 32,
          severity: 'warning',
          message:
            'KC_CACHE_STACK=kubernetes overrides stack="dns-tcp" in cache-custom.xml, so the ' +
            'stack dns-tcp that the file defines is never used; Keycloak runs the kubernetes ' +
            'stack instead.',
          fix: 'Drop KC_CACHE_STACK=kubernetes so that the dns-tcp stack that cache-custom.xml defines is used',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.mounted_cache_ispn_on_26_1.yaml',
      // No cache-config-file: from 26.1 the mounted conf/cache-ispn.xml is loaded anyway.
      findings: [
        {
          line: 32,
          column: 42,
          endColumn: 51,
          message:
            '--cache-stack=jdbc-ping overrides stack="tcp" in cache-ispn.xml: Keycloak runs ' +
            'jdbc-ping, not the stack the file names.',
          fix: 'set stack="jdbc-ping" in the file',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.not_infinispan_xml.yaml',
      findings: [
        {
          line: 29,
          column: 42,
          endColumn: 52,
          message:
            /^--cache-stack=kubernetes is set together with cache\.xml, which holds no Infinispan XML document/,
          fix: 'Mount an Infinispan XML file as cache.xml',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
