import type { Location } from '../load/source.js';
import { CONF_DIR } from './facts.js';
import type { ResourceIndex } from './index.js';
import { type MountedFile, mountedFile } from './mounts.js';
import { asObject, type JsonObject, valueAt } from './resource.js';
import type { Setting } from './setting.js';
import type {
  CacheXml,
  ClusterView,
  DnsQuery,
  KeycloakContainer,
  PortSetting,
  StackView,
} from './types.js';
import { atLeast, type Version } from './version.js';

type ContainerBase = Omit<KeycloakContainer, 'cluster'>;

/** The cache, transport stack, discovery query and ports one container will use. */
export function computeCluster(
  kc: ContainerBase,
  container: JsonObject,
  index: ResourceIndex,
): ClusterView {
  const clustered = kc.workload.replicas.clustered;
  const cacheSetting = kc.option('cache');
  let cache: string | undefined;
  let cacheImplicit: ClusterView['cacheImplicit'];
  if (cacheSetting) cache = cacheSetting.value;
  // Bitnami's entrypoint writes cache=ispn (its KEYCLOAK_CACHE_TYPE default) in every mode.
  else if (kc.distribution === 'bitnami') [cache, cacheImplicit] = ['ispn', 'image'];
  else if (kc.mode.kind === 'start-dev') [cache, cacheImplicit] = ['local', 'dev-mode'];
  else if (kc.mode.kind === 'start') [cache, cacheImplicit] = ['ispn', 'default'];

  const xml = cacheXml(kc, container, index);
  const stack = effectiveStack(kc, xml);
  const dnsQuery = parseDnsQuery(
    kc.properties.get('jgroups.dns.query'),
    kc.properties.get('jgroups.dns.record'),
  );
  // cache-embedded-network-bind-port exists from 26.4 and wins over the property there.
  const bindOption = kc.options.get('cache-embedded-network-bind-port');
  const optionApplies = bindOption && kc.version && atLeast(kc.version, 26, 4);
  const transportPort = portOf(
    (optionApplies ? bindOption : undefined) ??
      kc.properties.get('jgroups.bind.port') ??
      kc.properties.get('jgroups.tcp.port'),
    7800,
    bindOption !== undefined && !kc.version,
  );
  const offset = portOf(kc.properties.get('jgroups.fd.port-offset'), 50000);
  const failureDetectionPort: PortSetting = {
    port: transportPort.port + offset.port,
    ...(offset.setting ? { setting: offset.setting } : {}),
    ...(transportPort.unknown || offset.unknown ? { unknown: true } : {}),
  };

  return {
    clustered,
    cache,
    ...(cacheSetting ? { cacheSetting } : {}),
    ...(cacheImplicit ? { cacheImplicit } : {}),
    stack,
    dnsQuery,
    transportPort,
    failureDetectionPort,
  };
}

function effectiveStack(kc: ContainerBase, found: CacheXml | undefined): StackView {
  const xml = found?.ignored ? undefined : found;
  const option = kc.option('cache-stack');
  const withXml = found ? { xml: found } : {};
  if (option) {
    return option.value === undefined
      ? {
          name: undefined,
          source: 'unknown',
          setting: option,
          unknown: option.unknown ?? 'unknown',
          ...withXml,
        }
      : { name: option.value.trim(), source: 'option', setting: option, ...withXml };
  }
  if (xml?.stack) return { name: xml.stack, source: 'xml', xml };
  if (xml?.unreadable) return { name: undefined, source: 'unknown', unknown: xml.unreadable, xml };
  if (!kc.version)
    return {
      name: undefined,
      source: 'unknown',
      unknown: 'the Keycloak version is unknown',
      ...withXml,
    };
  return { name: defaultStack(kc.version), source: 'default', ...withXml };
}

/** The stack Keycloak uses when nothing names one. */
export function defaultStack(version: Version): string {
  return atLeast(version, 26, 1) ? 'jdbc-ping' : 'udp';
}

/**
 * The cache XML a container loads: the file `cache-config-file` names (relative to
 * `conf/`), or from 26.1 a `conf/cache-ispn.xml` mounted over the shipped one.
 */
function cacheXml(
  kc: ContainerBase,
  container: JsonObject,
  index: ResourceIndex,
): CacheXml | undefined {
  const setting = kc.option('cache-config-file');
  const read = (file: string): MountedFile => confFile(kc, container, file, index);
  if (setting) {
    if (setting.value === undefined) {
      return xmlOf(
        '(unknown)',
        undefined,
        undefined,
        false,
        setting.unknown ?? 'its value is unknown',
      );
    }
    const file = setting.value.trim();
    const shipped = file === 'cache-ispn.xml';
    const mounted = read(file);
    if (mounted.text !== undefined) return xmlOf(file, mounted.text, mounted.at, false);
    if (shipped && !mounted.mounted) return shippedXml(kc.version);
    return xmlOf(
      file,
      undefined,
      mounted.at,
      false,
      mounted.unreadable ?? `${file} cannot be read`,
    );
  }
  const mounted = read('cache-ispn.xml');
  if (!mounted.mounted) return undefined;
  if (!kc.version) {
    return xmlOf(
      'cache-ispn.xml',
      undefined,
      mounted.at,
      false,
      'whether the mounted cache-ispn.xml is read depends on the Keycloak version, which is ' +
        'unknown',
    );
  }
  // Up to 26.0 a mounted conf/cache-ispn.xml is ignored unless cache-config-file names it.
  if (!atLeast(kc.version, 26, 1))
    return mounted.text === undefined
      ? undefined
      : { ...xmlOf('cache-ispn.xml', mounted.text, mounted.at, false), ignored: true };
  return mounted.text !== undefined
    ? xmlOf('cache-ispn.xml', mounted.text, mounted.at, false)
    : xmlOf(
        'cache-ispn.xml',
        undefined,
        mounted.at,
        false,
        mounted.unreadable ?? 'it cannot be read',
      );
}

/** Where Bitnami's entrypoint copies configuration files from into its conf directory. */
const BITNAMI_MOUNTED_CONF_DIR = '/bitnami/keycloak/conf';

/**
 * What a container has at `conf/<file>`: the file mounted into its conf directory, or for
 * Bitnami images one mounted into the directory the entrypoint copies into conf at start.
 */
function confFile(
  kc: ContainerBase,
  container: JsonObject,
  file: string,
  index: ResourceIndex,
): MountedFile {
  const read = (dir: string) =>
    mountedFile(
      kc.workload.resource,
      kc.workload.podSpec,
      container,
      `${dir}/${file}`,
      index,
      kc.path,
    );
  const direct = read(CONF_DIR[kc.distribution]);
  if (kc.distribution !== 'bitnami' || direct.mounted) return direct;
  const dir = kc.env.vars.get('KEYCLOAK_MOUNTED_CONF_DIR')?.value ?? BITNAMI_MOUNTED_CONF_DIR;
  const copied = read(dir);
  return copied.mounted ? copied : direct;
}

/** The file `cache-config-file` names and what the container's mounts provide there. */
export interface CacheConfigFile {
  readonly setting: Setting;
  /** The value, trimmed. */
  readonly file: string;
  /** The distribution's own `cache-ispn.xml`. */
  readonly shipped: boolean;
  readonly found: MountedFile;
}

const configFiles = new WeakMap<KeycloakContainer, CacheConfigFile | undefined>();

/** The cache XML named by `cache-config-file`, when the option is set to a known value. */
export function cacheConfigFile(
  kc: KeycloakContainer,
  index: ResourceIndex,
): CacheConfigFile | undefined {
  if (configFiles.has(kc)) return configFiles.get(kc);
  const setting = kc.option('cache-config-file');
  let view: CacheConfigFile | undefined;
  const container = asObject(valueAt(kc.workload.resource.value, kc.path));
  if (setting?.value !== undefined && container) {
    const file = setting.value.trim();
    view = {
      setting,
      file,
      shipped: file === 'cache-ispn.xml',
      found: confFile(kc, container, file, index),
    };
  }
  configFiles.set(kc, view);
  return view;
}

/** The `stack="..."` attribute of `<transport>` in a cache XML read from a ConfigMap. */
export function transportStackAt(xml: CacheXml): Location | undefined {
  if (!xml.at || xml.text === undefined) return undefined;
  const transport = xml.text.search(/<transport\b/);
  if (transport < 0) return xml.at;
  const match = /\bstack\s*=\s*["'][^"']*["']/.exec(xml.text.slice(transport));
  if (!match) return xml.at;
  const start = transport + match.index;
  return { ...xml.at, span: [start, start + match[0].length] };
}

/** The distribution's own cache-ispn.xml: `stack="udp"` up to 26.0, no stack later. */
function shippedXml(version: Version | undefined): CacheXml {
  if (!version)
    return xmlOf(
      'cache-ispn.xml',
      undefined,
      undefined,
      true,
      'the shipped cache-ispn.xml differs between Keycloak versions, and the version is unknown',
    );
  return {
    file: 'cache-ispn.xml',
    text: undefined,
    at: undefined,
    shipped: true,
    stack: atLeast(version, 26, 1) ? undefined : 'udp',
    definedStacks: [],
  };
}

function xmlOf(
  file: string,
  text: string | undefined,
  at: CacheXml['at'],
  shipped: boolean,
  unreadable?: string,
): CacheXml {
  const base = { file, text, at, shipped };
  if (text === undefined)
    return {
      ...base,
      stack: undefined,
      definedStacks: [],
      unreadable: unreadable ?? `${file} cannot be read`,
    };
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  if (!/<infinispan\b/.test(body)) {
    return {
      ...base,
      stack: undefined,
      definedStacks: [],
      unreadable: `${file} is not an Infinispan XML file`,
    };
  }
  const stack = /<transport\b[^>]*?\bstack\s*=\s*["']([^"']+)["']/.exec(body)?.[1];
  const definedStacks = [...body.matchAll(/<stack\b[^>]*?\bname\s*=\s*["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  return { ...base, stack, definedStacks };
}

function parseDnsQuery(
  setting: Setting | undefined,
  record: Setting | undefined,
): DnsQuery | undefined {
  if (!setting || setting.value === undefined) return undefined;
  const value = setting.value.trim();
  let host = value.replace(/\.$/, '');
  // An SRV query names `_port._proto.svc.ns.svc.cluster.local`.
  if (record?.value?.toUpperCase() === 'SRV') host = host.replace(/^_[^.]+\._[^.]+\./, '');
  const labels = host.split('.');
  const [service, namespace, third] = labels;
  if (!service) return undefined;
  // `svc`, `svc.ns`, `svc.ns.svc` and `svc.ns.svc.<domain>` name a Service; others are external.
  if (third !== undefined && third !== 'svc') return undefined;
  return { setting, value, service, namespace };
}

/** A port from a setting; unknown when its value is, or when it may be set where nothing shows. */
function portOf(setting: Setting | undefined, fallback: number, uncertain = false): PortSetting {
  if (setting && setting.value === undefined) return { port: fallback, setting, unknown: true };
  const port = Number(setting?.value);
  if (setting && Number.isInteger(port) && port > 0) return { port, setting };
  return uncertain ? { port: fallback, unknown: true } : { port: fallback };
}
