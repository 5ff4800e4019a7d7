import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('traefik-sticky-on-ingress', {
  valid: [
    'valid.sticky_on_service.yaml',
    // Another controller's Ingress: ingress-annotation-ignored reports the Traefik key.
    'valid.nginx_class.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.sticky_keys_on_ingress.yaml',
      findings: [
        {
          line: 48,
          column: 5,
          endColumn: 56,
          message:
            'traefik.ingress.kubernetes.io/service.sticky.cookie is set on Ingress ' +
            'fires-keycloak, but Traefik reads service.* annotations only from the backend ' +
            'Service, so it is ignored here.',
          fix: 'Move traefik.ingress.kubernetes.io/service.sticky.cookie to Service ok-keycloak.',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 49,
          column: 5,
          message: 'traefik.ingress.kubernetes.io/service.sticky.cookie.name is set on Ingress',
          fix: 'Move traefik.ingress.kubernetes.io/service.sticky.cookie.name to Service',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // No class: Traefik may be the controller.
      fixture: 'invalid.no_class.yaml',
      findings: [{ line: 47, column: 5, resource: 'Ingress/fires-keycloak' }],
    },
  ],
});
