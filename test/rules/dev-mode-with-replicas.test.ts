import { ruleTester } from '../helpers/rule-tester.js';

// Bitnami images always write cache=ispn (KEYCLOAK_CACHE_TYPE, default ispn) and a
// PostgreSQL db, also in start-dev: their dev mode clusters and shares the database.
const START_DEV_NOT_PER_POD_DATA = /^(?!.*its own data).*start-dev/s;
const START_DEV_NOT_LOCAL_CACHES = /^(?!.*local caches)(?!.*its own data).*start-dev/s;

ruleTester('dev-mode-with-replicas', {
  valid: [
    'valid.single_replica.yaml',
    'valid.production_start.yaml',
    'valid.bitnami_production.yaml',
    'valid.bitnami_production_from_missing_secret.yaml',
    'valid.hpa_max_one.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.start_dev_three_replicas.yaml',
      findings: [
        {
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 24,
          severity: 'error',
          message: 'development mode (start-dev) with 3 replicas',
          fix: 'Run `start` with a database shared by all replicas',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.hpa_scales_single_replica.yaml',
      findings: [
        {
          line: 19,
          column: 18,
          endColumn: 29,
          message: 'up to 4 replicas through HorizontalPodAutoscaler ok-keycloak-hpa',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.daemonset_shell_script.yaml',
      // the start-dev word inside the sh -c script
      findings: [
        {
          line: 20,
          column: 40,
          endColumn: 49,
          message: 'with one pod per node',
          resource: 'DaemonSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.start_dev_with_cache_ispn.yaml',
      findings: [
        {
          line: 20,
          column: 18,
          severity: 'warning',
          message: /start-dev with 3 replicas and cache=ispn: the caches can cluster/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.start_dev_with_shared_db.yaml',
      // Regression: the message claims per-pod data although KC_DB/KC_DB_URL name one PostgreSQL)
      findings: [
        {
          line: 19,
          column: 18,
          severity: 'error',
          message: START_DEV_NOT_PER_POD_DATA,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_production_false.yaml',
      // Regression: Bitnami sets cache=ispn in start-dev too: a warning, and not "local caches")
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 29,
          severity: 'warning',
          message: START_DEV_NOT_LOCAL_CACHES,
          fix: 'KEYCLOAK_PRODUCTION=true',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_production_unset.yaml',
      // Regression: as above; reported at the container since KEYCLOAK_PRODUCTION is absent)
      findings: [
        {
          line: 17,
          column: 11,
          severity: 'warning',
          message: START_DEV_NOT_LOCAL_CACHES,
          fix: 'KEYCLOAK_PRODUCTION=true',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_cache_type_local.yaml',
      // Regression: local caches are right here, but the image's default db is PostgreSQL, not per-pod data)
      findings: [
        {
          line: 18,
          column: 11,
          severity: 'error',
          message:
            /^(?!.*its own data).*Bitnami image without KEYCLOAK_PRODUCTION=true.*local caches/s,
          fix: 'KEYCLOAK_PRODUCTION=true',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
