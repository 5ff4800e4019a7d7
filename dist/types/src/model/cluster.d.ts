import type { Location } from '../load/source.js';
import type { ResourceIndex } from './index.js';
import { type MountedFile } from './mounts.js';
import { type JsonObject } from './resource.js';
import type { Setting } from './setting.js';
import type { CacheXml, ClusterView, KeycloakContainer } from './types.js';
import { type Version } from './version.js';
type ContainerBase = Omit<KeycloakContainer, 'cluster'>;
/** The cache, transport stack, discovery query and ports one container will use. */
export declare function computeCluster(kc: ContainerBase, container: JsonObject, index: ResourceIndex): ClusterView;
/** The stack Keycloak uses when nothing names one. */
export declare function defaultStack(version: Version): string;
/** The file `cache-config-file` names and what the container's mounts provide there. */
export interface CacheConfigFile {
    readonly setting: Setting;
    /** The value, trimmed. */
    readonly file: string;
    /** The distribution's own `cache-ispn.xml`. */
    readonly shipped: boolean;
    readonly found: MountedFile;
}
/** The cache XML named by `cache-config-file`, when the option is set to a known value. */
export declare function cacheConfigFile(kc: KeycloakContainer, index: ResourceIndex): CacheConfigFile | undefined;
/** The `stack="..."` attribute of `<transport>` in a cache XML read from a ConfigMap. */
export declare function transportStackAt(xml: CacheXml): Location | undefined;
export {};
