import { ruleTester } from '../helpers/rule-tester.js';

const REMOVED = 'the proxy option no longer exists in';
const DEPRECATED = 'the proxy option is deprecated since Keycloak 24 and removed in 26.0';

ruleTester('proxy-option-obsolete', {
  valid: [
    'valid.proxy_on_23.yaml',
    'valid.unknown_version.yaml',
    'valid.proxy_headers_on_26.yaml',
    'valid.legacy_and_sidecar.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.env_edge_on_26.yaml',
      findings: [
        {
          line: 26,
          column: 22,
          endLine: 26,
          endColumn: 26,
          severity: 'error',
          message: `KC_PROXY=edge: ${REMOVED} Keycloak 26.0.7 (it was removed in 26.0)`,
          fix:
            'KC_PROXY_HEADERS=xforwarded (or forwarded, matching what the proxy sends) and ' +
            'KC_HTTP_ENABLED=true',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.edge_with_replacements_set_on_26.yaml',
      // the fix does not ask for what the container already sets
      findings: [
        {
          line: 27,
          column: 22,
          endColumn: 26,
          severity: 'error',
          message: `KC_PROXY=edge: ${REMOVED} Keycloak 26.0.7 (it was removed in 26.0)`,
          fix: /^Remove it: the options that replace it are already set\.$/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.cli_edge_on_24_over_env.yaml',
      // At `edge` inside "--proxy=edge"; the CLI option wins over KC_PROXY=reencrypt (not reported).
      findings: [
        {
          line: 19,
          column: 36,
          endColumn: 40,
          severity: 'warning',
          message: `--proxy=edge: ${DEPRECATED} (Keycloak 24.0.5 still reads it)`,
          fix:
            '--proxy-headers=xforwarded (or forwarded, matching what the proxy sends) and ' +
            '--http-enabled=true',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.cli_separate_value_on_25.yaml',
      findings: [
        {
          line: 15,
          column: 11,
          endColumn: 20,
          severity: 'warning',
          message: `--proxy=reencrypt: ${DEPRECATED} (Keycloak 25.0.6 still reads it)`,
          fix: /^Replace it with --proxy-headers=xforwarded \(or forwarded, matching what the proxy sends\)\.$/,
          resource: 'Pod/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.keycloak_conf_passthrough_on_26_1.yaml',
      findings: [
        {
          line: 9,
          column: 11,
          endColumn: 22,
          severity: 'error',
          message: `proxy=passthrough in keycloak.conf: ${REMOVED} Keycloak 26.1.4`,
          fix: 'Remove it: with TLS passthrough',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.none_on_26.yaml',
      findings: [
        {
          line: 22,
          column: 22,
          severity: 'error',
          message: `KC_PROXY=none: ${REMOVED} Keycloak 26.0.7`,
          fix: /^Remove the proxy option\.$/,
        },
      ],
    },
    {
      fixture: 'invalid.version_from_option.yaml',
      options: { keycloakVersion: '26.2.0' },
      findings: [
        {
          line: 22,
          column: 22,
          endColumn: 31,
          severity: 'error',
          message: `KC_PROXY=reencrypt: ${REMOVED} Keycloak 26.2.0`,
          fix: 'KC_PROXY_HEADERS=xforwarded',
        },
      ],
    },
    // The value is named next to the variable, not glued to the ConfigMap's name.
    {
      fixture: 'invalid.envfrom_configmap_on_25.yaml',
      findings: [
        {
          line: 8,
          column: 13,
          endColumn: 17,
          severity: 'warning',
          message: /KC_PROXY=edge\b.*\(Keycloak 25\.0\.6 still reads it\)/,
          fix: 'KC_PROXY_HEADERS=xforwarded',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    // Regression: on 26+ the option is obsolete whatever its value, so an unreadable value still fires.
    {
      fixture: 'invalid.value_from_configmap_not_in_files_on_26.yaml',
      findings: [
        {
          line: 22,
          column: 15,
          severity: 'error',
          message: `${REMOVED} Keycloak 26.0.7`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    // Behind an ingress-nginx Ingress the header style is certain: the finding carries a fix.
    {
      fixture: 'invalid.env_edge_behind_ingress_nginx_on_26.yaml',
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 28,
          severity: 'error',
          message: `KC_PROXY=edge: ${REMOVED} Keycloak 26.0.7`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.env_passthrough_on_25.yaml',
      findings: [
        {
          line: 25,
          column: 22,
          endColumn: 33,
          severity: 'warning',
          message: `KC_PROXY=passthrough: ${DEPRECATED} (Keycloak 25.0.6 still reads it)`,
          fix: 'Remove it: with TLS passthrough',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.operator_cr_additional_option.yaml',
      findings: [
        {
          line: 17,
          column: 14,
          severity: 'error',
          message: `${REMOVED} Keycloak 26.0.7`,
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
  ],
});
