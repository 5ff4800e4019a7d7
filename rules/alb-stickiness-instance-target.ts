import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { ALB_ATTRIBUTES, albStickinessOn } from '../src/model/stickiness.js';

const TARGET_TYPE = 'alb.ingress.kubernetes.io/target-type';

export default defineRule({
  id: 'alb-stickiness-instance-target',
  meta: {
    severity: 'info',
    category: 'ingress',
    summary: 'Recommend IP targets for ALB stickiness in front of Keycloak',
    rationale:
      'The AWS Load Balancer Controller registers `instance` targets by default: the ALB sends ' +
      'to a node port, and kube-proxy on that node forwards to a pod of the Service. ' +
      'Target-group stickiness is then expected to keep a browser on a node, not necessarily ' +
      'on one Keycloak pod. With `target-type: ip` the pods themselves are the targets that ' +
      'the stickiness cookie refers to.',
    fix:
      'Set alb.ingress.kubernetes.io/target-type: ip, which registers the pods rather than the ' +
      'nodes as targets.',
    messages: {
      instance:
        'Ingress {{ingress}} enables ALB stickiness with {{how}}: the targets the ALB sticks to ' +
        'are nodes, and kube-proxy may forward the requests to different Keycloak pods.',
    },
    appliesTo: ['Ingress', 'Service'],
    limitations: [
      'Whether kube-proxy keeps a client on one pod behind a node also depends on the ' +
        "Service's own settings (externalTrafficPolicy, sessionAffinity); they are not read.",
    ],
    references: [
      '[AWS Load Balancer Controller: target-type](https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#target-type)',
    ],
  },
  *check(model) {
    for (const view of model.ingresses) {
      const ingress = view.resource;
      const hasAlbKeys = Object.keys(ingress.annotations).some((k) =>
        k.startsWith('alb.ingress.kubernetes.io/'),
      );
      if (view.controller !== 'alb' && !(view.controller === undefined && hasAlbKeys)) continue;
      for (const backend of view.backends) {
        const service = backend.service;
        if (!service || !backend.workloads.some((w) => w.keycloak.length > 0)) continue;
        // Service annotations take precedence over the Ingress's for these two keys.
        const from = (key: string): Resource | undefined =>
          service.annotations[key] !== undefined
            ? service
            : ingress.annotations[key] !== undefined
              ? ingress
              : undefined;
        const attributesOn = from(ALB_ATTRIBUTES);
        if (!attributesOn || !albStickinessOn(attributesOn.annotations[ALB_ATTRIBUTES])) continue;
        const typeOn = from(TARGET_TYPE);
        const type = typeOn?.annotations[TARGET_TYPE]?.trim() ?? 'instance';
        if (type !== 'instance') continue;
        // Reported where the deciding annotation is written (the Service when it carries it).
        const carrier = typeOn ?? attributesOn;
        const at = carrier.at(['metadata', 'annotations', typeOn ? TARGET_TYPE : ALB_ATTRIBUTES]);
        yield {
          messageId: 'instance',
          data: {
            ingress: ingress.name,
            how: typeOn ? 'target-type: instance' : 'the default target-type instance',
          },
          at,
          resource: carrier,
          ...(carrier !== ingress
            ? {
                related: [
                  {
                    at: ingress.at(['metadata', 'name']),
                    resource: ingress,
                    message: `Ingress ${ingress.name} routes to Service ${service.name}`,
                  },
                ],
              }
            : {}),
        };
        break;
      }
    }
  },
});
