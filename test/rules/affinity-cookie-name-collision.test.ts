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
  ],
});
