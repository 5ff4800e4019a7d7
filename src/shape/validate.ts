import schema from '../../schemas/kubernetes.schema.json' with { type: 'json' };
import type { Path } from '../load/source.js';
import {
  CONFIG_MAP,
  HPA,
  INGRESS,
  INGRESS_CLASS,
  isKind,
  KEYCLOAK_CR,
  POD,
  SECRET,
  SERVICE,
  WORKLOAD_KINDS,
} from '../model/kinds.js';
import { asObject, type Json, type Resource, toPointer, valueAt } from '../model/resource.js';
import type { ShapeProblem } from '../model/types.js';

const DEFINITION_OF: [typeof POD, string][] = [
  [POD, 'Pod'],
  [WORKLOAD_KINDS, 'Workload'],
  [SERVICE, 'Service'],
  [INGRESS, 'Ingress'],
  [CONFIG_MAP, 'ConfigMap'],
  [SECRET, 'Secret'],
  [HPA, 'HorizontalPodAutoscaler'],
  [INGRESS_CLASS, 'IngressClass'],
  [KEYCLOAK_CR, 'Keycloak'],
];

/** A type error: where (a JSON pointer) and which type(s) the schema wants there. */
interface TypeMismatch {
  readonly instancePath: string;
  readonly type: string | readonly string[];
}

interface Schema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: Schema | boolean;
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly $ref?: string;
}

const DEFINITIONS = schema.definitions as unknown as Readonly<Record<string, Schema>>;

/**
 * The type errors of a value against a definition. The schema uses only `type`,
 * `properties`, `additionalProperties`, `items`, `allOf` and local `$ref`s, and only type
 * errors are reported, so a walk over the data is all it takes; compiling the schema with
 * ajv cost more than a pre-commit run's whole linting. A test checks that it finds what ajv
 * finds.
 */
export function typeErrors(definition: string, value: unknown): TypeMismatch[] {
  const errors: TypeMismatch[] = [];
  check(DEFINITIONS[definition] ?? {}, value, '', errors);
  return errors;
}

function check(schema: Schema, data: unknown, path: string, errors: TypeMismatch[]): void {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.slice('#/definitions/'.length);
    check(DEFINITIONS[name] ?? {}, data, path, errors);
  }
  if (schema.type !== undefined && !hasType(schema.type, data)) {
    errors.push({ instancePath: path, type: schema.type });
  }
  for (const part of schema.allOf ?? []) check(part, data, path, errors);
  if (schema.items && Array.isArray(data)) {
    data.forEach((item, i) => {
      check(schema.items!, item, `${path}/${i}`, errors);
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  const object = data as Record<string, unknown>;
  if (schema.properties) {
    for (const [key, sub] of Object.entries(schema.properties)) {
      const child = Object.hasOwn(object, key) ? object[key] : undefined;
      if (child !== undefined) check(sub, child, `${path}/${pointerSegment(key)}`, errors);
    }
  }
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') {
    for (const key of Object.keys(object)) {
      if (schema.properties && Object.hasOwn(schema.properties, key)) continue;
      check(extra, object[key], `${path}/${pointerSegment(key)}`, errors);
    }
  }
}

function hasType(type: string | readonly string[], data: unknown): boolean {
  if (typeof type !== 'string') return type.some((t) => hasType(t, data));
  switch (type) {
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'string':
      return typeof data === 'string';
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'integer':
      return typeof data === 'number' && Number.isInteger(data);
    default:
      return true;
  }
}

function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Checks the types of the fields rules read. A field of the wrong type is reported and
 * removed from the resource's data, so every rule sees well-typed data or nothing.
 */
export function validateShape(resource: Resource): ShapeProblem[] {
  const definition =
    DEFINITION_OF.find(([kinds]) => isKind(kinds, resource.group, resource.kind))?.[1] ??
    'resource';
  const errors = typeErrors(definition, resource.value);
  if (errors.length === 0) return [];
  const problems: ShapeProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (seen.has(error.instancePath)) continue;
    seen.add(error.instancePath);
    const path = fromPointer(error.instancePath);
    const actual = valueAt(resource.value, path);
    // The API server reads an explicit null as an absent optional field.
    if (actual === null) continue;
    problems.push({ resource, path, expected: expectedOf(error), actual: describe(actual) });
    resource.invalid.add(toPointer(path));
    remove(resource.value, path);
  }
  return problems;
}

function fromPointer(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function remove(root: Json, path: Path): void {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === 'number') delete parent[last];
  else if (last !== undefined) delete asObject(parent)?.[String(last)];
}

function expectedOf(error: TypeMismatch): string {
  const type = error.type;
  const types = typeof type === 'string' ? [type] : type;
  return types
    .map((t) =>
      t === 'integer'
        ? 'an integer'
        : t === 'object'
          ? 'a mapping'
          : t === 'array'
            ? 'a list'
            : `a ${t}`,
    )
    .join(' or ');
}

function describe(value: Json | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  // Explicit YAML tags build values JSON has no word for.
  const tagged = value as unknown;
  if (tagged instanceof Uint8Array) return 'binary data (a !!binary tag)';
  if (tagged instanceof Set) return 'a set (a !!set tag)';
  if (tagged instanceof Map) return 'an ordered mapping (a !!omap or !!pairs tag)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}
