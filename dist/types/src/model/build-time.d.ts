import type { KeycloakContainer } from './types.js';
import { type Version } from './version.js';
/** A build-time option and the value the official images are built with (none: unset). */
export interface BuildTimeOption {
    readonly name: string;
    /** The default persisted in the official images; undefined when the option is unset. */
    readonly officialDefault: string | undefined;
}
/** The build-time options of a version; with an unknown one, those of every version. */
export declare function buildTimeOptions(version: Version | undefined): readonly BuildTimeOption[];
/** Whether a value is what the official image was built with. */
export declare function isOfficialDefault(option: BuildTimeOption, value: string): boolean;
/**
 * Whether the container runs `kc.sh build` itself (a script `kc.sh build && kc.sh start
 * --optimized`): that build persists the variables and keycloak.conf it sees.
 */
export declare function buildsInContainer(kc: KeycloakContainer): boolean;
