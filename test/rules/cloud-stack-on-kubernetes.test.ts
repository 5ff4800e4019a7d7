import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('cloud-stack-on-kubernetes', {
  valid: [
    'valid.kubernetes_stack.yaml',
    'valid.ec2_single_replica.yaml',
    'valid.ec2_with_cache_local.yaml',
    'valid.arg_overrides_env_ec2.yaml',
    'valid.google_in_ignored_cache_ispn_on_26_0.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.ec2_env_on_24.yaml',
      findings: [
        {
          line: 26,
          column: 22,
          endLine: 26,
          endColumn: 25,
          severity: 'warning',
          message:
            /KC_CACHE_STACK=ec2 on StatefulSet fires-keycloak selects the AWS EC2 VM discovery stack/,
          // before 26.1 jdbc-ping does not exist: only the kubernetes stack is offered
          fix: /^(?!.*jdbc-ping)Use the kubernetes stack with a headless discovery Service and -Djgroups\.dns\.query=/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.azure_two_args_on_26_2.yaml',
      // the "azure" item that follows "--cache-stack"
      findings: [
        {
          line: 19,
          column: 44,
          endColumn: 51,
          message:
            /--cache-stack=azure on Deployment fires-keycloak selects the Azure VM discovery stack/,
          fix: /jdbc-ping.*kubernetes stack.*\(up to 26\.2\)/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.google_keycloak_conf_on_26_4.yaml',
      // `google` on the cache-stack= line of the keycloak.conf block scalar
      findings: [
        {
          line: 10,
          column: 17,
          endColumn: 23,
          message: 'cache-stack=google in keycloak.conf',
          // 26.4: kubernetes is deprecated too, so only jdbc-ping is offered
          fix: /^(?!.*kubernetes)Leave cache-stack unset so that Keycloak uses jdbc-ping/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.google_in_cache_ispn_xml_on_26_1.yaml',
      // Regression: the stack comes from the XML: "leave cache-stack unset" changes nothing;
      // the fix must say to drop stack="google" from the transport of cache-ispn.xml)
      // Position: stack="google" on the <transport> line of the ConfigMap.
      findings: [
        {
          line: 10,
          column: 41,
          endColumn: 55,
          message: 'stack="google" in cache-ispn.xml',
          fix: /stack="google"|stack attribute|cache-ispn\.xml/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_version_ec2_envfrom.yaml',
      // the ConfigMap value read through envFrom; with the version unknown both stacks are offered
      findings: [
        {
          line: 8,
          column: 19,
          endColumn: 22,
          message: /KC_CACHE_STACK.*ConfigMap ok-keycloak-env.*AWS EC2/,
          fix: /jdbc-ping \(26\.1 and later.*kubernetes stack \(up to 26\.2\)/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_cache_stack_ec2.yaml',
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 25,
          message: 'KEYCLOAK_CACHE_STACK=ec2 on StatefulSet fires-keycloak',
          fix: /^(?!.*kubernetes)Leave cache-stack unset so that Keycloak uses jdbc-ping/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
