import type { Location } from '../load/source.js';
import type { Setting } from './setting.js';
import type { Backend, IngressView, KeycloakContainer, Model } from './types.js';
/** Hostname v1 options that hostname v2 (25+) no longer has (facts §8.2, §8.3). */
export declare const HOSTNAME_V1_OPTIONS: readonly string[];
/** `--features` / `KC_FEATURES` items, lower-cased; undefined when the value is unknown. */
export declare function featureList(setting: Setting | undefined): string[] | undefined;
/**
 * Whether the hostname v1 options are in effect: always up to 24, never from 26.0, and on 25
 * only with the `hostname:v1` feature. Undefined when it cannot be told: an unknown version,
 * a `features` value the linter cannot read, or, on 25, an `--optimized` start of an image
 * that is not an official one (features are build-time, so the build decides).
 */
export declare function hostnameV1(kc: KeycloakContainer): boolean | undefined;
/** Whether a setting was given on kc.sh's command line (argv), not env or keycloak.conf. */
export declare function fromCommandLine(setting: Setting): boolean;
/** How a fix names an option for the way this container sets its options. */
export declare function optionForm(option: string, like?: Setting): string;
/** The location where a missing option would be added: the container's env list. */
export declare function envLocation(kc: KeycloakContainer): Location;
export type Termination = 'terminates' | 'passthrough' | 'none';
/** Whether the Ingress ends TLS itself (a `tls` section without a passthrough annotation). */
export declare function termination(view: IngressView): Termination;
/** The Ingresses in front of a container's workload. */
export declare function ingressesOf(model: Model, kc: KeycloakContainer): IngressView[];
/** The backends of an Ingress that reach the container's workload. */
export declare function backendsTo(view: IngressView, kc: KeycloakContainer): Backend[];
/** The container port a backend reaches through its Service, when it can be told. */
export declare function backendContainerPort(backend: Backend, kc: KeycloakContainer): number | undefined;
/**
 * What a backend of the Ingress speaks to Keycloak: `http`, `https` (or another protocol
 * the controller was told to use), or undefined when it cannot be told. Every controller
 * family the linter knows speaks plain HTTP to its backends unless an annotation, a Service
 * port name or `appProtocol` says otherwise; for other controllers, HTTP is assumed only
 * when the backend reaches Keycloak's HTTP port.
 */
export declare function backendProtocol(view: IngressView, backend: Backend, kc: KeycloakContainer): 'http' | 'https' | undefined;
/**
 * Whether HTTPS key material is configured: an option naming a certificate or key store, or
 * a volume mounted where Keycloak looks for its default `conf/server.keystore`. Undefined when
 * an option that could configure it cannot be read.
 */
export declare function httpsConfigured(kc: KeycloakContainer): boolean | undefined;
