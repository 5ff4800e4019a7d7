import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigError } from '../engine/errors.js';
import type { Severity } from '../engine/report.js';
import { walk } from '../load/nodes.js';
import { SourceFile } from '../load/source.js';
import type { ControllerFamily } from '../model/types.js';
import { describeFsError } from '../util/fs-error.js';
import { nearest } from '../util/nearest.js';

export type RuleSetting = Severity | 'off';

/** The configuration of a run, from a file, with every key present. */
export interface Config {
  /** The file it was read from, relative to the working directory. */
  readonly file: string | undefined;
  /** Folder that `ignorePaths` are relative to. */
  readonly root: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly failOn: Severity | undefined;
  readonly keycloakVersion: string | undefined;
  readonly namespace: string | undefined;
  readonly ignorePaths: readonly string[];
  /** `Kind/namespace/name` or `Kind/name`: objects in the cluster that the files do not hold. */
  readonly externalResources: readonly string[];
  readonly ingressClasses: Readonly<Record<string, ControllerFamily>>;
  /** ingress-nginx controller ConfigMaps by other names: `name` or `namespace/name`. */
  readonly ingressNginxConfigMaps: readonly string[];
  /** Bytes; larger files are reported and not parsed. 0: no limit. */
  readonly maxFileSize: number | undefined;
}

/**
 * Files larger than this are not parsed. Large enough for the biggest manifests in the wild
 * (CRDs with full OpenAPI schemas, dashboards in ConfigMaps run to a few MB); small enough
 * that a data dump or a log committed as .yaml cannot take the run minutes and gigabytes.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * A size as written on the command line or in the configuration: bytes, or a number with
 * K, M or G (KB, MB, GB, KiB, MiB, GiB all count in powers of 1024). Undefined when invalid.
 */
export function parseSize(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isSafeInteger(text) && text >= 0 ? text : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1));
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** A size for messages: `10 MB`, `52.4 MB`, `900 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

export const CONFIG_FILES = ['.keycloak-lint.yaml', '.keycloak-lint.yml', '.keycloak-lint.json'];

export function emptyConfig(root: string): Config {
  return {
    file: undefined,
    root,
    rules: {},
    failOn: undefined,
    keycloakVersion: undefined,
    namespace: undefined,
    ignorePaths: [],
    externalResources: [],
    ingressClasses: {},
    ingressNginxConfigMaps: [],
    maxFileSize: undefined,
  };
}

/** The nearest configuration file from a directory upwards. */
export function findConfig(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

let validate: ReturnType<Ajv['compile']> | undefined;

/**
 * Reads and checks a configuration file. Every mistake is a ConfigError that names the
 * file, line and column (`.keycloak-lint.yaml:4:5: ...`), which the CLI prints on one line.
 */
export function readConfig(path: string, cwd: string, ruleIds: readonly string[]): Config {
  const display = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${display}: ${describeFsError(error)}`);
  }
  const file = new SourceFile(display, text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const at = (offset: number) => {
    const { line, column } = file.position(offset);
    return `${display}:${line}:${column}`;
  };
  const syntax = doc.errors[0];
  if (syntax) throw new ConfigError(`${at(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
  const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const position = (path: readonly (string | number)[], key = false) => {
    const found = walk(doc, path);
    const node = key && found.key ? found.key : (found.node ?? found.key);
    return at(node?.range?.[0] ?? doc.range?.[0] ?? 0);
  };
  // Unknown rule ids first: the schema only says "must be equal to one of the allowed
  // values", and a misspelt id deserves the nearest real one.
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const rules = (object.rules ?? {}) as Record<string, RuleSetting>;
  if (typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if (ruleIds.includes(id)) continue;
      const guess = nearest(id, ruleIds);
      throw new ConfigError(
        `${position(['rules', id], true)}: unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''}`,
      );
    }
  }
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  if (!validate(value)) {
    const error = validate.errors?.[0];
    const segments = (error?.instancePath ?? '')
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const extra = (error?.params as { additionalProperty?: string } | undefined)
      ?.additionalProperty;
    const where = extra ? position([...segments, extra], true) : position(segments);
    const field = [...segments, ...(extra ? [extra] : [])].join('.') || 'the configuration';
    // The hint quotes the version as written: YAML has read `26.10` as the number 26.1.
    const version = walk(doc, ['keycloakVersion']);
    const range = version.complete ? version.node?.range : undefined;
    const written = range ? text.slice(range[0], range[1]).trim() : undefined;
    throw new ConfigError(`${where}: ${field} ${explainError(error, extra, written)}`);
  }
  const maxFileSize =
    object.maxFileSize === undefined ? undefined : parseSize(object.maxFileSize as string | number);
  if (object.maxFileSize !== undefined && maxFileSize === undefined) {
    throw new ConfigError(`${position(['maxFileSize'])}: maxFileSize is too large a size`);
  }
  return {
    file: display,
    root: dirname(path),
    rules,
    failOn: object.failOn as Severity | undefined,
    keycloakVersion: object.keycloakVersion as string | undefined,
    namespace: object.namespace as string | undefined,
    ignorePaths: (object.ignorePaths as string[] | undefined) ?? [],
    externalResources: (object.externalResources as string[] | undefined) ?? [],
    ingressClasses: (object.ingressClasses as Record<string, ControllerFamily> | undefined) ?? {},
    ingressNginxConfigMaps: (object.ingressNginxConfigMaps as string[] | undefined) ?? [],
    maxFileSize,
  };
}

/** Schema errors in words a user acts on; patterns are shown as the shape they stand for. */
function explainError(
  error: ErrorObject | undefined,
  extra: string | undefined,
  writtenVersion: string | undefined,
): string {
  if (extra) {
    const guess = nearest(extra, Object.keys(schema.properties));
    return `is not a configuration key${guess ? `; did you mean ${guess}?` : ''}`;
  }
  if (error?.keyword === 'pattern' && error.instancePath.startsWith('/externalResources/')) {
    return 'must match pattern Kind/name or Kind/namespace/name, like Service/keycloak-discovery';
  }
  if (error?.keyword === 'enum') {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    return `must be one of ${allowed.join(', ')}`;
  }
  if (error?.keyword === 'type' && error.instancePath === '/keycloakVersion') {
    // Only a plain number is worth quoting as it stands; a list or a mapping gets an example.
    const shown = writtenVersion && /^[\d.]+$/.test(writtenVersion) ? writtenVersion : '26.0';
    const read = String(Number(shown));
    return (
      `must be a string: quote it, as in keycloakVersion: "${shown}" ` +
      `(YAML reads ${shown} as ${read === shown ? 'a number' : `the number ${read}`})`
    );
  }
  if (error?.instancePath === '/maxFileSize') {
    return 'must be a number of bytes or a size such as 10MB or 512KB (0: no limit)';
  }
  if (error?.keyword === 'type') return `must be ${article(String(error.params.type))}`;
  return error?.message ?? 'is invalid';
}

const article = (type: string) =>
  type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`;

/**
 * The configuration a run uses: the given file, none (`false`), or the nearest one from the
 * working directory upwards.
 */
export function resolveConfig(
  choice: Config | string | false | undefined,
  cwd: string,
  ruleIds: readonly string[],
): Config {
  if (choice === false) return emptyConfig(cwd);
  if (typeof choice === 'object') return choice;
  const path = choice === undefined ? findConfig(cwd) : resolve(cwd, choice);
  return path ? readConfig(path, cwd, ruleIds) : emptyConfig(cwd);
}

/** An external resource key as the model looks it up: `Kind/namespace/name`, `*` for any namespace. */
export function externalKey(entry: string): string {
  const parts = entry.split('/');
  return parts.length === 2 ? `${parts[0]}/*/${parts[1]}` : entry;
}
