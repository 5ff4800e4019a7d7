import { defineRule } from '../src/engine/rule.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { valueAt } from '../src/model/resource.js';
import { hasUnknownReference } from '../src/model/setting.js';

export default defineRule({
  id: 'no-start-command',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require start or start-dev on official Keycloak images',
    rationale:
      'The entrypoint of the official images (quay.io/keycloak/keycloak, ' +
      'registry.redhat.io/rhbk/keycloak-rhel9, and mirrors of them) is kc.sh with no default ' +
      'command. Given no `start` or `start-dev`, kc.sh prints its help and exits, so the pod ' +
      'restarts in a loop and never serves.',
    fix: 'Add "start" to the args of container {{container}} (args: ["start"]).',
    messages: {
      missing:
        'Container {{container}} (official image {{image}}) {{given}}; kc.sh then prints its ' +
        'help and exits.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'Only official images are checked: a custom or Bitnami image may set its own command.',
      'A command that is a shell script, or any executable other than kc.sh, is trusted.',
      'Only a missing command is reported: a container that runs another kc.sh command ' +
        '(build, export, import) is taken to be a job that means to.',
    ],
    references: ['[Running Keycloak in a container](https://www.keycloak.org/server/containers)'],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.official || kc.mode.kind !== 'none') continue;
      // An argument whose value is set at run time ($(VAR) of a Secret) may be the command.
      if (kc.argv.some((token) => hasUnknownReference(token.text))) continue;
      const container = valueAt(kc.workload.resource.value, kc.path);
      const has = (key: string) =>
        Array.isArray((container as Record<string, unknown> | undefined)?.[key]);
      const given = has('command')
        ? has('args')
          ? 'runs kc.sh, but neither its command nor its args hold start or start-dev'
          : 'runs kc.sh, but its command holds no start or start-dev'
        : has('args')
          ? 'passes args to its kc.sh entrypoint, but none of them is start or start-dev'
          : 'sets no command or args, so its kc.sh entrypoint gets no start or start-dev';
      // Point at the list where the command belongs, else at the container.
      const at = has('args')
        ? kc.workload.resource.at([...kc.path, 'args'])
        : has('command')
          ? kc.workload.resource.at([...kc.path, 'command'])
          : kc.at;
      yield {
        messageId: 'missing',
        data: { container: kc.name, image: kc.image.raw, given },
        at,
        resource: kc.workload.resource,
      };
    }
  },
});
