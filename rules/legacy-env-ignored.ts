import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText } from '../src/model/describe.js';
import { LEGACY_VARIABLES } from '../src/model/legacy-env.js';
import { quarkusKeycloak } from '../src/model/query.js';

export default defineRule({
  id: 'legacy-env-ignored',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Report variables of the WildFly distribution on Keycloak 17 and later',
    rationale:
      'The WildFly distribution of Keycloak (jboss/keycloak, before 17) was configured through ' +
      'variables its entrypoint read: `DB_VENDOR`, `DB_ADDR`, `KEYCLOAK_USER`, ' +
      '`PROXY_ADDRESS_FORWARDING`, `JGROUPS_DISCOVERY_PROTOCOL`, `CACHE_OWNERS_COUNT` and ' +
      'others. The Quarkus distribution (17 and later) reads none of them, so a manifest ' +
      'carried over from the old image silently loses its database, admin user, proxy and ' +
      'clustering settings: Keycloak starts with its defaults instead.',
    fix: 'Remove {{variable}}. Instead, use {{replacement}}.',
    fixes: {
      nothing: 'Remove {{variable}}: {{replacement}}.',
    },
    messages: {
      ignored:
        '{{variable}}{{from}} is a variable of the WildFly distribution; {{version}} does not ' +
        'read it{{unknown}}, so it has no effect (its counterpart: {{replacement}}).',
      nothing:
        '{{variable}}{{from}} is a variable of the WildFly distribution; {{version}} does not ' +
        'read it{{unknown}}, so it has no effect (nothing replaces it: {{replacement}}).',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'Bitnami images are skipped: their entrypoint reads some of these names (DB_ADDR, ' +
        'DB_USER...) itself.',
    ],
    references: [
      '[Migrating to Quarkus](https://www.keycloak.org/migration/migrating-to-quarkus)',
      '[All configuration](https://www.keycloak.org/server/all-config)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.distribution === 'bitnami') continue;
      for (const variable of kc.env.vars.values()) {
        const replacementOf = LEGACY_VARIABLES.get(variable.name);
        if (!replacementOf) continue;
        const replacement = replacementOf(kc.version);
        const kind = replacement.nothing ? 'nothing' : 'ignored';
        // An entry of `env` is reported at its name; one from envFrom at the envFrom entry.
        const at =
          variable.index !== undefined
            ? kc.workload.resource.at([...kc.path, 'env', variable.index, 'name'])
            : (variable.via[0] ?? variable.at);
        yield {
          messageId: kind,
          data: {
            variable: variable.name,
            from: variable.index === undefined && variable.from ? ` (from ${variable.from})` : '',
            version: keycloakVersionText(kc),
            unknown: kc.version ? '' : ' (nor does any other version from 17 on)',
            replacement: replacement.text,
          },
          at,
          resource: kc.workload.resource,
          ...(replacement.nothing ? { fixId: 'nothing' } : {}),
        };
      }
    }
  },
});
