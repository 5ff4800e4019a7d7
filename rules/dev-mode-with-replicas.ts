import { defineRule } from '../src/engine/rule.js';
import { workloadName } from '../src/model/describe.js';
import { clusteredKeycloak } from '../src/model/query.js';

export default defineRule({
  id: 'dev-mode-with-replicas',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Forbid development mode (start-dev) in a workload with several replicas',
    rationale:
      '`start-dev` implies `cache=local`: every pod keeps its own caches and, unless `db` is ' +
      'set, its own embedded H2 database, so the replicas share neither login sessions nor ' +
      '(without `db`) data. With `cache=ispn` set explicitly the pods can cluster (a warning ' +
      'then), but development mode is not meant for production. Bitnami images run `start-dev` ' +
      'unless KEYCLOAK_PRODUCTION is true, and set `cache=ispn` themselves.',
    fix:
      'Run `start` with a database shared by all replicas (KC_DB, KC_DB_URL), or run one ' +
      'replica.',
    fixes: {
      bitnami:
        'Set KEYCLOAK_PRODUCTION=true (the Bitnami image runs start-dev otherwise) with a ' +
        'database shared by all replicas, or run one replica.',
    },
    messages: {
      devMode:
        '{{workload}} runs Keycloak in development mode (start-dev) with {{replicas}}: dev mode ' +
        'forces cache=local, so every pod keeps its own caches and the replicas share no login ' +
        'sessions{{database}}.',
      devModeBitnami:
        '{{workload}} runs the Bitnami image without KEYCLOAK_PRODUCTION=true, so it starts in ' +
        'development mode (start-dev) with {{replicas}}, with local caches (cache=local) in ' +
        'every pod.',
      devModeClustered:
        '{{workload}} runs start-dev with {{replicas}} and cache=ispn{{by}}: the caches can ' +
        'cluster, but development mode is not meant for production.',
    },
    graded: 'warning when cache=ispn is set explicitly or by the Bitnami image.',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      if (kc.mode.kind !== 'start-dev') continue;
      const { cluster } = kc;
      const bitnami = kc.distribution === 'bitnami' && kc.mode.command === undefined;
      const db = kc.option('db');
      const ownH2 = !db || ['dev-file', 'dev-mem'].includes(db.value?.trim() ?? '');
      const data = {
        workload: workloadName(kc.workload),
        replicas: kc.workload.replicas.text,
        database: ownH2 ? ', and each keeps its own embedded H2 database' : '',
        by: cluster.cacheImplicit === 'image' ? ' (which the Bitnami image sets)' : '',
      };
      const fix = bitnami ? { fixId: 'bitnami' } : {};
      if (cluster.cache === 'ispn' && (cluster.cacheSetting || cluster.cacheImplicit === 'image')) {
        yield {
          messageId: 'devModeClustered',
          data,
          at: kc.mode.at,
          resource: kc.workload.resource,
          severity: 'warning',
          ...fix,
        };
      } else {
        yield {
          messageId: bitnami ? 'devModeBitnami' : 'devMode',
          data,
          at: kc.mode.at,
          resource: kc.workload.resource,
          ...fix,
        };
      }
    }
  },
});
