import { defineRule } from '../src/engine/rule.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

/** The WildFly-era system properties and the SPI option that replaces each (facts §0 26.3). */
const REPLACED: Readonly<Record<string, { option: string; env: string }>> = {
  'jboss.node.name': {
    option: '--spi-cache-embedded--default--node-name',
    env: 'KC_SPI_CACHE_EMBEDDED__DEFAULT__NODE_NAME',
  },
  'jboss.site.name': {
    option: '--spi-cache-embedded--default--site-name',
    env: 'KC_SPI_CACHE_EMBEDDED__DEFAULT__SITE_NAME',
  },
};

export default defineRule({
  id: 'jboss-node-name-removed',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Forbid the jboss.node.name and jboss.site.name system properties from Keycloak 26.3',
    rationale:
      'Older setups name each cluster member with `-Djboss.node.name` (often the pod name) and ' +
      'the site with `-Djboss.site.name`. From Keycloak 26.3 the embedded Infinispan ' +
      'configuration refuses these properties and Keycloak does not start: "System property ' +
      'jboss.node.name is in use. Use --spi-cache-embedded-default-node-name config option ' +
      'instead". Before 26.3 they are still read.',
    fix:
      'Remove -D{{property}}; if the name matters, set {{option}} (environment ' +
      '{{env}}) instead, or leave it unset to let Keycloak name the member.',
    messages: {
      removed:
        '{{origin}} sets the system property {{property}}, which {{version}} refuses: Keycloak ' +
        'stops at startup with "System property {{property}} is in use".',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '26.3 and later',
    limitations: [
      'Runs at any replica count, but not when the cache is `local` (explicitly, or by ' +
        '`start-dev`): the check belongs to the clustered (`ispn`) cache configuration.',
      'Only `-D` properties (JAVA_OPTS, JAVA_OPTS_APPEND, JAVA_OPTS_KC_HEAP, JAVA_TOOL_OPTIONS, ' +
        'kc.sh arguments) count; an environment variable named like the property is not a ' +
        'system property.',
    ],
    references: [
      '[Upgrading Keycloak 26.3](https://www.keycloak.org/docs/latest/upgrading/index.html)',
      '[Configuring distributed caches](https://www.keycloak.org/server/caching)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.version || !atLeast(kc.version, 26, 3)) continue;
      if (kc.cluster.cache === 'local') continue;
      for (const [property, replacement] of Object.entries(REPLACED)) {
        const setting = kc.properties.get(property);
        // An environment variable named like the property is read by JGroups, not the JVM.
        if (!setting || setting.origin === property) continue;
        yield {
          messageId: 'removed',
          data: {
            origin: setting.origin.startsWith('-D') ? 'A kc.sh argument' : setting.origin,
            property,
            version: `Keycloak ${kc.version.text}`,
            ...replacement,
          },
          at: setting.at,
          resource: kc.workload.resource,
        };
      }
    }
  },
});
