import { defineRule } from '../src/engine/rule.js';
import { transportStackAt } from '../src/model/cluster.js';
import { settingText } from '../src/model/describe.js';
import { withTransport } from '../src/model/query.js';

export default defineRule({
  id: 'cache-stack-overrides-config-file',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Report a cache-stack option that overrides the stack of the cache XML',
    rationale:
      'When both `cache-stack` and a cache XML set the transport stack, the option wins: the ' +
      '`stack` attribute of `<transport>` in the file is ignored, and a stack the file defines ' +
      'itself (`<stack name="...">`, for example DNS_PING tuned by hand) is never used. The ' +
      'XML Keycloak loads is the one `cache-config-file` names and, from 26.1, also a ' +
      '`conf/cache-ispn.xml` mounted over the shipped one.',
    fix:
      'Make {{option}} and {{file}} agree: set stack="{{stack}}" in the file, or drop the ' +
      'option if the stack the file names is the one you want.',
    fixes: {
      customStack:
        'Drop {{option}} so that the {{xmlStack}} stack that {{file}} defines is used (or, if ' +
        'the {{stack}} stack is meant, name it in the transport of the file).',
      notXml:
        'Mount an Infinispan XML file as {{file}}, or drop cache-config-file; cache-stack ' +
        'alone selects a built-in stack.',
    },
    messages: {
      customStack:
        '{{option}} overrides stack="{{xmlStack}}" in {{file}}, so the stack {{xmlStack}} ' +
        'that the file defines is never used; Keycloak runs the {{stack}} stack instead.',
      otherStack:
        '{{option}} overrides stack="{{xmlStack}}" in {{file}}: Keycloak runs {{stack}}, not ' +
        'the stack the file names.',
      notXml:
        '{{option}} is set together with {{file}}, which holds no Infinispan XML document, ' +
        'so the file cannot define the transport (nor the caches).',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ConfigMap'],
    versions: '17 and later (a mounted conf/cache-ispn.xml: 26.1 and later)',
    limitations: [
      'A cache XML the linter cannot read (a ConfigMap outside the linted files, a file ' +
        'copied into a custom image) is not reported; a file that is not there at all is ' +
        'reported by `cache-config-file-invalid`.',
      "The distribution's own cache-ispn.xml is not a custom file: overriding its " +
        '`stack="udp"` (up to 26.0) with cache-stack is the documented way to choose a stack.',
    ],
    references: ['[Configuring distributed caches](https://www.keycloak.org/server/caching)'],
  },
  *check(model) {
    for (const kc of withTransport(model)) {
      const { stack } = kc.cluster;
      const xml = stack.xml;
      if (stack.source !== 'option' || !stack.setting || !stack.name) continue;
      if (!xml || xml.shipped || xml.ignored || xml.text === undefined) continue;
      const data = {
        option: settingText(stack.setting, 'cache-stack'),
        file: xml.file,
        stack: stack.name,
        xmlStack: xml.stack ?? '',
      };
      const related = xml.at ? [{ at: xml.at, message: `the cache XML ${xml.file}` }] : [];
      if (xml.unreadable) {
        yield {
          messageId: 'notXml',
          data,
          at: stack.setting.at,
          resource: kc.workload.resource,
          related,
          fixId: 'notXml',
        };
        continue;
      }
      if (!xml.stack || xml.stack === stack.name) continue;
      const attribute = transportStackAt(xml);
      const custom = xml.definedStacks.includes(xml.stack);
      yield {
        messageId: custom ? 'customStack' : 'otherStack',
        ...(custom ? { fixId: 'customStack' } : {}),
        data,
        at: stack.setting.at,
        resource: kc.workload.resource,
        related: attribute
          ? [{ at: attribute, message: `stack="${xml.stack}" in ${xml.file}` }]
          : [],
      };
    }
  },
});
