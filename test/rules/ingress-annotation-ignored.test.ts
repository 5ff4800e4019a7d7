import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('ingress-annotation-ignored', {
  valid: [
    // Unrelated prefixes (cert-manager.io, external-dns) are not reported.
    'valid.known_annotations.yaml',
    // What the Keycloak Operator adds itself is never reported.
    'valid.operator_style_backend_protocol.yaml',
    'valid.traefik_ingress.yaml',
    'valid.unknown_controller.yaml',
    // GKE's own prefixes, generic kubernetes.io/ keys and the status keys GKE writes.
    'valid.gce_ingress.yaml',
    // Operator annotations on any class; Traefik sticky keys are traefik-sticky-on-ingress's.
    'valid.operator_annotations_on_traefik.yaml',
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
    {
      // router.* names are checked; Traefik 1.x names (rewrite-target) and tls.domains are not.
      fixture: 'invalid.traefik_names.yaml',
      findings: [
        {
          line: 47,
          column: 5,
          endColumn: 52,
          message:
            'Traefik has no annotation named router.entrypoint (did you mean ' +
            'router.entrypoints?), so traefik.ingress.kubernetes.io/router.entrypoint is ignored.',
          fix: 'Use traefik.ingress.kubernetes.io/router.entrypoints.',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 48,
          column: 5,
          message:
            'traefik.ingress.kubernetes.io/service.serversscheme is a Traefik service ' +
            'annotation, which Traefik reads from the backend Service only',
          fix: 'Move traefik.ingress.kubernetes.io/service.serversscheme to the backend Service',
        },
        {
          line: 49,
          column: 5,
          message:
            'nginx.ingress.kubernetes.io/proxy-buffer-size is an annotation of ingress-nginx; ' +
            'Traefik ignores it.',
          fix: 'Remove nginx.ingress.kubernetes.io/proxy-buffer-size; it only configures ingress-nginx.',
        },
      ],
    },
    {
      fixture: 'invalid.traefik_misspelt_prefix.yaml',
      findings: [
        {
          line: 47,
          column: 5,
          message:
            'uses the prefix traefik.ingress.kubernetes.com/, which Traefik does not read (it ' +
            'reads traefik.ingress.kubernetes.io/)',
          fix: 'Use traefik.ingress.kubernetes.io/router.middlewares.',
        },
      ],
    },
    {
      // Both HAProxy controllers' prefixes and ingress.kubernetes.io/ are left alone.
      fixture: 'invalid.haproxy_other_families.yaml',
      findings: [
        {
          line: 50,
          column: 5,
          message:
            'nginx.ingress.kubernetes.io/affinity is an annotation of ingress-nginx; HAProxy ignores it.',
          resource: 'Ingress/fires-keycloak',
        },
        {
          line: 51,
          column: 5,
          message:
            'uses the prefix haproxy.orgg/, which HAProxy does not read (it reads haproxy.org/)',
          fix: 'Use haproxy.org/cookie-persistence.',
        },
        {
          line: 52,
          column: 5,
          message: 'an annotation of the AWS Load Balancer Controller; HAProxy ignores it.',
        },
      ],
    },
    {
      // Names under alb.ingress.kubernetes.io/ are not checked (no reliable list).
      fixture: 'invalid.alb_prefixes.yaml',
      findings: [
        {
          line: 49,
          column: 5,
          endColumn: 41,
          message:
            'which the AWS Load Balancer Controller does not read (it reads ' +
            'alb.ingress.kubernetes.io/)',
          fix: 'Use alb.ingress.kubernetes.io/target-type.',
        },
        {
          line: 50,
          column: 5,
          message: 'is an annotation of Traefik; the AWS Load Balancer Controller ignores it.',
        },
      ],
    },
  ],
});
