import { defineRule } from '../src/engine/rule.js';
import { clusteredKeycloak } from '../src/model/query.js';
import { shownValue } from '../src/model/setting.js';

export default defineRule({
  id: 'env-var-overridden',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Report environment variables listed twice in one container',
    rationale:
      'When a container lists the same variable twice, Kubernetes keeps the last entry and ' +
      'silently drops the earlier one. An edit to the first entry then has no effect; it is an ' +
      'error when the dropped value carries cluster settings (`jgroups.dns.query` or another ' +
      "JGroups property, a KC_CACHE* option or Bitnami's KEYCLOAK_CACHE_* variables). Values " +
      'read from Secrets are never printed.',
    fix: 'Merge the {{name}} entries into one.',
    messages: {
      overridden:
        '{{name}} is listed again later in container {{container}}; Kubernetes keeps the last ' +
        'entry, so this value ({{value}}) is dropped.',
    },
    graded:
      'error when the dropped entry carries jgroups.dns.query, another JGroups property or a cache setting.',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const entries = kc.env.entries;
      const last = new Map<string, number>();
      for (const [i, entry] of entries.entries()) last.set(entry.name, i);
      for (const [i, entry] of entries.entries()) {
        const later = entries[last.get(entry.name)!]!;
        if (later === entry) continue;
        const value = shownValue(entry);
        const clustering =
          /^(KC_CACHE|KEYCLOAK_CACHE_)/.test(entry.name) ||
          entry.name.startsWith('jgroups.') ||
          /-Djgroups\./.test(entry.value ?? '');
        const nameAt = (index: number | undefined) =>
          kc.workload.resource.at([...kc.path, 'env', index ?? i, 'name']);
        yield {
          messageId: 'overridden',
          data: { name: entry.name, container: kc.name, value },
          at: nameAt(entry.index),
          resource: kc.workload.resource,
          severity: clustering ? 'error' : 'warning',
          related: [
            {
              at: nameAt(later.index),
              resource: kc.workload.resource,
              message: `the ${entry.name} entry that wins`,
            },
          ],
        };
      }
    }
  },
});
