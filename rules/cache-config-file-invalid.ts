import type { RelatedDraft } from '../src/engine/rule.js';
import { defineRule } from '../src/engine/rule.js';
import { cacheConfigFile } from '../src/model/cluster.js';
import { settingText } from '../src/model/describe.js';
import { CONF_DIR } from '../src/model/facts.js';
import { clusteredKeycloak } from '../src/model/query.js';

export default defineRule({
  id: 'cache-config-file-invalid',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Check that cache-config-file names an Infinispan XML file under conf/',
    rationale:
      '`cache-config-file` is a path relative to the `conf/` directory of the distribution ' +
      '(`/opt/keycloak/conf`), naming an Infinispan XML file. An absolute path, a path that ' +
      'starts with `conf/` again, or a file that is not there stops Keycloak at startup ' +
      '("Cache config file ... does not exist in the conf directory"). In Kubernetes the file ' +
      'usually comes from a ConfigMap mounted into `conf/`, either as the whole directory or as ' +
      'one key with `subPath`.',
    fix:
      'Point cache-config-file at an Infinispan XML file relative to conf/ ({{example}}), and ' +
      'mount the ConfigMap key that holds it at {{confDir}}/<file> (subPath) or mount the ' +
      'ConfigMap as a directory under conf/.',
    messages: {
      absolute:
        '{{setting}} is an absolute path; Keycloak reads cache-config-file relative to ' +
        '{{confDir}}, so it looks for {{confDir}}{{value}}, which does not exist.',
      confPrefix:
        '{{setting}} starts with conf/, but the path is already relative to {{confDir}}: ' +
        'Keycloak looks for {{confDir}}/{{value}}, where nothing is mounted.',
      notXml:
        '{{setting}} does not name an XML file; cache-config-file expects an Infinispan XML ' +
        'file under {{confDir}}.',
      notProvided:
        '{{setting}} names {{confDir}}/{{value}}, but {{why}}; Keycloak stops at startup ' +
        'because the cache configuration file does not exist.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ConfigMap'],
    versions: '17 and later',
    limitations: [
      'A file that is not mounted at all is reported only for official images: a custom image ' +
        'may have copied it into conf/ at build time. A ConfigMap or Secret that is not in the ' +
        'linted files is trusted to hold the file.',
      'Like the other cluster-formation rules, it runs on clustered workloads only, although ' +
        'Keycloak checks that the file exists at any replica count.',
    ],
    references: [
      '[Configuring distributed caches](https://www.keycloak.org/server/caching)',
      '[Configure a Pod to use a ConfigMap](https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#add-configmap-data-to-a-volume)',
    ],
  },
  *check(model) {
    for (const kc of clusteredKeycloak(model)) {
      const view = cacheConfigFile(kc, model.index);
      if (!view?.file) continue;
      const confDir = CONF_DIR[kc.distribution];
      const data = {
        setting: settingText(view.setting, 'cache-config-file'),
        value: view.file,
        confDir,
        example: 'cache-ispn-custom.xml',
        why: '',
      };
      const finding = (messageId: string, related: RelatedDraft[] = []) => ({
        messageId,
        data,
        at: view.setting.at,
        resource: kc.workload.resource,
        related,
      });
      if (view.file.startsWith('/')) {
        yield finding('absolute');
        continue;
      }
      const { found } = view;
      if (/^(\.\/)?conf\//.test(view.file) && !found.mounted) {
        yield finding('confPrefix');
        continue;
      }
      if (!/\.xml$/i.test(view.file)) {
        yield finding('notXml');
        continue;
      }
      if (found.text !== undefined) continue;
      if (found.missing) {
        data.why = `${found.unreadable ?? 'the volume mounted there does not provide it'}`;
        const related: RelatedDraft[] = [];
        if (found.mountAt)
          related.push({
            at: found.mountAt,
            resource: kc.workload.resource,
            message: 'the volume mounted over that path',
          });
        yield finding('notProvided', related);
      } else if (!found.mounted && kc.official && !view.shipped) {
        data.why = `no volume is mounted there and the official image ${kc.image.raw} has no such file`;
        yield finding('notProvided');
      }
    }
  },
});
