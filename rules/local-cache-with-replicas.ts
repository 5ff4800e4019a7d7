import { defineRule } from '../src/engine/rule.js';
import { settingText, workloadName } from '../src/model/describe.js';
import { clusteredKeycloak } from '../src/model/query.js';

export default defineRule({
  id: 'local-cache-with-replicas',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Forbid cache=local in a workload with several replicas',
    rationale:
      'With `cache=local` each pod keeps its own caches: realm, user and authorization changes ' +
      'made through one pod are not invalidated on the others, and authentication sessions, ' +
      'login failures and action tokens are not shared, so logins break when requests move ' +
      'between pods. (The implicit `local` of `start-dev` is reported by dev-mode-with-replicas.)',
    fix: 'Remove the cache option (production `start` defaults to ispn) or set it to ispn.',
    messages: {
      local:
        '{{setting}} on {{workload}} with {{replicas}}: every pod keeps its own caches, so ' +
        'invalidations and login sessions are not shared.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const setting = kc.cluster.cacheSetting;
      if (setting?.value?.trim() !== 'local') continue;
      yield {
        messageId: 'local',
        data: {
          setting: settingText(setting, 'cache'),
          workload: workloadName(kc.workload),
          replicas: kc.workload.replicas.text,
        },
        at: setting.at,
        resource: kc.workload.resource,
      };
    }
  },
});
