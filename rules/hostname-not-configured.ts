import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { envLocation, hostnameV1 } from '../src/model/http.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'hostname-not-configured',
  meta: {
    severity: 'error',
    category: 'hostname',
    summary: 'Set a hostname (or hostname-strict=false) for production start',
    rationale:
      '`hostname-strict` defaults to true, and in production mode (`start`) Keycloak then ' +
      'refuses to start without a configured hostname: "hostname is not configured; either ' +
      'configure hostname, or set hostname-strict to false" from 25 (hostname v2), "Strict ' +
      'hostname resolution configured but no hostname setting provided" up to 24 (hostname v1, ' +
      'where `hostname-url` also configures it). Development mode (`start-dev`) needs none.',
    fix:
      'Set KC_HOSTNAME to the public URL of Keycloak (https://sso.example.com), or ' +
      'KC_HOSTNAME_STRICT=false to let Keycloak take the host from each request.',
    fixes: {
      operator:
        'Set spec.hostname.hostname to the public host name of Keycloak, or spec.hostname.strict: ' +
        'false.',
      unknown:
        'Set KC_HOSTNAME to the public host name (from Keycloak 25 it may also be the full URL, ' +
        'https://sso.example.com), or KC_HOSTNAME_STRICT=false to let Keycloak take the host ' +
        'from each request.',
      v1:
        'Set KC_HOSTNAME to the public host name (or KC_HOSTNAME_URL to the public URL), or ' +
        'KC_HOSTNAME_STRICT=false to let Keycloak take the host from each request.',
    },
    messages: {
      missing:
        '{{workload}} runs {{version}} in production mode ({{mode}}) without a hostname and ' +
        'without hostname-strict=false, so Keycloak refuses to start.',
      v1Ignored:
        '{{workload}} runs {{version}} in production mode ({{mode}}) without a hostname and ' +
        'without hostname-strict=false ({{v1}} is a hostname v1 option this version does not ' +
        'read), so Keycloak refuses to start.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'Bitnami images set hostname-strict=false themselves; they are checked only when the ' +
        'manifest sets hostname-strict (KEYCLOAK_HOSTNAME_STRICT or KC_HOSTNAME_STRICT).',
      'A hostname set inside a custom image (an ENV line or a keycloak.conf baked in) is not ' +
        'visible in the manifest.',
      'Containers whose start command the linter cannot see (custom entrypoints) are not checked.',
    ],
    references: ['[Configuring the hostname](https://www.keycloak.org/server/hostname)'],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.mode.kind !== 'start') continue;
      const hostname = kc.option('hostname');
      if (hostname) continue;
      const strict = kc.option('hostname-strict');
      // Bitnami writes hostname-strict=false itself: from KEYCLOAK_HOSTNAME_STRICT on 26, as a
      // fixed value in its images up to 25 (a KC_* variable still wins over its keycloak.conf).
      if (kc.distribution === 'bitnami') {
        if (!strict) continue;
        const own = strict.origin.startsWith('KEYCLOAK_');
        if (own && !(kc.version && atLeast(kc.version, 26))) continue;
      }
      if (strict && strict.value?.trim().toLowerCase() !== 'true') continue;
      // hostname-url configures the hostname in v1 (22 to 24, and 25 with hostname:v1).
      const url = kc.option('hostname-url');
      const v1 = hostnameV1(kc);
      if (url) {
        if (v1 !== false) continue;
      }
      const v1Ignored = url !== undefined && v1 === false;
      yield {
        messageId: v1Ignored ? 'v1Ignored' : 'missing',
        data: {
          workload: `${kc.workload.resource.kind} ${kc.workload.resource.name}`,
          version: keycloakVersionText(kc),
          mode: kc.mode.command ?? 'start',
          v1: url ? settingText(url, 'hostname-url') : '',
        },
        at: envLocation(kc),
        resource: kc.workload.resource,
        fixId: !kc.version ? 'unknown' : !atLeast(kc.version, 25) ? 'v1' : 'default',
      };
    }
  },
});
