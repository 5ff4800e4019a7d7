import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, list, settingText } from '../src/model/describe.js';
import { ALL_STACKS, builtinStacks } from '../src/model/facts.js';
import { withTransport } from '../src/model/query.js';
import { atLeast, holdsFor } from '../src/model/version.js';
import { nearest } from '../src/util/nearest.js';

export default defineRule({
  id: 'unknown-cache-stack',
  meta: {
    severity: 'error',
    category: 'cluster-formation',
    summary: 'Require cache-stack to name a stack the Keycloak version has',
    rationale:
      'An unknown stack name stops Keycloak at startup ("No such JGroups stack", or an ' +
      'invalid-value error on 22 to 24). The built-in stacks are tcp, udp, kubernetes, ec2, ' +
      'azure and google; jdbc-ping and jdbc-ping-udp exist from 26.1. From 25, a cache XML may ' +
      'define stacks of its own.',
    fix: 'Use one of the stacks of {{version}}: {{valid}}.',
    messages: {
      unknown:
        '{{setting}} is not a stack of {{version}}{{suggestion}}, and no cache XML defines it; ' +
        'Keycloak refuses to start.',
      notBuiltin:
        '{{setting}} is not a stack of {{version}}{{suggestion}}; Keycloak refuses to start.',
      tooNew:
        '{{setting}}: the {{stack}} stack exists from Keycloak 26.1, and {{version}} does not ' +
        'have it; Keycloak refuses to start.',
      xmlTooOld:
        '{{setting}}: {{file}} defines the {{stack}} stack, but {{version}} accepts only its ' +
        'built-in stacks (stacks defined in a cache XML are accepted from Keycloak 25); ' +
        'Keycloak refuses to start.',
      xmlIgnored:
        '{{setting}}: the {{stack}} stack is defined in the mounted conf/cache-ispn.xml, which ' +
        '{{version}} reads only when cache-config-file names it; Keycloak refuses to start.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    versions: '17 and later',
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack } = kc.cluster;
      if (stack.source !== 'option' || !stack.name || !stack.setting) continue;
      const name = stack.name;
      const valid = kc.version ? builtinStacks(kc.version) : ALL_STACKS;
      if (valid.includes(name)) continue;
      const xml = stack.xml;
      // From 25 a loaded cache XML may define the stack; if it cannot be read, do not guess.
      const customAllowed = !holdsFor(kc.version, (v) => !atLeast(v, 25));
      if (
        customAllowed &&
        xml &&
        !xml.ignored &&
        (xml.unreadable || xml.definedStacks.includes(name))
      )
        continue;
      const definedInXml = xml?.definedStacks.includes(name) === true;
      const suggestion = nearest(name, valid);
      let messageId = customAllowed ? 'unknown' : 'notBuiltin';
      if (kc.version !== undefined && ALL_STACKS.includes(name)) messageId = 'tooNew';
      else if (definedInXml && xml?.ignored) messageId = 'xmlIgnored';
      else if (definedInXml) messageId = 'xmlTooOld';
      yield {
        messageId,
        data: {
          setting: settingText(stack.setting, 'cache-stack'),
          stack: name,
          version: keycloakVersionText(kc),
          valid: kc.version
            ? list([...valid])
            : 'tcp, udp, kubernetes, ec2, azure, google, and from 26.1 jdbc-ping and jdbc-ping-udp',
          suggestion: suggestion ? ` (did you mean ${suggestion}?)` : '',
          file: xml?.file ?? '',
        },
        at: stack.setting.at,
        resource: kc.workload.resource,
      };
    }
  },
});
