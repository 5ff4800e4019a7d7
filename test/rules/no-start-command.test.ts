import { ruleTester } from '../helpers/rule-tester.js';

const FIX = 'Add "start" to the args of container';

ruleTester('no-start-command', {
  valid: ['valid.command_and_script_forms.yaml', 'valid.custom_bitnami_and_runtime_command.yaml'],
  invalid: [
    {
      fixture: 'invalid.no_command_or_args_on_26.yaml',
      // Nothing to point at but the container; one replica is enough.
      findings: [
        {
          line: 18,
          column: 11,
          severity: 'error',
          message:
            'Container keycloak (official image quay.io/keycloak/keycloak:26.1.4) sets no ' +
            'command or args, so its kc.sh entrypoint gets no start or start-dev; kc.sh then ' +
            'prints its help and exits.',
          fix: `${FIX} keycloak (args: ["start"]).`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.args_without_start_rhbk.yaml',
      findings: [
        {
          line: 20,
          column: 11,
          endColumn: 15,
          message:
            /^Container server \(official image registry\.redhat\.io\/rhbk\/keycloak-rhel9:26\.0-6\) passes args to its kc\.sh entrypoint, but none of them is start/,
          fix: `${FIX} server`,
          resource: 'StatefulSet/fires-rhbk',
        },
      ],
    },
    {
      fixture: 'invalid.kc_sh_command_on_mirror.yaml',
      findings: [
        {
          line: 10,
          column: 7,
          endColumn: 14,
          message:
            /registry\.example\.test\/mirror\/keycloak\/keycloak:24\.0\.5\) runs kc\.sh, but its command holds no start/,
          resource: 'Pod/fires-mirror',
        },
      ],
    },
  ],
});
