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
      '`start-dev` implies `cache=local`: every pod keeps its own caches and, unless `db` is set, its own ' +
      'embedded H2 database, so the replicas share neither sessions nor data and each logs "no members ' +
      'discovered". With `cache=ispn` set explicitly the pods can cluster (a warning then), but development ' +
      'mode is not meant for production. Bitnami images run `start-dev` unless KEYCLOAK_PRODUCTION is true.',
    fix: 'Run `start` with a database shared by all replicas (KC_DB, KC_DB_URL), or run one replica.',
    fixes: {
      bitnami: 'Set KEYCLOAK_PRODUCTION=true (the Bitnami image runs start-dev otherwise) with a database shared by all replicas, or run one replica.',
    },
    messages: {
      devMode: '{{workload}} runs Keycloak in development mode (start-dev) with {{replicas}}: every pod keeps local caches and its own data, so the replicas share nothing.',
      devModeBitnami: '{{workload}} runs the Bitnami image without KEYCLOAK_PRODUCTION=true, so it starts in development mode (start-dev) with {{replicas}}: every pod keeps local caches and its own data.',
      devModeClustered: '{{workload}} runs start-dev with {{replicas}} and cache=ispn: the caches can cluster, but development mode is not meant for production.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      if (kc.mode.kind !== 'start-dev') continue;
      const data = { workload: workloadName(kc.workload), replicas: kc.workload.replicas.text };
      const bitnami = kc.distribution === 'bitnami' && kc.mode.command === undefined;
      if (kc.cluster.cache === 'ispn' && kc.cluster.cacheSetting) {
        yield { messageId: 'devModeClustered', data, at: kc.mode.at, resource: kc.workload.resource, severity: 'warning' };
      } else {
        yield {
          messageId: bitnami ? 'devModeBitnami' : 'devMode',
          data,
          at: kc.mode.at,
          resource: kc.workload.resource,
          ...(bitnami ? { fixId: 'bitnami' } : {}),
        };
      }
    }
  },
});
