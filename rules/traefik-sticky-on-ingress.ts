import { defineRule } from '../src/engine/rule.js';
import { keyOf } from '../src/load/source.js';
import { list } from '../src/model/describe.js';
import { traefikKeysOnIngress } from '../src/model/stickiness.js';

export default defineRule({
  id: 'traefik-sticky-on-ingress',
  meta: {
    severity: 'warning',
    category: 'ingress',
    summary: "Require Traefik's sticky-cookie annotations on the Service, not on the Ingress",
    rationale:
      "Traefik's Kubernetes Ingress provider reads `traefik.ingress.kubernetes.io/router.*` " +
      'annotations from the Ingress and `traefik.ingress.kubernetes.io/service.*` annotations, ' +
      'stickiness among them, from the backend Service only. Written on the Ingress, ' +
      '`service.sticky.cookie` does nothing: requests of one browser still spread over the ' +
      'Keycloak pods. Keycloak Operator users put Service annotations in `spec.http.annotations`.',
    fix: 'Move {{key}} to Service {{service}}.',
    fixes: {
      noService: 'Move {{key}} to the backend Service of this Ingress.',
    },
    messages: {
      onIngress:
        '{{key}} is set on Ingress {{ingress}}, but Traefik reads service.* annotations only ' +
        'from the backend Service, so it is ignored here.',
    },
    appliesTo: ['Ingress'],
    references: [
      '[Traefik: Kubernetes Ingress annotations, On Service](https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#on-service)',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      // Only where Traefik may read the Ingress; another controller's Ingress is reported by
      // ingress-annotation-ignored.
      if (view.controller !== 'traefik' && view.controller !== undefined) continue;
      const keys = traefikKeysOnIngress(view.resource);
      const services = [
        ...new Set(
          view.backends
            .filter((b) => b.workloads.some((w) => w.keycloak.length > 0))
            .map((b) => b.service?.name ?? b.serviceName),
        ),
      ];
      for (const key of keys) {
        yield {
          messageId: 'onIngress',
          data: { key, ingress: view.resource.name, service: list(services) },
          at: keyOf(view.resource.at(['metadata', 'annotations', key])),
          resource: view.resource,
          ...(services.length === 0 ? { fixId: 'noService' } : {}),
        };
      }
    }
  },
});
