import { defineRule } from '../src/engine/rule.js';
import { sourceOf } from '../src/model/generated.js';
import { quarkusKeycloak } from '../src/model/query.js';

export default defineRule({
  id: 'keycloak-version-unknown',
  meta: {
    severity: 'info',
    category: 'cluster-formation',
    summary: 'Note Keycloak containers whose version cannot be read from the image tag',
    rationale:
      'Defaults and options change between Keycloak versions: the default stack (udp up to 26.0, ' +
      'jdbc-ping from 26.1), the proxy and hostname options, the management port. With a tag ' +
      'such as `latest`, `nightly` or a digest, rules that depend on the version report only ' +
      'what holds for every version from 17 on, and stay silent otherwise.',
    fix:
      'Pin a version tag (for example quay.io/keycloak/keycloak:26.0.7), or pass ' +
      '--keycloak-version (keycloakVersion in the configuration file) so that ' +
      'version-dependent rules can run.',
    fixes: {
      operatorDefault:
        'Set spec.image to a tagged Keycloak image, or pass --keycloak-version (keycloakVersion ' +
        'in the configuration file) with the version of the operator, so that ' +
        'version-dependent rules can run.',
    },
    messages: {
      unknown:
        'The Keycloak version cannot be read from image {{image}}, so version-dependent rules ' +
        'only report what holds for every version from 17 on.',
      operatorDefault:
        'Keycloak {{cr}} sets no spec.image, so the operator runs its own default Keycloak ' +
        'version, which the manifests do not show; version-dependent rules only report what ' +
        'holds for every version from 17 on.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'Keycloak'],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.version) continue;
      const cr = sourceOf(kc.workload.resource);
      if (cr && cr.spec.image === undefined) {
        yield {
          messageId: 'operatorDefault',
          fixId: 'operatorDefault',
          data: { cr: cr.name },
          at: kc.imageAt,
          resource: kc.workload.resource,
        };
        continue;
      }
      yield {
        messageId: 'unknown',
        data: { image: kc.image.raw || '(none)' },
        at: kc.imageAt,
        resource: kc.workload.resource,
      };
    }
  },
});
