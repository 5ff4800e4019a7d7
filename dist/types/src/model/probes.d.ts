import type { Location, Path } from '../load/source.js';
import { type Json } from './resource.js';
import type { Setting } from './setting.js';
import type { KeycloakContainer } from './types.js';
export type ProbeKind = 'readinessProbe' | 'livenessProbe' | 'startupProbe';
export declare const PROBE_KINDS: readonly ProbeKind[];
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
export declare function namedPorts(kc: KeycloakContainer): Map<string, number>;
/** A port written as a number or a name (IntOrString), resolved through the container's ports. */
export declare function resolvePort(kc: KeycloakContainer, value: Json | undefined): number | undefined;
/** The httpGet and tcpSocket probes of a Keycloak container. */
export declare function probesOf(kc: KeycloakContainer): Probe[];
/**
 * Whether an HTTP path is one of Keycloak's `/health` endpoints: it starts with `/health`
 * after the `http-relative-path` or (from 25) `http-management-relative-path` prefix. When a
 * prefix cannot be read, a path that ends in `/health`, `/health/live`, `/health/ready` or
 * `/health/started` counts, since no other Keycloak endpoint looks like that.
 */
export declare function isHealthPath(kc: KeycloakContainer, path: string | undefined): boolean;
/** A port option's number: the default when absent, undefined when it cannot be read. */
export declare function portOption(kc: KeycloakContainer, name: string, fallback: number): {
    port: number | undefined;
    setting: Setting | undefined;
};
/** The management port of 25+ (`http-management-port`, default 9000). */
export declare function managementPort(kc: KeycloakContainer): {
    port: number | undefined;
    setting: Setting | undefined;
};
/**
 * How 25+ serves health: `management` on the management port, `main` on the HTTP(S) port
 * (`legacy-observability-interface=true` or `http-management-health-enabled=false`), or
 * undefined when an option that decides it cannot be read.
 */
export declare function healthInterface(kc: KeycloakContainer): {
    where: 'management' | 'main';
    because?: Setting;
} | undefined;
/**
 * The path a `/health` probe needs on the management port (25+): the part after `/health`
 * kept, the prefix replaced by `http-management-relative-path` (which defaults to
 * `http-relative-path`). The path as written when a prefix cannot be read.
 */
export declare function managementHealthPath(kc: KeycloakContainer, path: string): string;
