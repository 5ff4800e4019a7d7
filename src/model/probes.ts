// Probes of Keycloak containers with their ports resolved, and how Keycloak serves health
// (facts §9): on the main HTTP(S) port up to 24, on the management port from 25.
import type { Location, Path } from '../load/source.js';
import { asArray, asObject, asString, type Json, valueAt } from './resource.js';
import type { Setting } from './setting.js';
import { isTrue } from './setting.js';
import type { KeycloakContainer } from './types.js';

export type ProbeKind = 'readinessProbe' | 'livenessProbe' | 'startupProbe';

export const PROBE_KINDS: readonly ProbeKind[] = [
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
];

/** A probe of a Keycloak container whose handler reaches a port (httpGet or tcpSocket). */
export interface Probe {
  readonly kind: ProbeKind;
  readonly handler: 'httpGet' | 'tcpSocket';
  /** Path of the handler (`.../readinessProbe/httpGet`) inside the resource. */
  readonly path: Path;
  /** The port number, resolved through the container's named ports; undefined when unknown. */
  readonly port: number | undefined;
  /** The port as written (`http`, `8080`). */
  readonly portText: string;
  readonly portAt: Location;
  /** The HTTP path of an httpGet probe, query string removed. */
  readonly httpPath: string | undefined;
  readonly httpPathAt: Location | undefined;
  /** `HTTP` or `HTTPS`. */
  readonly scheme: string;
}

/** The container's `ports` by name. */
export function namedPorts(kc: KeycloakContainer): Map<string, number> {
  const out = new Map<string, number>();
  for (const raw of asArray(valueAt(kc.workload.resource.value, [...kc.path, 'ports']))) {
    const port = asObject(raw);
    const name = asString(port?.name);
    if (name !== undefined && typeof port?.containerPort === 'number')
      out.set(name, port.containerPort);
  }
  return out;
}

/** A port written as a number or a name (IntOrString), resolved through the container's ports. */
export function resolvePort(kc: KeycloakContainer, value: Json | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  return namedPorts(kc).get(value);
}

/** The httpGet and tcpSocket probes of a Keycloak container. */
export function probesOf(kc: KeycloakContainer): Probe[] {
  const resource = kc.workload.resource;
  const out: Probe[] = [];
  for (const kind of PROBE_KINDS) {
    const probe = asObject(valueAt(resource.value, [...kc.path, kind]));
    if (!probe) continue;
    for (const handler of ['httpGet', 'tcpSocket'] as const) {
      const action = asObject(probe[handler]);
      if (!action) continue;
      const path: Path = [...kc.path, kind, handler];
      const rawPath = handler === 'httpGet' ? asString(action.path) : undefined;
      out.push({
        kind,
        handler,
        path,
        port: resolvePort(kc, action.port),
        portText: action.port === undefined ? '' : String(action.port),
        portAt: resource.at([...path, 'port']),
        httpPath: rawPath === undefined ? undefined : rawPath.split('?')[0],
        httpPathAt: rawPath === undefined ? undefined : resource.at([...path, 'path']),
        scheme: (asString(action.scheme) ?? 'HTTP').toUpperCase(),
      });
    }
  }
  return out;
}

/** `/auth/` → `/auth`; `/` and empty → `` (no prefix). */
function normalisePrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function startsWithHealth(path: string): boolean {
  return /^\/health(\/|$)/.test(path);
}

/**
 * Whether an HTTP path is one of Keycloak's `/health` endpoints: it starts with `/health`
 * after the `http-relative-path` or (from 25) `http-management-relative-path` prefix. When a
 * prefix cannot be read, a path that ends in `/health`, `/health/live`, `/health/ready` or
 * `/health/started` counts, since no other Keycloak endpoint looks like that.
 */
export function isHealthPath(kc: KeycloakContainer, path: string | undefined): boolean {
  if (path === undefined) return false;
  const normalised = path.startsWith('/') ? path : `/${path}`;
  const relative = kc.option('http-relative-path');
  const management = kc.option('http-management-relative-path');
  const prefixes: (string | undefined)[] = [relative ? relative.value : '/'];
  // The management interface and its own prefix exist from 25.
  if (!kc.version || kc.version.major >= 25)
    prefixes.push(management ? management.value : relative ? relative.value : '/');
  if (prefixes.some((p) => p === undefined))
    return /\/health(\/(live|ready|started))?\/?$/.test(normalised);
  return prefixes.some((p) => {
    const prefix = normalisePrefix(p!);
    if (prefix === '') return startsWithHealth(normalised);
    return (
      (normalised === prefix || normalised.startsWith(`${prefix}/`)) &&
      startsWithHealth(normalised.slice(prefix.length))
    );
  });
}

/** A port option's number: the default when absent, undefined when it cannot be read. */
export function portOption(
  kc: KeycloakContainer,
  name: string,
  fallback: number,
): { port: number | undefined; setting: Setting | undefined } {
  const setting = kc.option(name);
  if (!setting) return { port: fallback, setting };
  const value = setting.value?.trim();
  return { port: value && /^\d+$/.test(value) ? Number(value) : undefined, setting };
}

/** The management port of 25+ (`http-management-port`, default 9000). */
export function managementPort(kc: KeycloakContainer): {
  port: number | undefined;
  setting: Setting | undefined;
} {
  return portOption(kc, 'http-management-port', 9000);
}

/**
 * How 25+ serves health: `management` on the management port, `main` on the HTTP(S) port
 * (`legacy-observability-interface=true` or `http-management-health-enabled=false`), or
 * undefined when an option that decides it cannot be read.
 */
export function healthInterface(
  kc: KeycloakContainer,
): { where: 'management' | 'main'; because?: Setting } | undefined {
  for (const [name, moves] of [
    ['legacy-observability-interface', (s: Setting) => isTrue(s)],
    ['http-management-health-enabled', (s: Setting) => s.value?.trim().toLowerCase() === 'false'],
  ] as const) {
    const setting = kc.option(name);
    if (!setting) continue;
    if (setting.value === undefined) return undefined;
    if (moves(setting)) return { where: 'main', because: setting };
  }
  return { where: 'management' };
}

/**
 * The path a `/health` probe needs on the management port (25+): the part after `/health`
 * kept, the prefix replaced by `http-management-relative-path` (which defaults to
 * `http-relative-path`). The path as written when a prefix cannot be read.
 */
export function managementHealthPath(kc: KeycloakContainer, path: string): string {
  const relative = kc.option('http-relative-path');
  const management = kc.option('http-management-relative-path') ?? relative;
  if (relative?.value === undefined && relative) return path;
  if (management && management.value === undefined) return path;
  const at = path.search(/\/health(\/|$)/);
  if (at < 0) return path;
  return `${normalisePrefix(management?.value ?? '/')}${path.slice(at)}`;
}
