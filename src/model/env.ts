import type { Location, Path } from '../load/source.js';
import type { ResourceIndex } from './index.js';
import { CONFIG_MAP, SECRET } from './kinds.js';
import { asArray, asObject, asString, type JsonObject, type Resource } from './resource.js';
import { type Setting, unknownReference } from './setting.js';

export interface EnvVar extends Setting {
  readonly name: string;
  /** The value as written, before `$(VAR)` expansion, when it is written in `env`. */
  readonly raw?: string;
  /** Position in the container's `env` list, for entries written there. */
  readonly index?: number;
  /**
   * The variables defined before this entry: the kubelet expands `$(VAR)` in a value with
   * those only, and leaves a reference to a later one as written.
   */
  readonly before?: ReadonlyMap<string, EnvVar>;
}

/** An `envFrom` source whose keys the linter cannot see. */
export interface OpaqueSource {
  readonly at: Location;
  readonly reason: string;
}

export interface ContainerEnv {
  /** The environment as the container sees it: later entries win, `env` over `envFrom`. */
  readonly vars: ReadonlyMap<string, EnvVar>;
  /** The `env` list in order, duplicates included. */
  readonly entries: readonly EnvVar[];
  readonly opaque: readonly OpaqueSource[];
}

/** Builds a container's environment as the kubelet does, keeping where each value came from. */
export function resolveEnv(
  workload: Resource,
  containerPath: Path,
  container: JsonObject,
  index: ResourceIndex,
): ContainerEnv {
  const vars = new Map<string, EnvVar>();
  const entries: EnvVar[] = [];
  const opaque: OpaqueSource[] = [];
  const namespace = workload.namespace;

  asArray(container.envFrom).forEach((raw, i) => {
    const source = asObject(raw);
    if (!source) return;
    const entryAt = workload.at([...containerPath, 'envFrom', i]);
    const prefix = asString(source.prefix) ?? '';
    const configMapName = asString(asObject(source.configMapRef)?.name);
    const secretName = asString(asObject(source.secretRef)?.name);
    const isSecret = configMapName === undefined;
    const name = configMapName ?? secretName;
    if (name === undefined) return;
    const target = index.find(isSecret ? SECRET : CONFIG_MAP, namespace, name);
    const kind = isSecret ? 'Secret' : 'ConfigMap';
    if (!target) {
      opaque.push({ at: entryAt, reason: `${kind} ${name} is not in the linted files` });
      return;
    }
    for (const [key, value] of dataOf(target)) {
      const fullName = prefix + key;
      vars.set(fullName, {
        name: fullName,
        ...value,
        via: [entryAt],
        origin: fullName,
        from: `${kind} ${name}`,
      });
    }
  });

  asArray(container.env).forEach((raw, i) => {
    const entry = asObject(raw);
    const name = asString(entry?.name);
    if (!entry || name === undefined) return;
    const path = [...containerPath, 'env', i];
    const variable = resolveEntry(workload, path, entry, name, i, vars, index);
    entries.push(variable);
    vars.set(name, variable);
  });

  return { vars, entries, opaque };
}

function resolveEntry(
  workload: Resource,
  path: Path,
  entry: JsonObject,
  name: string,
  index: number,
  vars: ReadonlyMap<string, EnvVar>,
  resources: ResourceIndex,
): EnvVar {
  const entryAt = workload.at(path);
  const base = { name, index, origin: name };
  if (workload.isInvalid([...path, 'value'])) {
    return {
      ...base,
      value: undefined,
      unknown: 'the value is not a string',
      at: workload.at([...path, 'value']),
      via: [],
    };
  }
  const valueFrom = asObject(entry.valueFrom);
  if (!valueFrom) {
    const raw = asString(entry.value) ?? '';
    return {
      ...base,
      value: expand(raw, vars),
      raw,
      // Only a value with a reference needs them later (a copy per entry otherwise).
      ...(raw.includes('$(') ? { before: new Map(vars) } : {}),
      at: workload.at([...path, 'value']),
      via: [],
    };
  }
  const keyRef = asObject(valueFrom.configMapKeyRef) ?? asObject(valueFrom.secretKeyRef);
  if (keyRef) {
    const isSecret = valueFrom.configMapKeyRef === undefined;
    const kind = isSecret ? 'Secret' : 'ConfigMap';
    const refName = asString(keyRef.name) ?? '';
    const key = asString(keyRef.key) ?? '';
    const target = resources.find(isSecret ? SECRET : CONFIG_MAP, workload.namespace, refName);
    const data = target ? dataOf(target).get(key) : undefined;
    if (target && data) return { ...base, ...data, via: [entryAt], from: `${kind} ${refName}` };
    const reason = target
      ? `${kind} ${refName} has no key ${key}`
      : `${kind} ${refName} is not in the linted files`;
    return { ...base, value: undefined, unknown: reason, at: entryAt, via: [] };
  }
  const fieldPath = asString(asObject(valueFrom.fieldRef)?.fieldPath);
  if (fieldPath === 'metadata.namespace' && workload.namespace !== undefined) {
    return { ...base, value: workload.namespace, at: entryAt, via: [] };
  }
  const reason = fieldPath
    ? `it is read from the pod field ${fieldPath}`
    : 'it is set by the cluster at run time';
  return { ...base, value: undefined, unknown: reason, at: entryAt, via: [] };
}

const NO_VARS: ReadonlyMap<string, Setting> = new Map();

/**
 * A word of a variable's text expanded as the kubelet expanded the value: a value written in
 * `env` with the variables defined before it; a value read from a ConfigMap, a Secret or a
 * field is taken as it is.
 */
export function expandAsWritten(variable: EnvVar, word: string): string {
  return variable.raw === undefined ? word : expand(word, variable.before ?? NO_VARS);
}

/** Expands `$(NAME)` references as the kubelet does; `$$` is a literal `$`. */
export function expand(text: string, vars: ReadonlyMap<string, Setting>): string {
  if (!text.includes('$')) return text;
  return text.replace(
    /\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g,
    (match, name: string | undefined) => {
      if (name === undefined) return '$';
      const variable = vars.get(name);
      if (!variable) return match;
      return variable.value ?? unknownReference(name);
    },
  );
}

type DataValue = Pick<Setting, 'value' | 'unknown' | 'at'>;

/** The keys a ConfigMap or Secret provides, decoded. */
export function dataOf(resource: Resource): Map<string, DataValue> {
  const out = new Map<string, DataValue>();
  const isSecret = resource.kind === 'Secret';
  const data = asObject(resource.value.data) ?? {};
  for (const [key, raw] of Object.entries(data)) {
    const at = resource.at(['data', key]);
    if (typeof raw !== 'string') continue;
    if (!isSecret) {
      out.set(key, { value: raw, at });
      continue;
    }
    const compact = raw.replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0) {
      out.set(key, { value: Buffer.from(compact, 'base64').toString('utf8'), at });
    } else {
      out.set(key, {
        value: undefined,
        unknown: `Secret ${resource.name} key ${key} is not valid base64`,
        at,
      });
    }
  }
  // stringData is merged over data by the API server.
  if (isSecret) {
    for (const [key, raw] of Object.entries(asObject(resource.value.stringData) ?? {})) {
      if (typeof raw === 'string')
        out.set(key, { value: raw, at: resource.at(['stringData', key]) });
    }
  }
  return out;
}
