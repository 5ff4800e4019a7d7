import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { hostnameV1, optionForm } from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { shownValue } from '../src/model/setting.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'hostname-admin-not-url',
  meta: {
    severity: 'error',
    category: 'hostname',
    summary: 'Give hostname-admin as a full URL on Keycloak 25 and later',
    rationale:
      'In hostname v1 (up to 24), `hostname-admin` was a bare host name. Hostname v2 (25 and ' +
      'later, unless 25 runs with the `hostname:v1` feature) requires a full URL with scheme, ' +
      'such as `https://admin.example.com`; Keycloak rejects a bare host name and does not ' +
      'start. Manifests carried over from 24 keep the old form.',
    fix: 'Set {{option}} to a full URL: {{example}}.',
    fixes: {
      operator: 'Set spec.hostname.admin to a full URL: {{example}}.',
    },
    messages: {
      bare:
        '{{setting}} is not a full URL: {{version}} uses hostname v2, where hostname-admin must ' +
        'include the scheme (https://...), so Keycloak does not start.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '25 and later',
    limitations: [
      'On 25, an --optimized start of an image that is not an official one is skipped unless ' +
        'features are set in the manifest: the image may have been built with hostname:v1.',
    ],
    references: [
      '[Configuring the hostname (v2)](https://www.keycloak.org/server/hostname)',
      '[Keycloak 25 upgrading guide: new hostname options](https://www.keycloak.org/docs/latest/upgrading/index.html#new-hostname-options)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (!kc.version || !atLeast(kc.version, 25) || hostnameV1(kc) !== false) continue;
      const setting = kc.options.get('hostname-admin');
      const value = setting?.value?.trim();
      // An unreadable value could be a URL: never guessed.
      if (!setting || value === undefined || value === '') continue;
      if (/^https?:\/\/[^/\s]+/i.test(value)) continue;
      const secret = setting.from?.startsWith('Secret ');
      yield {
        messageId: 'bare',
        data: {
          setting: settingText(setting, 'hostname-admin'),
          version: keycloakVersionText(kc),
          // Bitnami's own variable is fixed where it is written.
          option: setting.origin.startsWith('KEYCLOAK_')
            ? setting.origin
            : optionForm('hostname-admin', setting),
          example: secret
            ? 'https://<admin host>'
            : `https://${shownValue(setting).replace(/^\/+/, '')}`,
        },
        at: setting.at,
        resource: kc.workload.resource,
      };
    }
  },
});
