import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('deprecated-cache-stack', {
  valid: [
    'valid.kubernetes_on_26_2.yaml',
    'valid.kubernetes_unknown_version.yaml',
    'valid.udp_on_26_2.yaml',
    'valid.ec2_on_26_1.yaml',
    'valid.default_jdbc_ping_on_26_3.yaml',
    'valid.kubernetes_on_26_3_single_replica.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.kubernetes_env_on_26_3.yaml',
      findings: [
        {
          line: 40,
          column: 22,
          endLine: 40,
          endColumn: 32,
          severity: 'info',
          message:
            /KC_CACHE_STACK=kubernetes: the kubernetes stack is deprecated from Keycloak 26\.3, and StatefulSet fires-keycloak runs Keycloak 26\.3\.0/,
          fix: 'leave cache-stack unset so that Keycloak uses jdbc-ping',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_arg_on_26_4.yaml',
      // the `kubernetes` part of "--cache-stack=kubernetes"
      findings: [
        {
          line: 23,
          column: 29,
          endColumn: 39,
          message: /--cache-stack=kubernetes: .*Deployment fires-keycloak runs Keycloak 26\.4\.2/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_in_cache_ispn_xml_on_26_5.yaml',
      // Regression: the stack comes from the XML; "leave cache-stack unset" changes nothing)
      // Position: stack="kubernetes" on the <transport> line of the ConfigMap.
      findings: [
        {
          line: 11,
          column: 41,
          endColumn: 59,
          message: /stack="kubernetes" in cache-ispn\.xml: .*Keycloak 26\.5\.0/,
          fix: /stack="kubernetes"|stack attribute|cache-ispn\.xml/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_cache_stack_kubernetes.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 32,
          message: /KEYCLOAK_CACHE_STACK=kubernetes: .*runs Keycloak 26\.3\.2/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_in_keycloak_conf_on_26_6.yaml',
      findings: [
        {
          line: 9,
          column: 17,
          endColumn: 27,
          message: /cache-stack=kubernetes in keycloak\.conf: .*Keycloak 26\.6\.1/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_version_from_config.yaml',
      options: { keycloakVersion: '26.4.0' },
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 32,
          message: 'runs Keycloak 26.4.0',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
