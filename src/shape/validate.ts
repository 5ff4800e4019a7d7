import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
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

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorFor(definition: string): ValidateFunction {
  let validate = compiled.get(definition);
  if (validate) return validate;
  ajv ??= new Ajv({ allErrors: true, strict: true, strictTypes: false });
  if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
  validate = ajv.getSchema(`${schema.$id}#/definitions/${definition}`)!;
  compiled.set(definition, validate);
  return validate;
}

/**
 * Checks the types of the fields rules read. A field of the wrong type is reported and
 * removed from the resource's data, so every rule sees well-typed data or nothing.
 */
export function validateShape(resource: Resource): ShapeProblem[] {
  const definition =
    DEFINITION_OF.find(([kinds]) => isKind(kinds, resource.group, resource.kind))?.[1] ??
    'resource';
  const validate = validatorFor(definition);
  if (validate(resource.value)) return [];
  const problems: ShapeProblem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword !== 'type' || seen.has(error.instancePath)) continue;
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

function expectedOf(error: ErrorObject): string {
  const type = (error.params as { type?: string | string[] }).type;
  const types = Array.isArray(type) ? type : [type ?? 'value'];
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
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}
