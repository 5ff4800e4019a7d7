import { ruleTester } from '../helpers/rule-tester.js';

const ONLY_9000 = 'serves /health only on the management port 9000, so the probe fails.';

ruleTester('health-probe-wrong-port', {
  valid: [
    'valid.management_port_on_26.yaml',
    'valid.legacy_observability_on_25.yaml',
    'valid.management_health_disabled_on_26.yaml',
    'valid.http_port_on_24.yaml',
    'valid.unknown_version.yaml',
    'valid.unresolved_port_name_on_26.yaml',
    'valid.not_health_path_on_26.yaml',
    'valid.http_port_9000_on_23.yaml',
  ],
  invalid: [
    {
      fixture: 'invalid.http_port_on_26.yaml',
      findings: [
        {
          line: 34,
          column: 21,
          endColumn: 25,
          message:
            'The readinessProbe of container keycloak probes /health/ready on port 8080, but ' +
            `Keycloak 26.0.7 ${ONLY_9000}`,
          fix: /^Probe \/health\/ready on the management port 9000\.$/,
          resource: 'StatefulSet/fires-keycloak',
        },
        {
          line: 38,
          column: 21,
          message: 'The livenessProbe of container keycloak probes /health/live on port 8080',
          fix: /^Probe \/health\/live on the management port 9000\.$/,
        },
      ],
    },
    // The named port resolves through the container ports; the management path drops /auth.
    {
      fixture: 'invalid.management_relative_path_on_25.yaml',
      findings: [
        {
          line: 42,
          column: 21,
          endColumn: 25,
          message: `probes /auth/health/started on port http (8080), but Keycloak 25.0.6 ${ONLY_9000}`,
          fix: /^Probe \/health\/started on the management port 9000\.$/,
          resource: 'Deployment/fires-keycloak',
        },
      ],
    },
    {
      fixture: 'invalid.custom_management_port_on_26.yaml',
      findings: [
        {
          line: 35,
          column: 21,
          message:
            'probes /health/ready on port 9000, but Keycloak 26.2.5 serves /health only on the ' +
            'management port 9001 (KC_HTTP_MANAGEMENT_PORT=9001)',
          fix: 'Probe /health/ready on the management port 9001',
        },
      ],
    },
    {
      fixture: 'invalid.https_server_on_26.yaml',
      findings: [
        {
          line: 37,
          column: 21,
          message: `Keycloak 26.1.0 ${ONLY_9000}`,
          fix: 'Probe /health/ready on the management port 9000 with scheme HTTPS',
        },
      ],
    },
    {
      fixture: 'invalid.port_9000_on_24.yaml',
      findings: [
        {
          line: 33,
          column: 21,
          endColumn: 25,
          message:
            'The readinessProbe of container keycloak probes port 9000, but Keycloak 24.0.5 has ' +
            'no management interface: nothing listens there, so the probe fails.',
          fix: 'Probe the HTTP port 8080 instead of 9000: Keycloak 24.0.5 serves /health there.',
          resource: 'Deployment/fires-keycloak',
        },
        {
          line: 36,
          column: 21,
          message: 'The livenessProbe of container keycloak probes port 9000',
          fix: 'Probe the HTTP port 8080 instead of 9000',
        },
      ],
    },
  ],
});
