import type { Resource } from './resource.js';
import type { KeycloakContainer, Model } from './types.js';
import type { Version } from './version.js';
export interface PeerGroup {
    /** How the members find each other, for messages. */
    readonly via: string;
    readonly members: readonly KeycloakContainer[];
}
/** Groups of containers that discover each other; a group may hold a single container. */
export declare function peerGroups(model: Model): readonly PeerGroup[];
/** Whether two resources are copies of one object (variants of a folder, not both applied). */
export declare function sameObject(a: Resource, b: Resource): boolean;
/** `latest`, `nightly` or no tag at all, without a digest: the image can change under it. */
export declare function floatingTag(kc: KeycloakContainer): string | undefined;
/** The version read from the image tag (not from the configuration). */
export declare function tagVersion(kc: KeycloakContainer): Version | undefined;
