import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('multicast-stack-on-kubernetes', {
  valid: [
    'valid.operator_cr_default_stack.yaml',
    'valid.default_jdbc_ping_on_26_1.yaml',
    'valid.unknown_version_unset.yaml',
    'valid.single_replica.yaml',
    'valid.kubernetes_stack_on_23.yaml',
    'valid.dev_mode.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.operator_cr_udp_option.yaml',
      // At the value of the additionalOptions entry that replaces the operator's stack.
      findings: [
        {
          line: 17,
          column: 14,
          endLine: 17,
          endColumn: 17,
          message: 'additionalOptions cache-stack=udp selects the udp stack',
          fix: 'Remove cache-stack from additionalOptions',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.explicit_udp_env_on_24.yaml',
      findings: [
        {
          line: 27,
          column: 22,
          message: 'KC_CACHE_STACK=udp selects the udp stack',
          fix: 'Set KC_CACHE_STACK=kubernetes',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.udp_default_on_23.yaml',
      findings: [
        {
          line: 19,
          column: 11,
          message: 'default udp stack',
          fix: 'KC_CACHE_STACK=kubernetes',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.explicit_tcp_on_26_2.yaml',
      findings: [
        {
          line: 19,
          column: 42,
          endColumn: 45,
          message: '--cache-stack=tcp selects the tcp stack',
          fix: 'Leave cache-stack unset',
        },
      ],
    },
    {
      fixture: 'invalid.shipped_xml_on_26_0.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          message: 'The shipped cache-ispn.xml',
          fix: 'KC_CACHE_STACK=kubernetes',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_version_explicit_udp.yaml',
      findings: [{ line: 23, column: 22, message: 'KC_CACHE_STACK=udp', fix: 'up to 26.2' }],
    },
  ],
});
