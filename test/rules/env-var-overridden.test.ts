import { expect, test } from 'vitest';
import { findingsOf, ruleTester } from '../helpers/rule-tester.js';

const KEEPS_LAST = 'Kubernetes keeps the last entry, so this value';

ruleTester('env-var-overridden', {
  valid: [
    'valid.single_replica.yaml',
    'valid.env_over_envfrom.yaml',
    'valid.other_containers_and_case.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.cache_stack_listed_twice.yaml',
      findings: [
        {
          line: 23,
          column: 21,
          endLine: 23,
          endColumn: 35,
          severity: 'error',
          message: `KC_CACHE_STACK is listed again later in container keycloak; ${KEEPS_LAST} (kubernetes) is dropped`,
          fix: 'Merge the KC_CACHE_STACK entries into one',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dns_query_dropped_by_later_append.yaml',
      findings: [
        {
          line: 24,
          column: 21,
          severity: 'error',
          message: `JAVA_OPTS_APPEND is listed again later in container keycloak; ${KEEPS_LAST} (-Djgroups.dns.query=keycloak-headless.iam) is dropped`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bind_port_dropped_by_later_append.yaml',
      // any -Djgroups. property counts as a cluster setting, not only the query
      findings: [
        {
          line: 25,
          column: 21,
          severity: 'error',
          message: `JAVA_OPTS_APPEND is listed again later in container keycloak; ${KEEPS_LAST} (-Djgroups.bind.port=7900) is dropped`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.hostname_three_times_hpa.yaml',
      findings: [
        {
          line: 21,
          column: 21,
          severity: 'warning',
          message: `KC_HOSTNAME is listed again later in container keycloak; ${KEEPS_LAST} (sso.example.test)`,
        },
        {
          line: 23,
          column: 21,
          severity: 'warning',
          message: `${KEEPS_LAST} (login.example.test) is dropped`,
          fix: 'Merge the KC_HOSTNAME entries',
        },
      ],
    },
    {
      fixture: 'invalid.secret_value_dropped.yaml',
      findings: [
        {
          line: 22,
          column: 21,
          severity: 'warning',
          message: `KC_DB_PASSWORD is listed again later in container keycloak; ${KEEPS_LAST} (value unknown)`,
        },
      ],
    },
    {
      fixture: 'invalid.daemonset_cache_config_file.yaml',
      findings: [
        {
          line: 21,
          column: 21,
          severity: 'error',
          message: `KC_CACHE_CONFIG_FILE is listed again later in container keycloak; ${KEEPS_LAST} (cache-ispn-kubernetes.xml)`,
          resource: 'DaemonSet/fires-keycloak',
        },
      ],
    },
    // Regression: the dropped entry IS the jgroups.dns.query setting (JGroups reads the
    // env var named like the property), so it is an error.
    {
      fixture: 'invalid.property_named_env_dropped.yaml',
      findings: [
        {
          line: 25,
          column: 21,
          severity: 'error',
          message: `jgroups.dns.query is listed again later in container keycloak; ${KEEPS_LAST} (keycloak-headless.iam)`,
        },
      ],
    },
    // Regression: on Bitnami images KEYCLOAK_CACHE_STACK is the cache-stack setting.
    {
      fixture: 'invalid.bitnami_cache_stack_dropped.yaml',
      findings: [
        {
          line: 24,
          column: 21,
          severity: 'error',
          message: `KEYCLOAK_CACHE_STACK is listed again later in container keycloak; ${KEEPS_LAST} (kubernetes)`,
        },
      ],
    },
    // Regression: the message prints the Secret's decoded value.
    {
      fixture: 'invalid.secret_in_files_value_dropped.yaml',
      findings: [
        {
          line: 30,
          column: 21,
          severity: 'warning',
          message:
            /^(?!.*Sup3r-S3cret-db-pw).*KC_DB_PASSWORD is listed again later in container keycloak/,
        },
      ],
    },
  ],
});

test('env-var-overridden: each dropped entry is related to the entry that wins', () => {
  const found = findingsOf('env-var-overridden', 'invalid.hostname_three_times_hpa.yaml');
  expect(found.map((f) => f.related.map((r) => `${r.line}:${r.column} ${r.message}`))).toEqual([
    ['30:21 the KC_HOSTNAME entry that wins'],
    ['30:21 the KC_HOSTNAME entry that wins'],
  ]);
});
