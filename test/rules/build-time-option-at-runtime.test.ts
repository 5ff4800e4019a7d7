import { ruleTester } from '../helpers/rule-tester.js';

const FIX = 'when the image is built (kc.sh build, or a KC_ variable before the RUN kc.sh build';
const OFFICIAL = 'starts the official image with --optimized, and that image was built with';

ruleTester('build-time-option-at-runtime', {
  valid: ['valid.not_optimized_or_unknowable.yaml', 'valid.operator_cr_not_optimized.yaml'],
  invalid: [
    {
      fixture: 'invalid.operator_cr_official_image.yaml',
      // The operator's own default (at `spec`) and the CR's db vendor both differ from the
      // stock build; the fix edits the CR. Keycloak 26 does not start with them: errors.
      findings: [
        {
          severity: 'error',
          line: 8,
          column: 1,
          message: "The operator's default health-enabled=true sets the build-time option",
          fix: 'Set spec.startOptimized: false',
          resource: 'Keycloak/fires-keycloak',
        },
        {
          severity: 'error',
          line: 12,
          column: 13,
          endColumn: 21,
          message: 'spec.db.vendor=postgres sets the build-time option db at run time',
          fix: 'Set spec.startOptimized: false',
          resource: 'Keycloak/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.cache_stack_on_custom_image_23.yaml',
      findings: [
        {
          line: 27,
          column: 22,
          endLine: 27,
          endColumn: 32,
          severity: 'warning',
          message:
            'KC_CACHE_STACK=kubernetes sets the build-time option cache-stack at run time, but ' +
            'container keycloak starts with --optimized: Keycloak 23.0.7 keeps the value the ' +
            'image was built with and ignores this one when they differ (it only warns in the log).',
          fix: `Set cache-stack ${FIX}`,
          resource: 'StatefulSet/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.official_image_on_26_0.yaml',
      // One replica: the rule runs at any count; 26.0 refuses to start.
      findings: [
        {
          severity: 'error',
          line: 23,
          column: 22,
          endColumn: 28,
          message: `KC_HEALTH_ENABLED=true sets the build-time option health-enabled at run time, but container keycloak ${OFFICIAL} health-enabled=false: Keycloak 26.0.7 refuses to start`,
          fix: `Set health-enabled ${FIX}`,
          resource: 'Deployment/fires-keycloak',
        },
        {
          severity: 'error',
          line: 25,
          column: 22,
          endColumn: 30,
          message: `KC_DB=postgres sets the build-time option db at run time, but container keycloak ${OFFICIAL} db=dev-file: Keycloak 26.0.7 refuses to start`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.official_image_on_24.yaml',
      // KC_METRICS_ENABLED=false is the default the image was built with: not reported.
      findings: [
        {
          line: 24,
          column: 22,
          endColumn: 32,
          message: `${OFFICIAL} no cache-stack: Keycloak 24.0.5 keeps that and ignores the value kubernetes (it only warns in the log).`,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.argument_and_unknown_version.yaml',
      findings: [
        {
          severity: 'error',
          line: 20,
          column: 48,
          endColumn: 56,
          message:
            '--db=postgres passes the build-time option db to start --optimized; Keycloak ' +
            "25.0.6 rejects it (\"Build time option: '--db' not usable with pre-built image " +
            'and --optimized") and does not start.',
          resource: 'Deployment/fires-argument',
        },
        {
          line: 42,
          column: 22,
          endColumn: 28,
          message: `${OFFICIAL} metrics-enabled=false: Keycloak (version unknown) either ignores the value true (up to 25) or refuses to start (26 and later).`,
          resource: 'Deployment/fires-unknown',
        },
      ],
    },
  ],
});
