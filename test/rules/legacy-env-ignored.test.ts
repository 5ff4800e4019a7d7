import { ruleTester } from '../helpers/rule-tester.js';

const WILDFLY = 'is a variable of the WildFly distribution';

ruleTester('legacy-env-ignored', {
  valid: ['valid.wildfly_bitnami_and_quarkus_names.yaml'],
  invalid: [
    {
      fixture: 'invalid.wildfly_env_on_26_3.yaml',
      // One replica: the rule runs at any count. Replacements follow 26.x.
      findings: [
        {
          line: 22,
          column: 21,
          endLine: 22,
          endColumn: 34,
          severity: 'warning',
          message: `KEYCLOAK_USER ${WILDFLY}; Keycloak 26.3.1 does not read it, so it has no effect (its counterpart: KC_BOOTSTRAP_ADMIN_USERNAME).`,
          fix: 'Remove KEYCLOAK_USER. Instead, use KC_BOOTSTRAP_ADMIN_USERNAME.',
          resource: 'Deployment/fires-keycloak',
        },
        {
          line: 24,
          column: 21,
          endColumn: 45,
          message: /^PROXY_ADDRESS_FORWARDING .*\(its counterpart: KC_PROXY_HEADERS=xforwarded\)/,
          fix: 'use KC_PROXY_HEADERS=xforwarded',
          resource: 'Deployment/fires-keycloak',
        },
        {
          line: 26,
          column: 21,
          endColumn: 47,
          // 26.3 deprecated the kubernetes stack: nothing replaces the discovery protocol.
          message:
            /^JGROUPS_DISCOVERY_PROTOCOL .*\(nothing replaces it: leave KC_CACHE_STACK unset so that Keycloak uses jdbc-ping\)/,
          fix: 'Remove JGROUPS_DISCOVERY_PROTOCOL: leave KC_CACHE_STACK unset',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.db_vars_from_configmap_on_23.yaml',
      findings: [
        {
          // Variables of an envFrom ConfigMap are reported at the envFrom entry.
          line: 30,
          column: 15,
          message: `DB_VENDOR (from ConfigMap kc-env) ${WILDFLY}; Keycloak 23.0.7 does not read it`,
          fix: 'use KC_DB.',
          resource: 'StatefulSet/fires-keycloak',
        },
        {
          line: 30,
          column: 15,
          message: /^DB_ADDR \(from ConfigMap kc-env\) .*\(its counterpart: KC_DB_URL_HOST\)/,
          resource: 'StatefulSet/fires-keycloak',
        },
        {
          line: 33,
          column: 21,
          // Before 24 the proxy option is still `proxy`.
          message: /^PROXY_ADDRESS_FORWARDING .*\(its counterpart: KC_PROXY \(edge or reencrypt/,
          resource: 'StatefulSet/fires-keycloak',
        },
        {
          line: 35,
          column: 21,
          // Before 26 the bootstrap admin is KEYCLOAK_ADMIN(_PASSWORD).
          message: /^KEYCLOAK_PASSWORD .*\(its counterpart: KEYCLOAK_ADMIN_PASSWORD\)/,
          fix: 'use KEYCLOAK_ADMIN_PASSWORD.',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.unknown_version.yaml',
      findings: [
        {
          line: 21,
          column: 21,
          message: `CACHE_OWNERS_COUNT ${WILDFLY}; Keycloak (version unknown) does not read it (nor does any other version from 17 on)`,
          fix: 'owners attribute of the distributed caches',
          resource: 'Deployment/fires-keycloak',
        },
        {
          line: 23,
          column: 21,
          message:
            /^JGROUPS_DISCOVERY_PROPERTIES .*from 26\.1 the default jdbc-ping needs no query/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
  ],
});
