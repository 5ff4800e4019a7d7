import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'proxy-option-obsolete',
  meta: {
    severity: 'error',
    category: 'proxy',
    summary: 'Replace the proxy option, deprecated in Keycloak 24 and removed in 26.0',
    rationale:
      'Up to 23, `proxy` (edge, reencrypt, passthrough, none) told Keycloak how it sits behind a ' +
      'reverse proxy. Keycloak 24 deprecates it in favour of `proxy-headers` (forwarded or ' +
      'xforwarded) plus `http-enabled` where TLS ends at the proxy, and 26.0 removes it: a ' +
      'leftover KC_PROXY no longer makes Keycloak read the forwarded headers, so it builds wrong ' +
      'URLs and rejects requests behind the proxy.',
    fix: 'Remove the proxy option.',
    fixes: {
      edge:
        'Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends) ' +
        'and {{http}}=true.',
      reencrypt:
        'Replace it with {{headers}}=xforwarded (or forwarded, matching what the proxy sends).',
      passthrough:
        'Remove it: with TLS passthrough the proxy adds no forwarded headers for Keycloak to read.',
      operator:
        'Remove proxy from additionalOptions; where the proxy sends forwarded headers (edge or ' +
        'reencrypt), set spec.proxy.headers to xforwarded or forwarded, and for edge also ' +
        'spec.http.httpEnabled: true.',
    },
    messages: {
      removed:
        '{{setting}}: the proxy option no longer exists in {{version}} (it was removed in ' +
        '26.0), so it does not make Keycloak read the forwarded headers of the proxy.',
      deprecated:
        '{{setting}}: the proxy option is deprecated since Keycloak 24 and removed in 26.0 ' +
        '({{version}} still reads it).',
    },
    graded: 'warning on Keycloak 24 and 25, error from 26.0.',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '24 and later',
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const setting = kc.options.get('proxy');
      // Set at all is enough: whatever its value, the option is deprecated or gone.
      if (!setting || !kc.version || !atLeast(kc.version, 24)) continue;
      const removed = atLeast(kc.version, 26);
      const value = setting.value?.trim().toLowerCase() ?? '';
      const cli = setting.origin.startsWith('--');
      const env = setting.origin.startsWith('KC_');
      yield {
        messageId: removed ? 'removed' : 'deprecated',
        data: {
          setting: settingText(setting, 'proxy'),
          version: keycloakVersionText(kc),
          headers: cli ? '--proxy-headers' : env ? 'KC_PROXY_HEADERS' : 'proxy-headers',
          http: cli ? '--http-enabled' : env ? 'KC_HTTP_ENABLED' : 'http-enabled',
        },
        at: setting.at,
        resource: kc.workload.resource,
        severity: removed ? 'error' : 'warning',
        fixId: ['edge', 'reencrypt', 'passthrough'].includes(value) ? value : 'default',
      };
    }
  },
});
