import { defineRule } from '../src/engine/rule.js';
import { settingText } from '../src/model/describe.js';
import { optionForm } from '../src/model/http.js';
import { isHealthPath, probesOf } from '../src/model/probes.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { isTrue } from '../src/model/setting.js';

export default defineRule({
  id: 'health-probe-without-health-enabled',
  meta: {
    severity: 'warning',
    category: 'health',
    summary: 'Enable the health endpoints that the probes call',
    rationale:
      'Keycloak serves `/health`, `/health/live` and `/health/ready` (and `/health/started`, ' +
      'documented in recent versions) only when `health-enabled` is true; it is false by ' +
      'default in every version. A probe of a ' +
      '`/health` path then gets 404 (or, from 25, a closed management port when metrics are ' +
      'off too), so the pod never becomes ready or is restarted. `health-enabled` is a ' +
      'build-time option: with `start --optimized` it has to be set when the image is built.',
    fix:
      'Set {{option}}=true; it is a build-time option, so with --optimized set it when building ' +
      'the image (kc.sh build --health-enabled=true).',
    messages: {
      unset:
        'The {{probe}} of container {{container}} probes {{path}}, but health-enabled is not ' +
        'set, and its default is false: Keycloak does not serve /health and the probe fails.',
      off:
        'The {{probe}} of container {{container}} probes {{path}}, but {{setting}} turns the ' +
        'health endpoints off, so the probe fails.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'An --optimized start of an image that is not an official one is skipped: health-enabled ' +
        'is build-time, so the image build decides.',
      'A KC_HEALTH_ENABLED set inside a custom image (an ENV line) is not visible in the manifest.',
    ],
    references: ['[Enabling health checks](https://www.keycloak.org/observability/health)'],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      if (kc.optimized && !kc.official) continue;
      const setting = kc.option('health-enabled');
      if (setting && (setting.value === undefined || isTrue(setting))) continue;
      for (const probe of probesOf(kc)) {
        if (probe.handler !== 'httpGet' || !isHealthPath(kc, probe.httpPath)) continue;
        yield {
          messageId: setting ? 'off' : 'unset',
          data: {
            probe: probe.kind,
            container: kc.name,
            path: probe.httpPath ?? '',
            setting: setting ? settingText(setting, 'health-enabled') : '',
            option: optionForm('health-enabled', setting),
          },
          at: probe.httpPathAt ?? probe.portAt,
          resource: kc.workload.resource,
        };
      }
    }
  },
});
