import { ruleTester } from '../helpers/rule-tester.js';

const STACKS_BEFORE_26_1 = 'tcp, udp, kubernetes, ec2, azure and google';

ruleTester('unknown-cache-stack', {
  valid: [
    'valid.jdbc_ping_on_26_1.yaml',
    'valid.custom_stack_in_xml_on_25.yaml',
    'valid.custom_stack_xml_unreadable.yaml',
    'valid.stack_from_missing_secret.yaml',
    'valid.unknown_version_jdbc_ping.yaml',
    'valid.typo_with_cache_local.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.jdbc_ping_on_26_0.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endLine: 25,
          endColumn: 31,
          severity: 'error',
          message:
            /KC_CACHE_STACK=jdbc-ping: the jdbc-ping stack exists from Keycloak 26\.1, and Keycloak 26\.0\.7 does not have it/,
          fix: `Keycloak 26.0.7: ${STACKS_BEFORE_26_1}`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.typo_two_args_on_24.yaml',
      // "--cache-stack" and "kubernets" as separate args: the value is the second item
      findings: [
        {
          line: 22,
          column: 15,
          endColumn: 24,
          message:
            /--cache-stack=kubernets is not a stack of Keycloak 24\.0\.5 \(did you mean kubernetes\?\)/,
          fix: STACKS_BEFORE_26_1,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_stack_before_25.yaml',
      // Regression: the mounted XML does define my-tcp; 24 rejects it because custom stacks
      // are only accepted from 25, which the message should say instead of "no cache XML defines it")
      findings: [
        {
          line: 37,
          column: 82,
          endColumn: 88,
          message: /^(?!.*no cache XML defines it).*--cache-stack=my-tcp.*Keycloak 24\.0\.5/,
          fix: `Keycloak 24.0.5: ${STACKS_BEFORE_26_1}`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_stack_not_in_xml_on_26_2.yaml',
      findings: [
        {
          line: 43,
          column: 22,
          endColumn: 28,
          message:
            /KC_CACHE_STACK=dnstcp is not a stack of Keycloak 26\.2\.5, and no cache XML defines it/,
          fix: 'jdbc-ping, jdbc-ping-udp, tcp, udp, kubernetes, ec2, azure and google',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_stack_in_ignored_cache_ispn_on_26_0.yaml',
      // Regression: 26.0 ignores the mounted cache-ispn.xml that defines dns-tcp; the message
      // should say so rather than "no cache XML defines it")
      findings: [
        {
          line: 38,
          column: 42,
          endColumn: 49,
          message: /^(?!.*no cache XML defines it).*--cache-stack=dns-tcp.*Keycloak 26\.0\.7/,
          fix: STACKS_BEFORE_26_1,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_version_typo.yaml',
      // not a stack of any version: reported, and the message says the version is unknown
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 26,
          message: /KC_CACHE_STACK=kube is not a stack of Keycloak \(version unknown\)/,
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_cache_stack_typo.yaml',
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 30,
          message:
            /KEYCLOAK_CACHE_STACK=jdbcping is not a stack of Keycloak 26\.1\.2 \(did you mean jdbc-ping\?\)/,
          fix: 'jdbc-ping',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
