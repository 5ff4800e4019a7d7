import type { ResourceRef } from '../engine/report.js';
import type { Location, Path } from '../load/source.js';
import { type JsonObject, Resource, valueAt } from './resource.js';

/**
 * Where a part of a generated object comes from in the resource that produced it. `verbatim`
 * says the generated value is the source value itself (a copied annotation, an option value),
 * so that deeper paths and spans inside it still hold.
 */
export interface Origin {
  readonly path: Path;
  readonly from: Path;
  readonly verbatim?: boolean;
  /** How messages name the source when no single field is behind it. */
  readonly label?: string;
}

/**
 * An object that no file spells out but that the cluster will hold because a custom resource
 * asks an operator for it (the StatefulSet, Services, Ingress and NetworkPolicy of a Keycloak
 * CR). Rules see it like any other resource; its findings are reported on the custom resource,
 * at the field that produced the part at fault.
 */
export class GeneratedResource extends Resource {
  readonly #origins: readonly Origin[];

  constructor(
    /** The custom resource that asks for this object. */
    readonly source: Resource,
    apiVersion: string,
    kind: string,
    name: string,
    value: JsonObject,
    origins: readonly Origin[],
  ) {
    super(
      source.doc,
      source.base,
      apiVersion,
      kind,
      name,
      source.explicitNamespace,
      source.namespace,
      value,
    );
    // Longest prefix first, so that the most specific origin wins.
    this.#origins = [...origins].sort((a, b) => b.path.length - a.path.length);
  }

  override at(path: Path, span?: readonly [number, number]): Location {
    for (const origin of this.#origins) {
      if (!startsWith(path, origin.path)) continue;
      const location = origin.verbatim
        ? this.source.at([...origin.from, ...path.slice(origin.path.length)], span)
        : this.source.at(origin.from);
      FIELDS.set(location, { source: this.source, field: origin.from, label: origin.label });
      return location;
    }
    return this.source.at(['spec']);
  }

  /** Findings are reported on the custom resource: that is what the user edits. */
  override get ref(): ResourceRef {
    return this.source.ref;
  }
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

const FIELDS = new WeakMap<
  Location,
  { source: Resource; field: Path; label: string | undefined }
>();

/**
 * How a message names the custom resource field behind a generated location:
 * `additionalOptions cache-stack`, `spec.db.vendor`. Undefined for written objects.
 */
export function generatedField(location: Location): string | undefined {
  const found = FIELDS.get(location);
  if (!found) return undefined;
  const { source, field, label } = found;
  if (label) return label;
  if (field[1] === 'additionalOptions' && typeof field[2] === 'number') {
    const name = valueAt(source.value, [...field.slice(0, 3), 'name']);
    return typeof name === 'string' ? `additionalOptions ${name}` : undefined;
  }
  if (field[1] === 'env') return undefined;
  return field.length > 1 ? field.join('.') : undefined;
}

/** The custom resource an object is generated from, if it is generated. */
export function sourceOf(resource: Resource): Resource | undefined {
  return resource instanceof GeneratedResource ? resource.source : undefined;
}
