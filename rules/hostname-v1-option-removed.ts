import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { fromCommandLine, HOSTNAME_V1_OPTIONS, hostnameV1, optionForm } from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

// What replaces each v1 option in hostname v2 (facts §8.3, UPG-25.0).
const REPLACEMENT: Readonly<Record<string, string>> = {
  'hostname-url': 'url',
  'hostname-admin-url': 'adminUrl',
  'hostname-path': 'parts',
  'hostname-port': 'parts',
  'hostname-strict-https': 'strictHttps',
  'hostname-strict-backchannel': 'backchannel',
};

export default defineRule({
  id: 'hostname-v1-option-removed',
  meta: {
    severity: 'error',
    category: 'hostname',
    summary: 'Replace hostname v1 options, which Keycloak 25 disables and 26.0 removes',
    rationale:
      'Keycloak 25 replaced the hostname options with hostname v2: `hostname` takes a host name ' +
      'or a full URL, `hostname-admin` a full URL, and `hostname-url`, `hostname-admin-url`, ' +
      '`hostname-path`, `hostname-port`, `hostname-strict-https` and ' +
      '`hostname-strict-backchannel` are gone. On 25 they work only with the `hostname:v1` ' +
      'feature: without it, Keycloak refuses to start when one is given on the command line ' +
      '("Disabled option") and ignores one set through the environment or keycloak.conf. ' +
      'Keycloak 26.0 removed hostname v1 altogether, so the options are ignored or rejected ' +
      'whatever the features.',
    fix: 'Remove {{option}}: hostname v2 has no such option.',
    fixes: {
      url: 'Replace it with {{hostname}}=<the same URL> (hostname v2 takes the full URL).',
      adminUrl: 'Replace it with {{admin}}=<the same URL> (a full URL).',
      parts:
        'Fold the port and path into {{hostname}} as a full URL (https://host:port/path) and ' +
        'remove {{option}}.',
      strictHttps:
        'Remove it: hostname v2 takes the scheme from a full URL in {{hostname}} ' +
        '(https://host) or from the proxy headers.',
      backchannel:
        'Remove it; to keep back-channel requests on the URL they were sent to (what ' +
        'hostname-strict-backchannel=false did), set {{dynamic}}=true with a full URL in ' +
        '{{hostname}}.',
      backchannelStrict:
        'Remove it: hostname v2 already uses the configured hostname for back-channel requests ' +
        '(hostname-backchannel-dynamic defaults to false).',
    },
    messages: {
      removed:
        '{{setting}}: {{version}} has no hostname v1 options (removed in 26.0), so this one has ' +
        'no effect.',
      removedCli:
        '{{setting}}: {{version}} has no hostname v1 options (removed in 26.0) and rejects this ' +
        'one on the command line, so Keycloak does not start.',
      disabledCli:
        '{{setting}}: {{version}} refuses to start ("Disabled option") because hostname v1 ' +
        'options need the hostname:v1 feature, which is not enabled.',
      ignored:
        '{{setting}}: {{version}} ignores this hostname v1 option because the hostname:v1 ' +
        'feature is not enabled.',
    },
    graded:
      'error on 26.0 and later, and on 25 when the option is on the command line (startup ' +
      'fails); warning on 25 when it is set through the environment or keycloak.conf (ignored).',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '25 and later',
    limitations: [
      'On 25, an --optimized start of an image that is not an official one is skipped unless ' +
        'features are set in the manifest: the image may have been built with hostname:v1.',
    ],
    references: [
      '[Keycloak 25 upgrading guide: new hostname options](https://www.keycloak.org/docs/latest/upgrading/index.html#new-hostname-options)',
      '[Configuring the hostname (v2)](https://www.keycloak.org/server/hostname)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      if (!version || !atLeast(version, 25)) continue;
      // Undefined (features unreadable, or built into a custom image) is silence, not a guess.
      if (hostnameV1(kc) !== false) continue;
      const removed = atLeast(version, 26);
      for (const option of HOSTNAME_V1_OPTIONS) {
        const setting = kc.options.get(option);
        if (!setting || setting.value?.trim() === '') continue;
        const cli = fromCommandLine(setting);
        yield {
          messageId: removed ? (cli ? 'removedCli' : 'removed') : cli ? 'disabledCli' : 'ignored',
          data: {
            setting: settingText(setting, option),
            version: keycloakVersionText(kc),
            option: optionForm(option, setting),
            hostname: optionForm('hostname', setting),
            admin: optionForm('hostname-admin', setting),
            dynamic: optionForm('hostname-backchannel-dynamic', setting),
          },
          at: setting.at,
          resource: kc.workload.resource,
          severity: removed || cli ? 'error' : 'warning',
          fixId:
            option === 'hostname-strict-backchannel' &&
            setting.value?.trim().toLowerCase() === 'true'
              ? 'backchannelStrict'
              : (REPLACEMENT[option] ?? 'default'),
        };
      }
    }
  },
});
