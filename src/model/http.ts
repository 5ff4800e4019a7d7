// How a Keycloak container sits behind a reverse proxy and names itself: features, the
// hostname generation in effect, TLS at the Ingress, and what speaks HTTP to Keycloak
// (facts §8 proxy and hostname, §1.5 build-time options).
import type { Location } from '../load/source.js';
import { CONF_DIR } from './facts.js';
import { resolvePort } from './probes.js';
import { asArray, asObject, asString, type JsonObject, valueAt } from './resource.js';
import type { Setting } from './setting.js';
import type { Backend, IngressView, KeycloakContainer, Model } from './types.js';
import { atLeast } from './version.js';

/** Hostname v1 options that hostname v2 (25+) no longer has (facts §8.2, §8.3). */
export const HOSTNAME_V1_OPTIONS: readonly string[] = [
  'hostname-url',
  'hostname-admin-url',
  'hostname-path',
  'hostname-port',
  'hostname-strict-https',
  'hostname-strict-backchannel',
];

/** `--features` / `KC_FEATURES` items, lower-cased; undefined when the value is unknown. */
export function featureList(setting: Setting | undefined): string[] | undefined {
  if (!setting) return [];
  if (setting.value === undefined) return undefined;
  return setting.value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
}

/**
 * Whether the hostname v1 options are in effect: always up to 24, never from 26.0, and on 25
 * only with the `hostname:v1` feature. Undefined when it cannot be told: an unknown version,
 * a `features` value the linter cannot read, or, on 25, an `--optimized` start of an image
 * that is not an official one (features are build-time, so the build decides).
 */
export function hostnameV1(kc: KeycloakContainer): boolean | undefined {
  const version = kc.version;
  if (!version) return undefined;
  if (!atLeast(version, 25)) return true;
  if (atLeast(version, 26)) return false;
  const enabled = featureList(kc.option('features'));
  const disabled = featureList(kc.option('features-disabled'));
  if (enabled === undefined || disabled === undefined) return undefined;
  if (disabled.some((f) => f === 'hostname' || f === 'hostname:v1')) return false;
  if (enabled.includes('hostname:v1')) return true;
  if (kc.optimized && !kc.official && !kc.options.has('features')) return undefined;
  return false;
}

/** Whether a setting was given on kc.sh's command line (argv), not env or keycloak.conf. */
export function fromCommandLine(setting: Setting): boolean {
  return setting.origin.startsWith('--');
}

/** How a fix names an option for the way this container sets its options. */
export function optionForm(option: string, like?: Setting): string {
  if (like && fromCommandLine(like)) return `--${option}`;
  if (like?.origin === 'keycloak.conf') return option;
  return `KC_${option.toUpperCase().replace(/-/g, '_')}`;
}

/** The location where a missing option would be added: the container's env list. */
export function envLocation(kc: KeycloakContainer): Location {
  return kc.workload.resource.at([...kc.path, 'env']);
}

export type Termination = 'terminates' | 'passthrough' | 'none';

const PASSTHROUGH_KEYS = [
  'nginx.ingress.kubernetes.io/ssl-passthrough',
  'haproxy.org/ssl-passthrough',
  'ingress.kubernetes.io/ssl-passthrough',
];

/** Whether the Ingress ends TLS itself (a `tls` section without a passthrough annotation). */
export function termination(view: IngressView): Termination {
  const annotations = view.resource.annotations;
  if (PASSTHROUGH_KEYS.some((k) => annotations[k]?.trim().toLowerCase() === 'true'))
    return 'passthrough';
  return view.tls ? 'terminates' : 'none';
}

/** The Ingresses in front of a container's workload. */
export function ingressesOf(model: Model, kc: KeycloakContainer): IngressView[] {
  return model.ingresses.filter((view) => view.keycloak.includes(kc.workload));
}

/** The backends of an Ingress that reach the container's workload. */
export function backendsTo(view: IngressView, kc: KeycloakContainer): Backend[] {
  return view.backends.filter((b) => b.workloads.includes(kc.workload));
}

/** The Service port a backend names. */
function servicePortOf(backend: Backend): JsonObject | undefined {
  const service = backend.service;
  if (!service) return undefined;
  return asArray(service.spec.ports)
    .map((p) => asObject(p))
    .find(
      (p) =>
        p !== undefined &&
        ((backend.port.number !== undefined && p.port === backend.port.number) ||
          (backend.port.name !== undefined && p.name === backend.port.name)),
    );
}

/** The container port a backend reaches through its Service, when it can be told. */
export function backendContainerPort(backend: Backend, kc: KeycloakContainer): number | undefined {
  const port = servicePortOf(backend);
  if (!port) return undefined;
  return resolvePort(kc, port.targetPort ?? port.port);
}

/** A port option's value, its default when absent, undefined when unreadable. */
function portValue(kc: KeycloakContainer, name: string, fallback: number): number | undefined {
  const setting = kc.option(name);
  if (!setting) return fallback;
  const value = setting.value?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

const HTTP_DEFAULT: ReadonlySet<string> = new Set([
  'ingress-nginx',
  'nginx-inc',
  'traefik',
  'haproxy',
  'alb',
  'gce',
]);

function isHttpsValue(value: string | undefined): boolean {
  return value !== undefined && /https|grpcs/i.test(value);
}

/**
 * What a backend of the Ingress speaks to Keycloak: `http`, `https` (or another protocol
 * the controller was told to use), or undefined when it cannot be told. Every controller
 * family the linter knows speaks plain HTTP to its backends unless an annotation, a Service
 * port name or `appProtocol` says otherwise; for other controllers, HTTP is assumed only
 * when the backend reaches Keycloak's HTTP port.
 */
export function backendProtocol(
  view: IngressView,
  backend: Backend,
  kc: KeycloakContainer,
): 'http' | 'https' | undefined {
  const ingress = view.resource.annotations;
  const nginx = ingress['nginx.ingress.kubernetes.io/backend-protocol']?.trim().toUpperCase();
  if (nginx === 'HTTPS' || nginx === 'GRPCS') return 'https';
  // GRPC and FCGI are plaintext, but not HTTP/1: nothing to say about Keycloak's HTTP port.
  if (nginx !== undefined && nginx !== 'HTTP' && nginx !== 'AUTO_HTTP') return undefined;
  if (isHttpsValue(ingress['alb.ingress.kubernetes.io/backend-protocol'])) return 'https';
  if (ingress['haproxy.org/server-ssl']?.trim().toLowerCase() === 'true') return 'https';
  const nginxIncSsl = ingress['nginx.org/ssl-services'];
  if (nginxIncSsl?.split(',').some((s) => s.trim() === backend.serviceName)) return 'https';

  const service = backend.service;
  const port = servicePortOf(backend);
  if (service) {
    const a = service.annotations;
    if (isHttpsValue(a['traefik.ingress.kubernetes.io/service.serversscheme'])) return 'https';
    if (a['haproxy.org/server-ssl']?.trim().toLowerCase() === 'true') return 'https';
    if (isHttpsValue(a['alb.ingress.kubernetes.io/backend-protocol'])) return 'https';
    for (const key of [
      'cloud.google.com/app-protocols',
      'service.alpha.kubernetes.io/app-protocols',
    ])
      if (isHttpsValue(a[key])) return 'https';
  }
  if (port && isHttpsValue(asString(port.appProtocol))) return 'https';
  // Traefik speaks HTTPS to a port named https* or to port 443; ingress-nginx and the other
  // controllers that default to HTTP go by their annotations, whatever the port is called.
  const byPortName =
    view.controller === undefined ||
    view.controller === 'traefik' ||
    !HTTP_DEFAULT.has(view.controller);
  if (byPortName) {
    if (port && (/^https/i.test(asString(port.name) ?? '') || port.port === 443)) return 'https';
    if (backend.port.name !== undefined && /^https/i.test(backend.port.name)) return 'https';
  }

  const target = backendContainerPort(backend, kc);
  const httpsPort = portValue(kc, 'https-port', 8443);
  const httpPort = portValue(kc, 'http-port', 8080);
  if (target !== undefined && target === httpsPort) return 'https';
  if (view.controller && HTTP_DEFAULT.has(view.controller)) return 'http';
  if (target !== undefined && target === httpPort) return 'http';
  return undefined;
}

/** Options that give Keycloak an HTTPS certificate (facts §8.1). */
const HTTPS_KEY_OPTIONS = [
  'https-certificate-file',
  'https-certificate-key-file',
  'https-key-store-file',
];

/**
 * Whether HTTPS key material is configured: an option naming a certificate or key store, or
 * a volume mounted where Keycloak looks for its default `conf/server.keystore`. Undefined when
 * an option that could configure it cannot be read.
 */
export function httpsConfigured(kc: KeycloakContainer): boolean | undefined {
  let unknown = false;
  for (const name of HTTPS_KEY_OPTIONS) {
    const setting = kc.option(name);
    if (!setting) continue;
    if (setting.value === undefined) unknown = true;
    else if (setting.value.trim() !== '') return true;
  }
  const conf = CONF_DIR[kc.distribution];
  const mounts = asArray(valueAt(kc.workload.resource.value, [...kc.path, 'volumeMounts']));
  for (const raw of mounts) {
    const mountPath = asString(asObject(raw)?.mountPath)?.replace(/\/+$/, '');
    if (mountPath === undefined) continue;
    if (mountPath === conf || mountPath === `${conf}/server.keystore`) return true;
    if (conf.startsWith(`${mountPath}/`)) return true;
  }
  return unknown ? undefined : false;
}
