import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('affinity-cookie-name-collision', {
  valid: [
    'valid.default_ingresscookie.yaml',
    'valid.sso_route.yaml',
    // nginx creates its cookie only with affinity: cookie.
    'valid.cookie_name_without_affinity.yaml',
    // Only the correct prefix counts; ingress-annotation-ignored reports the misspelt one.
    'valid.misspelt_prefix.yaml',
    'valid.upstream_hash_by_auth_session.yaml',
    'valid.traefik_ingressroute_own_name.yaml',
    // The prefix strategy shares the application's cookie on purpose.
    'valid.haproxy_ingress_prefix_strategy.yaml',
    // Header persistence names a header, not a cookie.
    'valid.httproute_header_persistence.yaml',
    // Without ttl Envoy only hashes on Keycloak's existing cookie.
    'valid.istio_http_cookie_without_ttl.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.auth_session_id.yaml',
      findings: [
        {
          line: 44,
          column: 54,
          endLine: 44,
          endColumn: 69,
          message:
            "stickiness cookie named AUTH_SESSION_ID, the name of Keycloak's cookie for the " +
            'authentication session',
          fix: 'INGRESSCOOKIE',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.keycloak_identity_annotation_class.yaml',
      findings: [
        {
          line: 46,
          column: 54,
          endColumn: 71,
          message: 'stickiness cookie named KEYCLOAK_IDENTITY',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.kc_restart_no_class.yaml',
      findings: [
        {
          line: 44,
          column: 54,
          endColumn: 64,
          message:
            "stickiness cookie named KC_RESTART, the name of Keycloak's cookie for restarting " +
            'an interrupted login',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // The quoted scalar is the node at fault; the message names the cookie without quotes.
      fixture: 'invalid.legacy_cookie_name_quoted.yaml',
      findings: [
        {
          line: 44,
          column: 54,
          endColumn: 78,
          message: 'stickiness cookie named AUTH_SESSION_ID_LEGACY,',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // Regression: RULES.md lists Traefik sticky.cookie.name; only ingress-nginx is checked)
      fixture: 'invalid.traefik_service_cookie_name.yaml',
      findings: [
        {
          line: 32,
          column: 63,
          endLine: 32,
          endColumn: 78,
          message: 'AUTH_SESSION_ID',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.traefik_ingressroute_cookie_name.yaml',
      findings: [
        {
          line: 55,
          column: 21,
          endLine: 55,
          endColumn: 36,
          message:
            'Traefik (sticky.cookie of this IngressRoute) is expected to set its own stickiness cookie ' +
            "named AUTH_SESSION_ID, the name of Keycloak's cookie for the authentication session",
          fix: 'Remove sticky.cookie.name',
          resource: 'IngressRoute/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.haproxy_cookie_persistence.yaml',
      findings: [
        {
          line: 47,
          column: 37,
          endColumn: 54,
          message:
            'HAProxy (haproxy.org/cookie-persistence) is expected to set its own stickiness cookie named KEYCLOAK_IDENTITY',
          fix: 'Give haproxy.org/cookie-persistence a name Keycloak does not use',
          resource: 'Ingress/fires-keycloak',
        },
      ],
    },
    {
      // haproxy-ingress reads affinity from the Service; insert is its default strategy.
      fixture: 'invalid.haproxy_ingress_insert.yaml',
      findings: [
        {
          line: 35,
          column: 52,
          endColumn: 68,
          message:
            'haproxy-ingress (insert strategy) is expected to set its own stickiness cookie named KEYCLOAK_SESSION',
          fix: 'keep the default INGRESSCOOKIE',
          resource: 'Service/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.httproute_session_name.yaml',
      findings: [
        {
          line: 54,
          column: 22,
          endColumn: 37,
          message:
            'sessionPersistence of this HTTPRoute rule) is expected to set its own stickiness cookie named AUTH_SESSION_ID',
          fix: 'Choose a sessionName that Keycloak does not use',
          resource: 'HTTPRoute/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.istio_http_cookie_ttl.yaml',
      findings: [
        {
          line: 52,
          column: 17,
          endColumn: 27,
          message: 'With ttl 0s, Envoy creates the hash cookie KC_RESTART when a request lacks it',
          fix: 'Envoy creates it because a ttl is set',
          resource: 'DestinationRule/fires-keycloak',
        },
      ],
    },
  ],
});
