import type { ResourceIndex } from './index.js';
import type { JsonObject } from './resource.js';
import type { ClusterView, KeycloakContainer } from './types.js';
import { type Version } from './version.js';
type ContainerBase = Omit<KeycloakContainer, 'cluster'>;
/** The cache, transport stack, discovery query and ports one container will use. */
export declare function computeCluster(kc: ContainerBase, container: JsonObject, index: ResourceIndex): ClusterView;
/** The stack Keycloak uses when nothing names one. */
export declare function defaultStack(version: Version): string;
export {};
