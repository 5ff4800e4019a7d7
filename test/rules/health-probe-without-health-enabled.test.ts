import { ruleTester } from '../helpers/rule-tester.js';

const UNSET =
  'but health-enabled is not set, and its default is false: Keycloak does not serve /health ' +
  'and the probe fails.';
const FIX = /^Set KC_HEALTH_ENABLED=true; it is a build-time option/;

ruleTester('health-probe-without-health-enabled', {
  valid: [
    'valid.enabled.yaml',
    'valid.bitnami_enabled.yaml',
    'valid.optimized_custom_image.yaml',
    'valid.unknown_value.yaml',
    'valid.realm_probe.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.unset_on_26.yaml',
      // At each probe's path.
      findings: [
        {
          line: 31,
          column: 21,
          endColumn: 34,
          message: `The readinessProbe of container keycloak probes /health/ready, ${UNSET}`,
          fix: FIX,
          resource: 'StatefulSet/fires-keycloak',
        },
        {
          line: 35,
          column: 21,
          endColumn: 33,
          message: `The livenessProbe of container keycloak probes /health/live, ${UNSET}`,
        },
      ],
    },
    {
      fixture: 'invalid.false_on_24.yaml',
      findings: [
        {
          line: 32,
          column: 21,
          message:
            'probes /health/ready, but KC_HEALTH_ENABLED=false turns the health endpoints off, ' +
            'so the probe fails.',
          fix: FIX,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.optimized_official_unknown_version.yaml',
      findings: [
        {
          line: 30,
          column: 21,
          message: `The startupProbe of container keycloak probes /health/started, ${UNSET}`,
        },
      ],
    },
    {
      fixture: 'invalid.bitnami_default.yaml',
      findings: [{ line: 27, column: 21, message: UNSET, fix: FIX }],
    },
  ],
});
