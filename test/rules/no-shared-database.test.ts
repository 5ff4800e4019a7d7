import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('no-shared-database', {
  valid: [
    'valid.operator_cr_with_db.yaml',
    'valid.shared_postgres.yaml',
    'valid.bitnami_db_unset.yaml',
    'valid.db_from_missing_secret_envfrom.yaml',
    'valid.db_from_configmap_envfrom.yaml',
    'valid.start_dev_no_db.yaml',
    'valid.single_replica_dev_file.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.operator_cr_no_db.yaml',
      // No spec.db: reported on the CR, at its nearest existing parent `spec`.
      findings: [
        {
          line: 7,
          column: 1,
          endColumn: 5,
          message:
            'StatefulSet fires-keycloak (from Keycloak fires-keycloak) runs start with 2 replicas and sets no database',
          fix: 'Set spec.db (vendor, host, database, usernameSecret and passwordSecret)',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.db_unset_on_26_0.yaml',
      // db is missing: reported at the Keycloak container
      findings: [
        {
          line: 19,
          column: 11,
          endLine: 19,
          message:
            /sets no database \(db\): Keycloak 26\.0\.7 then uses an embedded H2 database in each pod/,
          fix: 'KC_DB',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dev_file_on_26_1.yaml',
      findings: [
        {
          line: 22,
          column: 22,
          endLine: 22,
          endColumn: 30,
          severity: 'error',
          message:
            /KC_DB=dev-file keeps an embedded H2 database in each pod of Deployment fires-keycloak \(2 replicas\).*jdbc-ping .* is expected to find only the pod itself\.$/,
          fix: 'one database that every replica uses',
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.dev_mem_in_keycloak_conf.yaml',
      // `dev-mem` on the db= line of the keycloak.conf block scalar; 25.0 has no jdbc-ping
      findings: [
        {
          line: 9,
          column: 8,
          endColumn: 15,
          message:
            /^db=dev-mem in keycloak\.conf keeps an embedded H2 database in each pod(?!.*jdbc-ping)/,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.shell_script_db_unset_unknown_version.yaml',
      // kc.sh start inside sh -c; with the version unknown the message makes no H2 claim
      findings: [
        {
          line: 17,
          column: 11,
          message: /^(?!.*H2).*runs start with 3 replicas and sets no database \(db\)/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.db_arg_two_words.yaml',
      // "--db dev-file" as two args: the value is the second item
      findings: [
        {
          line: 21,
          column: 15,
          endColumn: 23,
          message: /--db=dev-file .*DaemonSet fires-keycloak/,
          resource: 'DaemonSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.quoted_db_in_shell_script.yaml',
      // The value inside the shell quotes, `dev-file`.
      findings: [
        {
          line: 22,
          column: 56,
          endLine: 22,
          endColumn: 64,
          message: '--db=dev-file keeps an embedded H2 database',
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
  ],
});
