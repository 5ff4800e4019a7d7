import { defineRule } from '../src/engine/rule.js';
import { envAbsent, soleEnvEntry } from '../src/fix/env-edit.js';
import { fixOf } from '../src/fix/yaml-edit.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { shownValue } from '../src/model/setting.js';
import type { KeycloakContainer } from '../src/model/types.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'java-opts-replaces-defaults',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Prefer JAVA_OPTS_APPEND to JAVA_OPTS on Keycloak containers',
    rationale:
      'kc.sh uses JAVA_OPTS instead of its own JVM options when it is set: the garbage ' +
      'collector, metaspace and out-of-memory settings are all dropped. Recent kc.sh versions ' +
      '(24 or a later release; the first one is not confirmed) also apply the heap sized ' +
      'relative to the container memory only when JAVA_OPTS is unset, so it can be dropped ' +
      'too. JAVA_OPTS_APPEND is added after the defaults, and from 24 JAVA_OPTS_KC_HEAP ' +
      'replaces only the heap settings.',
    fix: 'Move the flags to JAVA_OPTS_APPEND, which kc.sh adds after its defaults.',
    fixes: {
      heap:
        'Move the flags to JAVA_OPTS_APPEND, and heap flags such as -Xms, -Xmx or ' +
        '-XX:MaxRAMPercentage to JAVA_OPTS_KC_HEAP.',
      unknown:
        'Move the flags to JAVA_OPTS_APPEND, which kc.sh adds after its defaults (on 24 and ' +
        'later, heap flags can go to JAVA_OPTS_KC_HEAP).',
    },
    fixable:
      'when JAVA_OPTS is one literal value in env: on 24 and later, flags that are all heap ' +
      'flags move to JAVA_OPTS_KC_HEAP; otherwise the flags move to JAVA_OPTS_APPEND (renamed, ' +
      'or put before the flags of an existing literal JAVA_OPTS_APPEND).',
    messages: {
      replaces:
        'JAVA_OPTS is set ({{value}}) on container {{container}}, so kc.sh drops its own JVM ' +
        'defaults{{heap}}.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const variable = kc.env.vars.get('JAVA_OPTS');
      // kc.sh treats an empty JAVA_OPTS as unset and keeps its defaults.
      if (!variable || variable.value?.trim() === '') continue;
      // A value read through a key reference is reported at the env entry that names JAVA_OPTS.
      const at =
        variable.index !== undefined && variable.via[0]
          ? kc.workload.resource.at([...kc.path, 'env', variable.index])
          : variable.at;
      const modern = kc.version !== undefined && atLeast(kc.version, 24);
      yield {
        messageId: 'replaces',
        data: {
          value: shownValue(variable),
          container: kc.name,
          heap: modern ? ', which can include the heap sized from the container memory' : '',
        },
        at,
        resource: kc.workload.resource,
        fixId: kc.version === undefined ? 'unknown' : modern ? 'heap' : 'default',
        ...moved(kc, modern),
      };
    }
  },
});

const HEAP_FLAG = /^-(Xm[sx]\S+|XX:(Max|Min|Initial)RAMPercentage=\S+)$/;

/** Moves the flags of a literal JAVA_OPTS entry where kc.sh adds them to its defaults. */
function moved(kc: KeycloakContainer, modern: boolean) {
  const index = soleEnvEntry(kc, 'JAVA_OPTS');
  const resource = kc.workload.resource;
  if (index === undefined) return {};
  return fixOf(resource, (editor) => {
    const entry = [...kc.path, 'env', index];
    const value = editor.scalar([...entry, 'value']);
    if (!value || typeof value.value !== 'string') return undefined;
    const flags = value.value.trim().split(/\s+/);
    // From 24, JAVA_OPTS_KC_HEAP replaces only the heap part of the defaults.
    const target =
      modern && flags.every((f) => HEAP_FLAG.test(f)) ? 'JAVA_OPTS_KC_HEAP' : 'JAVA_OPTS_APPEND';
    if (envAbsent(kc, target)) {
      const name = editor.scalar([...entry, 'name']);
      return name ? editor.replaceScalar(name, target) : undefined;
    }
    const other = soleEnvEntry(kc, target);
    const node =
      other === undefined ? undefined : editor.scalar([...kc.path, 'env', other, 'value']);
    if (!node || typeof node.value !== 'string' || target !== 'JAVA_OPTS_APPEND') return undefined;
    // JAVA_OPTS came first on the command line: its flags stay before the appended ones.
    const merged = editor.replaceScalar(node, `${value.value.trim()} ${node.value.trim()}`.trim());
    const removed = editor.removeItem([...kc.path, 'env'], index);
    return merged && removed ? [...merged, ...removed] : undefined;
  });
}
