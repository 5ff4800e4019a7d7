import { defineRule } from '../src/engine/rule.js';
import { keycloakVersionText, settingText } from '../src/model/describe.js';
import { httpsConfigured } from '../src/model/http.js';
import {
  healthInterface,
  isHealthPath,
  managementHealthPath,
  managementPort,
  portOption,
  probesOf,
} from '../src/model/probes.js';
import { quarkusKeycloak } from '../src/model/query.js';
import { isTrue } from '../src/model/setting.js';
import type { KeycloakContainer } from '../src/model/types.js';
import { atLeast } from '../src/model/version.js';

/** The main port that serves health up to 24 (facts §9): HTTP when enabled, else HTTPS. */
function mainPortText(kc: KeycloakContainer): string {
  const http = kc.option('http-enabled');
  const httpOn =
    isTrue(http) ||
    (!http && kc.mode.kind === 'start-dev') ||
    (!http && kc.option('proxy')?.value?.trim().toLowerCase() === 'edge');
  const httpPort = portOption(kc, 'http-port', 8080).port;
  const httpsPort = portOption(kc, 'https-port', 8443).port;
  if (httpOn && httpPort !== undefined) return `the HTTP port ${httpPort}`;
  if (http?.value?.trim().toLowerCase() === 'false' && httpsPort !== undefined)
    return `the HTTPS port ${httpsPort} (scheme HTTPS)`;
  const https = httpsPort ?? 'https-port';
  return `the HTTP port (${httpPort ?? 'http-port'}, or ${https} with scheme HTTPS when only HTTPS is on)`;
}

export default defineRule({
  id: 'health-probe-wrong-port',
  meta: {
    severity: 'error',
    category: 'health',
    summary: 'Probe /health on the port that serves it for the Keycloak version',
    rationale:
      'From Keycloak 25, `/health` and `/metrics` are served on the management interface, port ' +
      '9000 (`http-management-port`), and no longer on the HTTP(S) port: a probe of ' +
      '`:8080/health/ready` answers 404, the pod never becomes ready or is restarted in a loop. ' +
      'Only `legacy-observability-interface=true` or `http-management-health-enabled=false` ' +
      'keep health on the main port. Up to 24 it is the other way round: health is served on ' +
      'the HTTP(S) port and nothing listens on 9000.',
    fix: 'Probe {{managementPath}} on the management port {{port}}.',
    fixes: {
      https:
        'Probe {{managementPath}} on the management port {{port}} with scheme HTTPS: the ' +
        'management interface uses HTTPS when the server has a certificate.',
      before25: 'Probe {{main}} instead of 9000: {{version}} serves /health there.',
    },
    messages: {
      notManagement:
        'The {{probe}} of container {{container}} probes {{path}} on port {{probePort}}, but ' +
        '{{version}} serves /health only on the management port {{port}}, so the probe fails.',
      noManagement:
        'The {{probe}} of container {{container}} probes port 9000, but {{version}} has no ' +
        'management interface: nothing listens there, so the probe fails.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'A probe whose port name is not among the container ports, or whose port option cannot ' +
        'be read, is not checked.',
    ],
    references: [
      '[Configuring the management interface]' +
        '(https://www.keycloak.org/server/management-interface)',
      '[Enabling health checks](https://www.keycloak.org/observability/health)',
      '[Keycloak 25 upgrading guide: management port](https://www.keycloak.org/docs/latest/' +
        'upgrading/index.html#management-port-for-metrics-and-health-endpoints)',
    ],
  },
  *check(model) {
    for (const kc of quarkusKeycloak(model)) {
      const version = kc.version;
      if (!version) continue;
      const resource = kc.workload.resource;
      if (atLeast(version, 25)) {
        const served = healthInterface(kc);
        if (served?.where !== 'management') continue;
        const { port, setting } = managementPort(kc);
        if (port === undefined) continue;
        const https =
          httpsConfigured(kc) === true &&
          kc.option('http-management-scheme')?.value?.trim().toLowerCase() !== 'http';
        for (const probe of probesOf(kc)) {
          if (probe.handler !== 'httpGet' || probe.port === undefined) continue;
          if (!isHealthPath(kc, probe.httpPath) || probe.port === port) continue;
          yield {
            messageId: 'notManagement',
            data: {
              probe: probe.kind,
              container: kc.name,
              path: probe.httpPath ?? '',
              probePort:
                probe.portText === String(probe.port)
                  ? probe.portText
                  : `${probe.portText} (${probe.port})`,
              version: keycloakVersionText(kc),
              port: setting ? `${port} (${settingText(setting, 'http-management-port')})` : port,
              managementPath: managementHealthPath(kc, probe.httpPath ?? '/health'),
            },
            at: probe.portAt,
            resource,
            fixId: https && probe.scheme !== 'HTTPS' ? 'https' : 'default',
          };
        }
      } else {
        const httpPort = portOption(kc, 'http-port', 8080).port;
        const httpsPort = portOption(kc, 'https-port', 8443).port;
        // Keycloak itself may listen on 9000 when a port option says so.
        if (httpPort === undefined || httpsPort === undefined) continue;
        if (httpPort === 9000 || httpsPort === 9000) continue;
        for (const probe of probesOf(kc)) {
          if (probe.port !== 9000) continue;
          yield {
            messageId: 'noManagement',
            data: {
              probe: probe.kind,
              container: kc.name,
              version: keycloakVersionText(kc),
              main: mainPortText(kc),
            },
            at: probe.portAt,
            resource,
            fixId: 'before25',
          };
        }
      }
    }
  },
});
