import type { Location, Path } from '../load/source.js';
import { kcInvocations, type ParsedOption, parseKcArgv, property, wordsOf } from './argv.js';
import { computeCluster } from './cluster.js';
import { type ContainerEnv, expand, expandAsWritten, resolveEnv } from './env.js';
import { CONF_DIR } from './facts.js';
import {
  isBitnamiImage,
  isKeycloakImage,
  isLegacyImage,
  isOfficialImage,
  parseImage,
} from './image.js';
import type { ResourceIndex } from './index.js';
import { mountedFile } from './mounts.js';
import { asArray, asObject, asString, type JsonObject } from './resource.js';
import { hasUnknownReference, type Setting } from './setting.js';
import type { ArgToken, Distribution, KeycloakContainer, StartMode, Workload } from './types.js';
import { parseVersion, type Version } from './version.js';

export interface KeycloakOptions {
  /** Used when an image tag gives no version (`--keycloak-version`). */
  readonly keycloakVersion?: Version | undefined;
}

/** The Keycloak server containers of a workload (init containers and sidecars are not). */
export function keycloakContainersOf(
  workload: Workload,
  index: ResourceIndex,
  options: KeycloakOptions,
): KeycloakContainer[] {
  const out: KeycloakContainer[] = [];
  asArray(workload.podSpec.containers).forEach((raw, i) => {
    const container = asObject(raw);
    if (!container) return;
    const imageText = asString(container.image) ?? '';
    const image = parseImage(imageText);
    if (!isKeycloakImage(image) && !runsKeycloak(container)) return;
    out.push(
      buildContainer(
        workload,
        [...workload.podSpecPath, 'containers', i],
        container,
        index,
        options,
      ),
    );
  });
  return out;
}

/** Whether a container runs kc.sh (and, with `needsKcEnv`, also sets KC_* variables). */
function runsKeycloak(container: JsonObject, needsKcEnv = true): boolean {
  const words = [...asArray(container.command), ...asArray(container.args)].filter(
    (w): w is string => typeof w === 'string',
  );
  const runs = words.some((w) => /(^|[\s/])kc\.sh(\s|$)|^start(-dev)?$/.test(w));
  const setsKc = asArray(container.env).some((e) => /^KC_/.test(asString(asObject(e)?.name) ?? ''));
  return runs && (setsKc || !needsKcEnv);
}

function buildContainer(
  workload: Workload,
  path: Path,
  container: JsonObject,
  index: ResourceIndex,
  config: KeycloakOptions,
): KeycloakContainer {
  const resource = workload.resource;
  const image = parseImage(asString(container.image) ?? '');
  const official = isOfficialImage(image);
  let tagVersion = image.tag ? parseVersion(image.tag) : undefined;
  // A custom image tagged below 17 that runs kc.sh is Quarkus: its tag is not Keycloak's version.
  if (
    tagVersion &&
    tagVersion.major < 17 &&
    !official &&
    !isLegacyImage(image) &&
    runsKeycloak(container, false)
  ) {
    tagVersion = undefined;
  }
  const version = tagVersion ?? config.keycloakVersion;
  const legacy = isLegacyImage(image) || (version !== undefined && version.major < 17);
  const distribution: Distribution = legacy
    ? 'legacy'
    : isBitnamiImage(image)
      ? 'bitnami'
      : 'quarkus';
  const env = resolveEnv(resource, path, container, index);

  const tokens = (key: 'command' | 'args'): ArgToken[] =>
    asArray(container[key]).flatMap((item, i) =>
      typeof item === 'string'
        ? [{ text: expand(item, env.vars), at: resource.at([...path, key, i]), raw: item }]
        : [],
    );
  const command = tokens('command');
  const argv = [...command, ...tokens('args')];
  const expandWord = (word: string) => expand(word, env.vars);
  const found = kcInvocations(argv, command.length > 0, expandWord);
  let invocations = found?.invocations ?? [];
  const bitnamiEntrypoint =
    distribution === 'bitnami' && (!found || (!found.viaScript && command.length === 0));
  if (bitnamiEntrypoint)
    invocations = [
      [
        ...bitnamiExtraArgs(env, 'KEYCLOAK_EXTRA_ARGS_PREPENDED'),
        ...argv,
        ...bitnamiExtraArgs(env, 'KEYCLOAK_EXTRA_ARGS'),
      ],
    ];
  const parsed = invocations.map(parseKcArgv);
  const running =
    [...parsed].reverse().find((p) => p.command && /^start(-dev)?$/.test(p.command.text)) ??
    parsed[parsed.length - 1];
  const chosen = running ? (invocations[parsed.indexOf(running)] ?? []) : [];
  const containerAt = resource.at(path);

  let mode: StartMode;
  const commandWord = running?.command;
  if (commandWord) {
    const kind =
      commandWord.text === 'start' || commandWord.text === 'start-dev' ? commandWord.text : 'other';
    mode = { kind, at: commandWord.at, command: commandWord.text };
  } else if (bitnamiEntrypoint) {
    const production = env.vars.get('KEYCLOAK_PRODUCTION');
    if (production && production.value === undefined) mode = { kind: 'unknown', at: production.at };
    else if (production && /^(true|yes|1)$/i.test(production.value ?? ''))
      mode = { kind: 'start', at: production.at };
    else mode = { kind: 'start-dev', at: production?.at ?? containerAt };
  } else if (found && !found.viaScript && (command.length > 0 || official)) {
    mode = { kind: 'none', at: argv[0]?.at ?? containerAt };
  } else {
    mode = { kind: 'unknown', at: containerAt };
  }

  const optionSources = new Map<string, Setting[]>();
  const add = (name: string, setting: Setting) => {
    const list = optionSources.get(name);
    if (list) list.push(setting);
    else optionSources.set(name, [setting]);
  };
  // Lowest precedence first: keycloak.conf, Bitnami's own variables, KC_* env, argv.
  const conf = mountedFile(
    resource,
    workload.podSpec,
    container,
    `${CONF_DIR[distribution]}/keycloak.conf`,
    index,
  );
  if (conf.text !== undefined && conf.at) {
    for (const [name, setting] of readConf(conf.text, conf.at, env)) add(name, setting);
  }
  if (distribution === 'bitnami') {
    for (const [variable, option] of BITNAMI_OPTIONS) {
      const source = env.vars.get(variable);
      if (source)
        add(
          option,
          normalise({ ...source, value: option === 'db' ? bitnamiDb(source.value) : source.value }),
        );
    }
  }
  for (const variable of env.vars.values()) {
    if (variable.name.startsWith('KC_') && variable.name.length > 3)
      add(optionName(variable.name), normalise(variable));
  }
  for (const p of parsed) for (const option of p.options) add(option.name, fromArgv(option));

  const properties = new Map<string, Setting>();
  for (const variable of env.vars.values()) {
    // JGroups falls back to an environment variable named exactly like the property.
    if (variable.name.includes('.')) properties.set(variable.name, normalise(variable));
  }
  // kc.sh reads JAVA_OPTS_KC_HEAP from 24 on, and only when JAVA_OPTS is unset; an unknown
  // version reads it too, so that a property there is not reported missing.
  const heapVar = version === undefined || version.major >= 24 ? ['JAVA_OPTS_KC_HEAP'] : [];
  const javaOpts = env.vars.has('JAVA_OPTS')
    ? ['JAVA_TOOL_OPTIONS', 'JAVA_OPTS', 'JAVA_OPTS_APPEND']
    : ['JAVA_TOOL_OPTIONS', ...heapVar, 'JAVA_OPTS_APPEND'];
  for (const name of javaOpts) {
    const variable = env.vars.get(name);
    if (!variable?.value) continue;
    const expandHere = (w: string) => expandAsWritten(variable, w);
    for (const word of wordsOf(variable.raw ?? variable.value, variable.at, expandHere)) {
      if (!word.text.startsWith('-D') || word.text.length <= 2) continue;
      const option = property(word, 2, variable.origin);
      properties.set(
        option.name,
        normalise({
          value: option.value,
          at: option.at,
          via: variable.via,
          origin: variable.origin,
          ...(variable.from ? { from: variable.from } : {}),
        }),
      );
    }
  }
  // A -D argument reaches only the JVM of its own kc.sh run: build options persist, properties not.
  for (const option of running?.properties ?? []) properties.set(option.name, fromArgv(option));

  const options = new Map<string, Setting>();
  for (const [name, list] of optionSources) options.set(name, list[list.length - 1]!);

  const partial = {
    workload,
    name: asString(container.name) ?? '',
    path,
    at: containerAt,
    image,
    imageAt: resource.at([...path, 'image']),
    distribution,
    official,
    version,
    versionFrom: tagVersion ? ('tag' as const) : version ? ('config' as const) : undefined,
    env,
    argv: chosen,
    mode,
    optimized: running?.optimized,
    options,
    optionSources,
    properties,
    opaque: env.opaque,
    option(name: string): Setting | undefined {
      return options.get(name) ?? opaqueSetting(env);
    },
  };
  return { ...partial, cluster: computeCluster(partial, container, index) };
}

/** `KC_CACHE_STACK` → `cache-stack`; `KC_SPI_A__B` → `spi-a--b`. */
export function optionName(variable: string): string {
  return variable.slice(3).toLowerCase().replace(/_/g, '-');
}

function fromArgv(option: ParsedOption): Setting {
  return normalise({ value: option.value, at: option.at, via: [], origin: option.origin }, true);
}

/**
 * Turns values with unknown references into unknown values. kc.sh passes its arguments
 * through `eval`, so quotes around an argument's value are removed; env values keep them.
 */
function normalise<T extends Setting>(setting: T, unquote = false): T {
  const value = setting.value;
  if (value === undefined) return setting;
  if (hasUnknownReference(value)) {
    return {
      ...setting,
      value: undefined,
      unknown: 'it refers to a variable whose value is set at run time',
    };
  }
  const unquoted = unquote ? /^(["'])(.*)\1$/s.exec(value.trim()) : null;
  return unquoted ? { ...setting, value: unquoted[2] } : setting;
}

function opaqueSetting(env: ContainerEnv): Setting | undefined {
  const source = env.opaque[0];
  if (!source) return undefined;
  return {
    value: undefined,
    unknown: `${source.reason}, and it could set it`,
    at: source.at,
    via: [],
    origin: 'envFrom',
  };
}

/** `key = value` lines of keycloak.conf; `${VAR}` and `${VAR:default}` read the environment. */
function readConf(text: string, at: Location, env: ContainerEnv): Map<string, Setting> {
  const out = new Map<string, Setting>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const match = /^\s*([a-z0-9-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, name, raw] = match;
    let unknown: string | undefined;
    const value = raw!.replace(
      /\$\{([^}:]+)(?::([^}]*))?\}/g,
      (_, variable: string, fallback: string | undefined) => {
        const source = env.vars.get(variable);
        if (source?.value !== undefined) return source.value;
        if (!source && fallback !== undefined) return fallback;
        unknown = `it reads \${${variable}}, which is set at run time`;
        return '';
      },
    );
    const valueStart = start + line.indexOf(raw!, line.indexOf('='));
    out.set(name!, {
      value: unknown ? undefined : value,
      ...(unknown ? { unknown } : {}),
      at: { ...at, span: [valueStart, valueStart + raw!.length] },
      via: [],
      origin: 'keycloak.conf',
    });
  }
  return out;
}

// Bitnami's variables that set Keycloak options (its README's table); the image writes
// them below KC_* variables in precedence, so a KC_* variable of the same option wins.
const BITNAMI_OPTIONS: readonly [string, string][] = [
  ['KEYCLOAK_CACHE_TYPE', 'cache'],
  ['KEYCLOAK_CACHE_STACK', 'cache-stack'],
  ['KEYCLOAK_CACHE_CONFIG_FILE', 'cache-config-file'],
  ['KEYCLOAK_DATABASE_VENDOR', 'db'],
  ['KEYCLOAK_HOSTNAME', 'hostname'],
  ['KEYCLOAK_HOSTNAME_ADMIN', 'hostname-admin'],
  ['KEYCLOAK_HOSTNAME_STRICT', 'hostname-strict'],
  ['KEYCLOAK_HTTP_PORT', 'http-port'],
  ['KEYCLOAK_HTTPS_PORT', 'https-port'],
  ['KEYCLOAK_HTTP_RELATIVE_PATH', 'http-relative-path'],
  ['KEYCLOAK_ENABLE_HEALTH_ENDPOINTS', 'health-enabled'],
  ['KEYCLOAK_ENABLE_STATISTICS', 'metrics-enabled'],
];

function bitnamiDb(value: string | undefined): string | undefined {
  return value === 'postgresql' ? 'postgres' : value;
}

function bitnamiExtraArgs(env: ContainerEnv, name: string): ArgToken[] {
  const variable = env.vars.get(name);
  return variable?.value
    ? wordsOf(variable.raw ?? variable.value, variable.at, (w) => expandAsWritten(variable, w))
    : [];
}
