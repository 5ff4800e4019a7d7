import { READ_KINDS } from '../load/sniff.js';
import { isKind, type KindRef } from './kinds.js';
import type { Resource } from './resource.js';

const kindKey = (group: string, kind: string) => `${group}|${kind}`;
const nameKey = (group: string, kind: string, name: string) => `${group}|${kind}|${name}`;

/**
 * Every resource of the run, indexed by kind and by name. An unspecified namespace is
 * compatible with any namespace: such files are applied with `kubectl -n`, so a lookup
 * prefers an exact namespace match and otherwise accepts an unspecified one.
 */
export class ResourceIndex {
  readonly all: readonly Resource[];
  readonly #byKind = new Map<string, Resource[]>();
  readonly #byName = new Map<string, Resource[]>();
  /** By name and namespace, and by name for resources without a namespace. */
  readonly #byNamespacedName = new Map<string, Resource[]>();
  readonly #unspecified = new Map<string, Resource[]>();

  constructor(resources: readonly Resource[]) {
    this.all = resources;
    for (const resource of resources) {
      const key = nameKey(resource.group, resource.kind, resource.name);
      push(this.#byKind, kindKey(resource.group, resource.kind), resource);
      push(this.#byName, key, resource);
      if (resource.namespace === undefined) push(this.#unspecified, key, resource);
      else push(this.#byNamespacedName, `${key}|${resource.namespace}`, resource);
    }
  }

  ofKind(kinds: readonly KindRef[]): Resource[] {
    readable(kinds);
    return kinds.flatMap((k) => this.#byKind.get(kindKey(k.group, k.kind)) ?? []);
  }

  /** Every resource of these kinds with this name whose namespace is compatible. */
  findAll(kinds: readonly KindRef[], namespace: string | undefined, name: string): Resource[] {
    readable(kinds);
    const keys = kinds.map((k) => nameKey(k.group, k.kind, name));
    if (namespace === undefined) return keys.flatMap((key) => this.#byName.get(key) ?? []);
    const exact = keys.flatMap((key) => this.#byNamespacedName.get(`${key}|${namespace}`) ?? []);
    return exact.length > 0 ? exact : keys.flatMap((key) => this.#unspecified.get(key) ?? []);
  }

  find(
    kinds: readonly KindRef[],
    namespace: string | undefined,
    name: string,
  ): Resource | undefined {
    return this.findAll(kinds, namespace, name)[0];
  }

  /** Groups of documents that define the same group, kind, namespace and name. */
  duplicates(): Resource[][] {
    const groups: Resource[][] = [];
    for (const sameName of this.#byName.values()) {
      if (sameName.length < 2 || !sameName[0]!.name) continue;
      const byNamespace = new Map<string, Resource[]>();
      for (const r of sameName) push(byNamespace, r.namespace ?? '', r);
      for (const group of byNamespace.values()) if (group.length > 1) groups.push(group);
    }
    return groups;
  }
}

/**
 * Documents of kinds outside READ_KINDS are read only up to their metadata (the fast path of
 * src/load/sniff.ts). A lookup of such a kind would silently miss their data, so it fails
 * loudly instead, in the tests of the rule that makes it.
 */
function readable(kinds: readonly KindRef[]): void {
  for (const k of kinds) {
    if (!READ_KINDS.has(k.kind))
      throw new Error(`${k.kind} is looked up but not in READ_KINDS (src/load/sniff.ts)`);
  }
}

/** Whether two namespaces may be the same one (an unspecified namespace may be any). */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

export function isResourceOf(resource: Resource, kinds: readonly KindRef[]): boolean {
  return isKind(kinds, resource.group, resource.kind);
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
