import { defineRule } from '../src/engine/rule.js';
import { settingText, workloadName } from '../src/model/describe.js';
import { clusteredKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'no-shared-database',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require a database shared by all replicas in production mode',
    rationale:
      'Keycloak keeps realms, users and (from 26.0) user sessions in its database. Without `db`, ' +
      'production `start` falls back to the embedded H2 `dev-file` database (22 to 26.x), one ' +
      'per pod, so every replica has its own data. From 26.1 the default jdbc-ping stack also ' +
      'discovers members through that database; pods on different databases cannot see each ' +
      'other, so with one database per pod each pod is expected to find only itself.',
    fix:
      'Set KC_DB and KC_DB_URL (or KC_DB_URL_HOST and KC_DB_URL_DATABASE) to one database that ' +
      'every replica uses.',
    fixes: {
      operator:
        'Set spec.db (vendor, host, database, usernameSecret and passwordSecret) to one database ' +
        'that every instance uses.',
    },
    messages: {
      unset:
        '{{workload}} runs start with {{replicas}} and sets no database (db), so nothing makes ' +
        'the replicas share their data.',
      unsetH2:
        '{{workload}} runs start with {{replicas}} and sets no database (db): Keycloak ' +
        '{{version}} then uses an embedded H2 database in each pod, so the replicas share no ' +
        'data{{discovery}}.',
      devDatabase:
        '{{setting}} keeps an embedded H2 database in each pod of {{workload}} ({{replicas}}), ' +
        'so the replicas share no data{{discovery}}.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
    limitations: [
      'Bitnami images choose their own default database; an unset db is not reported for them.',
    ],
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      if (kc.mode.kind !== 'start') continue;
      const db = kc.option('db');
      if (db && db.value === undefined) continue;
      if (!db && kc.distribution === 'bitnami') continue;
      const discovery =
        kc.cluster.stack.name === 'jdbc-ping'
          ? ', and jdbc-ping discovery, which goes through that database, ' +
            'is expected to find only the pod itself'
          : '';
      const data = {
        workload: workloadName(kc.workload),
        replicas: kc.workload.replicas.text,
        discovery,
      };
      if (!db) {
        const h2 = kc.version !== undefined && atLeast(kc.version, 22);
        yield {
          messageId: h2 ? 'unsetH2' : 'unset',
          data: { ...data, version: kc.version?.text ?? '' },
          at: kc.at,
          resource: kc.workload.resource,
        };
      } else if (['dev-file', 'dev-mem'].includes(db.value!.trim())) {
        yield {
          messageId: 'devDatabase',
          data: { ...data, setting: settingText(db, 'db') },
          at: db.at,
          resource: kc.workload.resource,
        };
      }
    }
  },
});
