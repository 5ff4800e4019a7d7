import type { ResourceIndex } from './index.js';
import type { KeycloakContainer, Workload } from './types.js';
import { type Version } from './version.js';
export interface KeycloakOptions {
    /** Used when an image tag gives no version (`--keycloak-version`). */
    readonly keycloakVersion?: Version | undefined;
}
/** The Keycloak server containers of a workload (init containers and sidecars are not). */
export declare function keycloakContainersOf(workload: Workload, index: ResourceIndex, options: KeycloakOptions): KeycloakContainer[];
/** `KC_CACHE_STACK` → `cache-stack`; `KC_SPI_A__B` → `spi-a--b`. */
export declare function optionName(variable: string): string;
