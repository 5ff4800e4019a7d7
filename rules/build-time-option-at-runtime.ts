import { defineRule } from '../src/engine/rule.js';
import { buildsInContainer, buildTimeOptions, isOfficialDefault } from '../src/model/build-time.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { atLeast } from '../src/model/version.js';

export default defineRule({
  id: 'build-time-option-at-runtime',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Report build-time options set at run time on a container started with --optimized',
    rationale:
      'Build-time options (`db`, `features`, `health-enabled`, `metrics-enabled`, and up to 24 ' +
      '`cache`, `cache-stack` and `cache-config-file`) are fixed when the image is built with ' +
      '`kc.sh build`. `start --optimized` skips the build step, so a value set in the ' +
      'container does not change them: up to 25 a value that differs from the build is ' +
      'ignored with a warning in ' +
      'the log (the classic case: `KC_CACHE_STACK=kubernetes` on 17 to 24 never takes ' +
      'effect, and the pods do not cluster); from 26.0 Keycloak refuses to start. As a kc.sh ' +
      'argument, a build-time option is rejected outright. Without `--optimized`, kc.sh ' +
      'builds first and the values apply.',
    fix:
      'Set {{option}} when the image is built (kc.sh build, or a KC_ variable before the RUN ' +
      'kc.sh build line of the Dockerfile) and remove it here, or drop --optimized so that ' +
      'kc.sh start builds with it first.',
    fixes: {
      operator:
        'Set spec.startOptimized: false (the operator adds --optimized whenever spec.image is ' +
        'set), or set spec.image to an image built with the {{option}} value this CR needs.',
    },
    messages: {
      ignored:
        '{{setting}} sets the build-time option {{option}} at run time, but container ' +
        '{{container}} starts with --optimized: {{version}} keeps the value the image was ' +
        'built with and ignores this one when they differ (it only warns in the log).',
      officialIgnored:
        '{{setting}} sets the build-time option {{option}} at run time, but container ' +
        '{{container}} starts the official image with --optimized, and that image was built ' +
        'with {{built}}: {{version}} keeps that and ignores the value {{value}} (it only warns ' +
        'in the log).',
      officialAborts:
        '{{setting}} sets the build-time option {{option}} at run time, but container ' +
        '{{container}} starts the official image with --optimized, and that image was built ' +
        'with {{built}}: {{version}} refuses to start when a build-time option differs from ' +
        'the built value.',
      officialUnknown:
        '{{setting}} sets the build-time option {{option}} at run time, but container ' +
        '{{container}} starts the official image with --optimized, and that image was built ' +
        'with {{built}}: {{version}} either ignores the value {{value}} (up to 25) or refuses ' +
        'to start (26 and later).',
      argument:
        '{{setting}} passes the build-time option {{option}} to start --optimized; {{version}} ' +
        "rejects it (\"Build time option: '--{{option}}' not usable with pre-built image and " +
        '--optimized") and does not start.',
    },
    graded:
      'error when the version in use does not start with it (a kc.sh argument from 22, a ' +
      'differing value on the official image from 26.0).',
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later (cache options: 17 to 24)',
    limitations: [
      'The linter cannot see how a custom image was built. On custom images it reports only ' +
        'the cache options on 17 to 24, whose runtime values never take effect; a runtime ' +
        '`db` or `health-enabled` that equals the built value is harmless, and one that ' +
        'differs cannot be told apart here. The official images are built with the ' +
        'defaults, so values that differ from a default are reported for every version.',
      'With an unknown version, only the official images are checked.',
      'Bitnami images are skipped: their entrypoint writes build-time options itself.',
      'A container whose script runs kc.sh build before start is not reported: that build ' +
        'persists the values.',
    ],
    references: [
      '[Configuring Keycloak: optimized startup](https://www.keycloak.org/server/configuration#_optimize_the_keycloak_startup)',
      '[Running Keycloak in a container](https://www.keycloak.org/server/containers)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const optimized = kc.optimized;
      if (!optimized || kc.mode.kind !== 'start' || kc.distribution === 'bitnami') continue;
      if (buildsInContainer(kc)) continue;
      const version = kc.version;
      for (const option of buildTimeOptions(version)) {
        const setting = kc.options.get(option.name);
        if (!setting || setting.value === undefined) continue;
        const data = {
          setting: settingText(setting, option.name),
          option: option.name,
          container: kc.name,
          version: keycloakVersionText(kc),
          value: setting.value.trim(),
          built:
            option.officialDefault === undefined
              ? `no ${option.name}`
              : `${option.name}=${option.officialDefault}`,
        };
        // Where Keycloak does not start at all, the finding is an error; where it ignores the
        // value, a warning. On a Keycloak CR both point at the CR's spec: no related then.
        const sameSpot = JSON.stringify(optimized.at) === JSON.stringify(setting.at);
        const finding = (messageId: string) => ({
          messageId,
          data,
          at: setting.at,
          resource: kc.workload.resource,
          ...(messageId === 'argument' || messageId === 'officialAborts'
            ? { severity: 'error' as const }
            : {}),
          ...(sameSpot ? {} : { related: [{ at: optimized.at, message: '--optimized' }] }),
        });
        if (setting.origin.startsWith('--')) {
          // The rejection is in the CLI parser of the versions the facts cover (22 and later).
          if (version && atLeast(version, 22)) yield finding('argument');
          continue;
        }
        if (kc.official) {
          if (isOfficialDefault(option, setting.value)) continue;
          if (!version) yield finding('officialUnknown');
          else yield finding(atLeast(version, 26) ? 'officialAborts' : 'officialIgnored');
        } else if (option.name.startsWith('cache')) {
          // Custom images: the classic case of cache options on 17 to 24 (the list holds
          // them only for those versions). Other options may match the build; unknowable.
          yield finding('ignored');
        }
      }
    }
  },
});
