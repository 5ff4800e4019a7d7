import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'legacy-distribution',
  meta: {
    severity: 'info',
    category: 'cluster-formation',
    summary: 'Note the legacy WildFly distribution of Keycloak',
    rationale:
      'Images `jboss/keycloak`, tags ending in `-legacy` and versions below 17 run the WildFly ' +
      'distribution, which is configured through other variables and scripts and is end of life. ' +
      'The clustering rules of keycloak-lint target the Quarkus distribution (17 and later) and ' +
      'do not run on it; the input, network and ingress rules still do.',
    fix: 'Move to the Quarkus distribution (quay.io/keycloak/keycloak, 17 or later).',
    messages: {
      legacy:
        'Image {{image}} runs the legacy WildFly distribution of Keycloak; the clustering rules ' +
        'target the Quarkus distribution (17 and later) and are skipped here.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: 'below 17',
  },
  *check(model) {
    for (const kc of model.keycloak) {
      if (kc.distribution !== 'legacy') continue;
      yield {
        messageId: 'legacy',
        data: { image: kc.image.raw },
        at: kc.imageAt,
        resource: kc.workload.resource,
      };
    }
  },
});
