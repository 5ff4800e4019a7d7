import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-annotation-ignored', {
  valid: [
    // Unrelated prefixes (cert-manager.io, external-dns) are not reported.
    'valid.known_annotations.yaml',
    // What the Keycloak Operator adds itself is never reported.
    'valid.operator_style_backend_protocol.yaml',
    'valid.traefik_ingress.yaml',
    'valid.unknown_controller.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.nginx_kubernetes_io_prefix.yaml',
      findings: [
        {
          line: 44,
          column: 5,
          endLine: 44,
          endColumn: 33,
          message:
            'nginx.kubernetes.io/affinity uses the prefix nginx.kubernetes.io/, which ' +
            'ingress-nginx does not read',
          fix: 'Use nginx.ingress.kubernetes.io/affinity.',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 45,
          column: 5,
          endColumn: 44,
          message: 'nginx.kubernetes.io/session-cookie-name uses the prefix nginx.kubernetes.io/',
          fix: 'Use nginx.ingress.kubernetes.io/session-cookie-name.',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.ingress_kubernetes_io_prefix.yaml',
      findings: [
        {
          line: 44,
          column: 5,
          endColumn: 44,
          message: 'uses the prefix ingress.kubernetes.io/, which ingress-nginx does not read',
          fix: 'Use nginx.ingress.kubernetes.io/proxy-buffer-size.',
        },
        {
          line: 45,
          column: 5,
          endColumn: 40,
          message: 'uses the prefix nginx.ingres.kubernetes.io/',
          fix: 'Use nginx.ingress.kubernetes.io/affinity.',
        },
      ],
    },
    {
      fixture: 'invalid.nginx_inc_annotations.yaml',
      findings: [
        {
          line: 43,
          column: 5,
          endColumn: 32,
          message:
            'nginx.org/proxy-buffer-size is an annotation of the F5 NGINX Ingress Controller',
          fix: 'Use nginx.ingress.kubernetes.io/proxy-buffer-size.',
        },
        {
          line: 44,
          column: 5,
          message:
            'nginx.org/client-max-body-size is an annotation of the F5 NGINX Ingress Controller',
          fix: 'Use nginx.ingress.kubernetes.io/proxy-body-size.',
        },
        {
          line: 45,
          column: 5,
          message: 'nginx.com/sticky-cookie-services',
          fix: 'nginx.ingress.kubernetes.io/affinity',
        },
        {
          line: 46,
          column: 5,
          endColumn: 19,
          message: 'nginx.org/hsts is an annotation of the F5 NGINX Ingress Controller',
          fix: 'Remove nginx.org/hsts',
        },
      ],
    },
    {
      fixture: 'invalid.misspelt_name.yaml',
      findings: [
        {
          line: 43,
          column: 5,
          endColumn: 50,
          message: 'no annotation named proxy-buffer-szie (did you mean proxy-buffer-size?)',
          fix: 'Use nginx.ingress.kubernetes.io/proxy-buffer-size.',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 44,
          column: 5,
          message: /no annotation named keycloak-realm-routing, so/,
          fix: 'Remove nginx.ingress.kubernetes.io/keycloak-realm-routing',
        },
      ],
    },
    {
      // No class: the nginx.ingress.kubernetes.io/* annotations make it ingress-nginx.
      fixture: 'invalid.no_class_nginx_annotations.yaml',
      findings: [
        {
          line: 45,
          column: 5,
          endColumn: 52,
          message: 'session-cookie-nmae (did you mean session-cookie-name?)',
          fix: 'Use nginx.ingress.kubernetes.io/session-cookie-name.',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Regression: RULES.md: nginx.org/* on ingress-nginx "and the reverse" — not checked yet)
      fixture: 'invalid.nginx_inc_class_with_ingress_nginx_keys.yaml',
      findings: [
        {
          line: 43,
          column: 5,
          endColumn: 50,
          message: 'nginx.ingress.kubernetes.io/proxy-buffer-size',
          fix: 'nginx.org/proxy-buffer-size',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
  ],
});
