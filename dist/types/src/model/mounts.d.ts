import type { Location, Path } from '../load/source.js';
import type { ResourceIndex } from './index.js';
import { type JsonObject, type Resource } from './resource.js';
export interface MountedFile {
    /** The file's text, when a ConfigMap or Secret in the files provides it. */
    readonly text: string | undefined;
    readonly at: Location | undefined;
    /** Whether any volume is mounted at that path. */
    readonly mounted: boolean;
    /** Why the text is unknown. */
    readonly unreadable?: string;
    /**
     * The file certainly is not there: the volume mounted over the path comes from ConfigMaps
     * or Secrets in the files, and none of them provides it (a mount hides the image's files).
     */
    readonly missing?: boolean;
    /** The volume mount that covers the path, when there is one. */
    readonly mountAt?: Location;
}
/**
 * What a container sees at an absolute path, read through its volume mounts: a `subPath`
 * mount of one key, or a directory mount of a ConfigMap or Secret volume (with `items`
 * renaming keys to paths, or projected sources).
 */
export declare function mountedFile(workload: Resource, podSpec: JsonObject, container: JsonObject, path: string, index: ResourceIndex, 
/** Path of the container inside the workload, to locate the mount. */
containerPath?: Path): MountedFile;
