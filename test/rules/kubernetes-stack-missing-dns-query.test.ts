import { ruleTester } from '../helpers/rule-tester.js';

const GENERIC_FIX = 'Add -Djgroups.dns.query=<headless-service>.<namespace> to JAVA_OPTS_APPEND';

ruleTester('kubernetes-stack-missing-dns-query', {
  valid: [
    'valid.operator_cr_kubernetes_on_26_2.yaml',
    // whether operators from 26.3 pass the query is not verified: no finding
    'valid.operator_cr_kubernetes_on_26_3.yaml',
    'valid.java_opts_append.yaml',
    'valid.dns_query_in_heap_opts_on_24.yaml',
    'valid.container_arg.yaml',
    'valid.env_named_like_property.yaml',
    'valid.java_opts_append_from_missing_secret.yaml',
    'valid.var_expansion_in_java_opts.yaml',
    'valid.shell_script_start_with_query.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.headless_service_present.yaml',
      // the fix names the headless Service that selects the pods, in the workload's namespace
      findings: [
        {
          line: 40,
          column: 22,
          endLine: 40,
          endColumn: 32,
          severity: 'error',
          message:
            /StatefulSet fires-keycloak sets no jgroups\.dns\.query.*dns_query can not be null or empty/,
          fix:
            'Add -Djgroups.dns.query=ok-keycloak-discovery.iam to JAVA_OPTS_APPEND: ' +
            'ok-keycloak-discovery is a headless Service',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.two_args_no_service.yaml',
      // the "kubernetes" item after "--cache-stack"; no Service in the files: generic fix
      findings: [
        {
          line: 19,
          column: 44,
          endColumn: 56,
          message: 'Deployment fires-keycloak sets no jgroups.dns.query',
          fix: GENERIC_FIX,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kubernetes_in_cache_ispn_xml_on_26_1.yaml',
      // the stack="kubernetes" attribute in the ConfigMap's XML
      findings: [
        {
          line: 10,
          column: 41,
          endColumn: 59,
          message: 'The kubernetes stack discovers members with DNS_PING',
          fix: GENERIC_FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dns_query_in_heap_opts_ignored.yaml',
      // JAVA_OPTS is set, so kc.sh never reads JAVA_OPTS_KC_HEAP
      findings: [
        {
          line: 26,
          column: 22,
          endColumn: 32,
          message: 'sets no jgroups.dns.query',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dns_query_in_heap_opts_on_23.yaml',
      // kc.sh has no JAVA_OPTS_KC_HEAP before 24
      findings: [
        {
          line: 26,
          column: 22,
          endColumn: 32,
          message: 'sets no jgroups.dns.query',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dns_query_only_on_build.yaml',
      // Regression: the -D property reaches only the "kc.sh build" JVM; the tool counts it for start)
      // Position: `kubernetes` of --cache-stack=kubernetes on the first line of the folded script.
      findings: [
        {
          line: 24,
          column: 59,
          endColumn: 69,
          message: 'StatefulSet fires-keycloak sets no jgroups.dns.query',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_version_explicit.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 32,
          message: 'sets no jgroups.dns.query',
          fix: GENERIC_FIX,
        },
      ],
    },
  ],
});
