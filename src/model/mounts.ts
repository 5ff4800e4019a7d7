import { posix } from 'node:path';
import type { Location, Path } from '../load/source.js';
import { dataOf } from './env.js';
import type { ResourceIndex } from './index.js';
import { CONFIG_MAP, SECRET } from './kinds.js';
import { asArray, asObject, asString, type JsonObject, type Resource } from './resource.js';

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
export function mountedFile(
  workload: Resource,
  podSpec: JsonObject,
  container: JsonObject,
  path: string,
  index: ResourceIndex,
  /** Path of the container inside the workload, to locate the mount. */
  containerPath?: Path,
): MountedFile {
  const target = posix.normalize(path);
  // Later mounts shadow earlier ones at the same place; prefer the most specific.
  const mounts = asArray(container.volumeMounts)
    .map((raw, i) => ({ m: asObject(raw), i }))
    .filter(
      (x): x is { m: JsonObject; i: number } =>
        x.m !== undefined && typeof x.m.mountPath === 'string',
    )
    .map(({ m, i }) => ({
      name: asString(m.name) ?? '',
      mountPath: posix.normalize(m.mountPath as string),
      subPath: asString(m.subPath),
      index: i,
    }))
    .filter(
      (m) => m.mountPath === target || target.startsWith(`${m.mountPath.replace(/\/$/, '')}/`),
    )
    .sort((a, b) => b.mountPath.length - a.mountPath.length);
  const mount = mounts[0];
  if (!mount)
    return {
      text: undefined,
      at: undefined,
      mounted: false,
      unreadable: `nothing is mounted at ${target}`,
    };
  const mountAt = containerPath
    ? workload.at([...containerPath, 'volumeMounts', mount.index])
    : undefined;
  const where = mountAt ? { mountAt } : {};
  const relative =
    mount.mountPath === target
      ? (mount.subPath ?? posix.basename(target))
      : posix.join(
          mount.subPath ?? '',
          target.slice(mount.mountPath.replace(/\/$/, '').length + 1),
        );
  const volumes = asArray(podSpec.volumes).map((v) => asObject(v));
  const volume = volumes.find((v) => v?.name === mount.name);
  if (!volume)
    return {
      text: undefined,
      at: undefined,
      mounted: true,
      ...where,
      unreadable: `volume ${mount.name} is not defined`,
    };
  const sources = volumeSources(volume);
  if (sources.length === 0) {
    return {
      text: undefined,
      at: undefined,
      mounted: true,
      ...where,
      unreadable: `volume ${mount.name} is not a ConfigMap or Secret`,
    };
  }
  for (const source of sources) {
    const key = keyFor(source.items, relative);
    if (key === undefined) continue;
    const resource = index.find(
      source.secret ? SECRET : CONFIG_MAP,
      workload.namespace,
      source.name,
    );
    const kind = source.secret ? 'Secret' : 'ConfigMap';
    if (!resource) {
      return {
        text: undefined,
        at: undefined,
        mounted: true,
        ...where,
        unreadable: `${kind} ${source.name} is not in the linted files`,
      };
    }
    const data = dataOf(resource).get(key);
    if (data?.value !== undefined)
      return { text: data.value, at: data.at, mounted: true, ...where };
    if (data) {
      const reason = data.unknown ?? `${kind} ${source.name} key ${key} cannot be read`;
      return { text: undefined, at: data.at, mounted: true, ...where, unreadable: reason };
    }
    if (sources.length === 1) {
      return {
        text: undefined,
        at: resource.at([]),
        mounted: true,
        ...where,
        unreadable: `${kind} ${source.name} has no key ${key}`,
        missing: true,
      };
    }
  }
  return {
    text: undefined,
    at: undefined,
    mounted: true,
    ...where,
    unreadable: `no volume source provides ${relative}`,
    // Every source is in the files (an absent one returned above) and none has the file.
    missing: true,
  };
}

interface VolumeSource {
  readonly name: string;
  readonly secret: boolean;
  readonly items: readonly { key: string; path: string }[] | undefined;
}

function volumeSources(volume: JsonObject): VolumeSource[] {
  const direct = [configMapSource(volume.configMap), secretSource(volume.secret)];
  const projected = asArray(asObject(volume.projected)?.sources).flatMap((s) => {
    const source = asObject(s);
    return source ? [configMapSource(source.configMap), secretSource(source.secret)] : [];
  });
  return [...direct, ...projected].filter((s): s is VolumeSource => s !== undefined);
}

function configMapSource(value: unknown): VolumeSource | undefined {
  const object = asObject(value);
  const name = asString(object?.name);
  return object && name !== undefined ? { name, secret: false, items: itemsOf(object) } : undefined;
}

function secretSource(value: unknown): VolumeSource | undefined {
  const object = asObject(value);
  const name = asString(object?.secretName) ?? asString(object?.name);
  return object && name !== undefined ? { name, secret: true, items: itemsOf(object) } : undefined;
}

function itemsOf(object: JsonObject): { key: string; path: string }[] | undefined {
  if (!Array.isArray(object.items)) return undefined;
  return object.items.flatMap((raw) => {
    const item = asObject(raw);
    const key = asString(item?.key);
    const path = asString(item?.path);
    return key !== undefined && path !== undefined ? [{ key, path: posix.normalize(path) }] : [];
  });
}

/** The key that appears at `relative` inside the volume. */
function keyFor(items: VolumeSource['items'], relative: string): string | undefined {
  if (!items) return relative.includes('/') ? undefined : relative;
  return items.find((item) => item.path === relative)?.key;
}
