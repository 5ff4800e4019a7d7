import type { ResourceRef } from '../engine/report.js';
import type { ParsedDocument } from '../load/parse.js';
import { at, keyOf, type Location, type Path, type SourceDocument } from '../load/source.js';
import { CLUSTER_SCOPED } from './kinds.js';

export type { ResourceRef };

/** Objects of the plain data tree, as the YAML decoder produced them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export class Resource {
  /** Effective namespace: explicit, else the run's default, else undefined (unspecified). */
  readonly namespace: string | undefined;
  readonly group: string;
  readonly version: string;
  /** JSON pointers (relative to the resource) of fields that failed their shape check. */
  readonly invalid = new Set<string>();

  constructor(
    readonly doc: SourceDocument,
    /** Path of the object inside its document (`[]`, or `['items', 3]` in a List). */
    readonly base: Path,
    readonly apiVersion: string,
    readonly kind: string,
    readonly name: string,
    /** The namespace written in the manifest, if any. */
    readonly explicitNamespace: string | undefined,
    defaultNamespace: string | undefined,
    readonly value: JsonObject,
  ) {
    const slash = apiVersion.lastIndexOf('/');
    this.group = slash < 0 ? '' : apiVersion.slice(0, slash);
    this.namespace = CLUSTER_SCOPED.has(kind) ? undefined : (explicitNamespace ?? defaultNamespace);
    this.version = apiVersion.slice(slash + 1);
  }

  /** Location of a path inside this resource. */
  at(path: Path, span?: readonly [number, number]): Location {
    return at(this.doc, [...this.base, ...path], span);
  }

  get ref(): ResourceRef {
    const ref: ResourceRef = { apiVersion: this.apiVersion, kind: this.kind, name: this.name };
    return this.namespace === undefined ? ref : { ...ref, namespace: this.namespace };
  }

  get labels(): Readonly<Record<string, string>> {
    return stringMap(this.metadata.labels);
  }

  get annotations(): Readonly<Record<string, string>> {
    return stringMap(this.metadata.annotations);
  }

  get metadata(): JsonObject {
    return asObject(this.value.metadata) ?? {};
  }

  get spec(): JsonObject {
    return asObject(this.value.spec) ?? {};
  }

  /** `Kind/name`, the way messages name a resource. */
  toString(): string {
    return `${this.kind}/${this.name}`;
  }

  isInvalid(path: Path): boolean {
    return this.invalid.has(toPointer(path));
  }
}

export function toPointer(path: Path): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** The value at a path inside plain data, if any. */
export function valueAt(root: unknown, path: Path): Json | undefined {
  let current = root as Json | undefined;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else current = asObject(current)?.[String(segment)];
  }
  return current;
}

export function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const object = asObject(value);
  if (!object) return out;
  for (const [key, entry] of Object.entries(object))
    if (typeof entry === 'string') out[key] = entry;
  return out;
}

/** Groups whose documents configure tools, not the cluster (decision 2 of the corpus notes). */
const NOT_CLUSTER_OBJECTS = new Set(['kustomize.config.k8s.io', 'config.kubernetes.io']);

/** A document that is meant as a Kubernetes object but cannot be one as written. */
export interface ObjectProblem {
  readonly at: Location;
  readonly field: string;
  readonly kind: 'missing' | 'misspelt' | 'notAList' | 'notAnObject' | 'topLevelList';
  /** The key written instead, for a misspelt field. */
  readonly found?: string;
}

/**
 * Turns a parsed document into the resources it defines: none, one, or the items of a
 * `List` (`kind: List`, `DeploymentList`, ...). Documents without apiVersion and kind (Helm
 * values, kustomize configuration) are not resources; a document with only one of the two,
 * or with one of them misspelt, is a problem.
 */
export function resourcesOf(
  parsed: ParsedDocument,
  defaultNamespace?: string,
): { resources: Resource[]; problems: ObjectProblem[] } {
  const resources: Resource[] = [];
  const problems: ObjectProblem[] = [];
  const object = asObject(parsed.value);
  if (
    Array.isArray(parsed.value) &&
    parsed.value.some((item) => asObject(item)?.kind !== undefined)
  ) {
    // `- apiVersion: v1 ...` at the top: meant as manifests, but no tool reads it so.
    problems.push({ at: at(parsed.doc, [0]), field: 'document', kind: 'topLevelList' });
    return { resources, problems };
  }
  if (!object) return { resources, problems };
  const read = (value: unknown, base: Path) => {
    const item = asObject(value);
    if (!item) return;
    const problem = objectProblem(parsed.doc, base, item);
    if (problem) problems.push(problem);
    const one = toResource(parsed.doc, base, item, defaultNamespace);
    if (one) resources.push(one);
  };
  const kind = object.kind;
  if (typeof kind === 'string' && kind.endsWith('List') && typeof object.apiVersion === 'string') {
    if (!Array.isArray(object.items)) {
      problems.push({ at: at(parsed.doc, ['items']), field: 'items', kind: 'notAList' });
      return { resources, problems };
    }
    for (const [i, item] of object.items.entries()) {
      if (asObject(item)) read(item, ['items', i]);
      else {
        const found =
          item === null
            ? 'null'
            : Array.isArray(item)
              ? 'a list'
              : `the ${typeof item} ${JSON.stringify(item)}`;
        problems.push({
          at: at(parsed.doc, ['items', i]),
          field: 'items',
          kind: 'notAnObject',
          found,
        });
      }
    }
    return { resources, problems };
  }
  read(object, []);
  return { resources, problems };
}

const REQUIRED = ['apiVersion', 'kind'] as const;

function objectProblem(
  doc: SourceDocument,
  base: Path,
  object: JsonObject,
): ObjectProblem | undefined {
  const present = REQUIRED.filter((f) => typeof object[f] === 'string' && object[f] !== '');
  const keys = Object.keys(object);
  for (const field of REQUIRED) {
    if (present.includes(field)) continue;
    const found = keys.find((k) => k !== field && k.toLowerCase() === field.toLowerCase());
    if (found) return { at: keyOf(at(doc, [...base, found])), field, kind: 'misspelt', found };
    if (present.length > 0) return { at: at(doc, [...base, present[0]!]), field, kind: 'missing' };
  }
  return undefined;
}

function toResource(
  doc: SourceDocument,
  base: Path,
  value: unknown,
  defaultNamespace: string | undefined,
): Resource | undefined {
  const object = asObject(value);
  if (!object) return undefined;
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !apiVersion || !kind) {
    return undefined;
  }
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  if (NOT_CLUSTER_OBJECTS.has(group)) return undefined;
  const metadata = asObject(object.metadata) ?? {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : undefined;
  return new Resource(doc, base, apiVersion, kind, name, namespace, defaultNamespace, object);
}
