import type { Path } from '../load/source.js';
import { GeneratedResource, type Origin } from './generated.js';
import { parseImage } from './image.js';
import {
  asArray,
  asObject,
  asString,
  type Json,
  type JsonObject,
  type Resource,
  valueAt,
} from './resource.js';
import { atLeast, parseVersion, type Version } from './version.js';

// What the Keycloak Operator makes of a `Keycloak` custom resource (keycloak-facts.md §4),
// as objects the rules can read. Only what the facts establish for the operator of the
// version at hand is generated; with an unknown version, only what every operator version
// generates. Probes are left out: the operator derives them from the same options, so
// they are right by construction, and their details differ between operator versions.

export const KEYCLOAK_CR_GROUP = 'k8s.keycloak.org';

/** Whether a resource is a Keycloak Operator `Keycloak` custom resource. */
export function isKeycloakCr(resource: Resource): boolean {
  return resource.group === KEYCLOAK_CR_GROUP && resource.kind === 'Keycloak';
}

/** The Keycloak version a CR runs: its `spec.image` tag, else the configured one. */
export function crVersion(cr: Resource, configured: Version | undefined): Version | undefined {
  const image = asString(cr.spec.image);
  if (image === undefined) return configured;
  const tag = parseImage(image).tag;
  return (tag ? parseVersion(tag) : undefined) ?? configured;
}

/** The labels the operator puts on every object of an instance and selects its pods by. */
export function instanceLabels(cr: Resource): Record<string, string> {
  return {
    app: 'keycloak',
    'app.kubernetes.io/managed-by': 'keycloak-operator',
    'app.kubernetes.io/instance': cr.name,
  };
}

const POD: Path = ['spec', 'template'];
const CONTAINER: Path = [...POD, 'spec', 'containers', 0];
const POD_TEMPLATE: Path = ['spec', 'unsupported', 'podTemplate'];
const CR_CONTAINER: Path = [...POD_TEMPLATE, 'spec', 'containers', 0];

/** The objects the operator creates for a Keycloak CR. */
export function operatorObjects(cr: Resource, version: Version | undefined): GeneratedResource[] {
  if (!cr.name) return [];
  const out = [statefulSet(cr, version), discoveryService(cr), service(cr, version)];
  const ingress = asObject(cr.spec.ingress);
  if (ingress?.enabled !== false) out.push(ingressOf(cr));
  const policy = networkPolicy(cr, version);
  if (policy) out.push(policy);
  return out;
}

interface EnvEntry {
  readonly entry: JsonObject;
  readonly origins: readonly Origin[];
}

/** An env entry for an option set by a CR field (`spec.db.host` → KC_DB_URL_HOST). */
function fieldOption(cr: Resource, option: string, field: Path): EnvEntry | undefined {
  const raw = valueAt(cr.value, field);
  if (raw === undefined || raw === null) return undefined;
  const name = envName(option);
  const secret = asObject(raw);
  if (secret) {
    // A SecretKeySelector (`usernameSecret: {name, key}`).
    const entry = { name, valueFrom: { secretKeyRef: secret } };
    return {
      entry,
      origins: [
        { path: [], from: field },
        { path: ['valueFrom', 'secretKeyRef'], from: field, verbatim: true },
      ],
    };
  }
  const value = Array.isArray(raw) ? raw.map(String).join(',') : String(raw);
  if (!value.trim()) return undefined;
  return {
    entry: { name, value },
    origins: [
      { path: [], from: field },
      { path: ['value'], from: field, verbatim: typeof raw === 'string' },
    ],
  };
}

/** `cache-stack` → `KC_CACHE_STACK`, as the operator names option variables. */
function envName(option: string): string {
  return `KC_${option.replace(/[^a-zA-Z0-9]/g, '_').toUpperCase()}`;
}

/** The options the CR's first-class fields set, for the version at hand. */
function firstClassOptions(cr: Resource, version: Version | undefined): EnvEntry[] {
  const v25 = version !== undefined && atLeast(version, 25);
  const before25 = version !== undefined && !atLeast(version, 25);
  const fields: [string, Path, boolean?][] = [
    ['hostname', ['spec', 'hostname', 'hostname']],
    ['hostname-strict', ['spec', 'hostname', 'strict']],
    // Hostname v2 fields (25 and later) and the v1 ones the older operators mapped.
    ['hostname-admin', ['spec', 'hostname', 'admin'], v25],
    ['hostname-backchannel-dynamic', ['spec', 'hostname', 'backchannelDynamic'], v25],
    ['hostname-admin-url', ['spec', 'hostname', 'adminUrl'], before25],
    ['hostname-strict-backchannel', ['spec', 'hostname', 'strictBackchannel'], before25],
    ['features', ['spec', 'features', 'enabled']],
    ['features-disabled', ['spec', 'features', 'disabled']],
    ['transaction-xa-enabled', ['spec', 'transaction', 'xaEnabled']],
    ['http-enabled', ['spec', 'http', 'httpEnabled']],
    ['http-port', ['spec', 'http', 'httpPort']],
    ['https-port', ['spec', 'http', 'httpsPort']],
    ['db', ['spec', 'db', 'vendor']],
    ['db-username', ['spec', 'db', 'usernameSecret']],
    ['db-password', ['spec', 'db', 'passwordSecret']],
    ['db-url-database', ['spec', 'db', 'database']],
    ['db-url-host', ['spec', 'db', 'host']],
    ['db-url-port', ['spec', 'db', 'port']],
    ['db-schema', ['spec', 'db', 'schema']],
    ['db-url', ['spec', 'db', 'url']],
    ['proxy-headers', ['spec', 'proxy', 'headers']],
    ['http-management-port', ['spec', 'httpManagement', 'port']],
  ];
  const out: EnvEntry[] = [];
  for (const [option, field, applies = true] of fields) {
    if (!applies) continue;
    const entry = fieldOption(cr, option, field);
    if (entry) out.push(entry);
  }
  if (asString(valueAt(cr.value, ['spec', 'http', 'tlsSecret']))) {
    for (const [option, file] of [
      ['https-certificate-file', '/mnt/certificates/tls.crt'],
      ['https-certificate-key-file', '/mnt/certificates/tls.key'],
    ] as const) {
      out.push({
        entry: { name: envName(option), value: file },
        origins: [{ path: [], from: ['spec', 'http', 'tlsSecret'] }],
      });
    }
  }
  const cacheFile = asObject(valueAt(cr.value, ['spec', 'cache', 'configMapFile']));
  const key = asString(cacheFile?.key);
  if (key) {
    out.push({
      entry: { name: envName('cache-config-file'), value: `cache/${key}` },
      origins: [{ path: [], from: ['spec', 'cache', 'configMapFile'] }],
    });
  }
  return out;
}

/**
 * The operator's default options merged with `additionalOptions` (which replace a default of
 * the same name). The defaults: `health-enabled=true`, `cache=ispn`, and up to 26.2
 * `cache-stack=kubernetes`; with an unknown version the stack default is left out.
 */
function additionalOptions(cr: Resource, version: Version | undefined): EnvEntry[] {
  const given = asArray(cr.spec.additionalOptions);
  const names = new Set(given.map((o) => asString(asObject(o)?.name)));
  const defaults: [string, string][] = [
    ['health-enabled', 'true'],
    ['cache', 'ispn'],
  ];
  if (version && !atLeast(version, 26, 3)) defaults.push(['cache-stack', 'kubernetes']);
  const out: EnvEntry[] = defaults
    .filter(([name]) => !names.has(name))
    .map(([name, value]) => ({
      entry: { name: envName(name), value },
      origins: [{ path: [], from: ['spec'], label: `the operator's default ${name}` }],
    }));
  given.forEach((raw, i) => {
    const option = asObject(raw);
    const name = asString(option?.name);
    if (!option || !name) return;
    const from: Path = ['spec', 'additionalOptions', i];
    const secret = asObject(option.secret);
    if (secret) {
      out.push({
        entry: { name: envName(name), valueFrom: { secretKeyRef: secret } },
        origins: [
          { path: [], from },
          { path: ['valueFrom', 'secretKeyRef'], from: [...from, 'secret'], verbatim: true },
        ],
      });
      return;
    }
    const value = option.value;
    if (value === undefined || value === null) return;
    out.push({
      entry: { name: envName(name), value: String(value) },
      origins: [
        { path: [], from },
        { path: ['name'], from: [...from, 'name'] },
        { path: ['value'], from: [...from, 'value'], verbatim: typeof value === 'string' },
      ],
    });
  });
  return out;
}

/** `spec.env`: plain env entries, the lowest priority. */
function crEnv(cr: Resource): EnvEntry[] {
  return asArray(cr.spec.env).flatMap((raw, i) => {
    const entry = asObject(raw);
    if (!entry || typeof entry.name !== 'string') return [];
    const from: Path = ['spec', 'env', i];
    const secret = asObject(entry.secret);
    const value = secret
      ? { name: entry.name, valueFrom: { secretKeyRef: secret } }
      : { name: entry.name, value: String(entry.value ?? '') };
    return [
      {
        entry: value,
        origins: [
          { path: [], from },
          { path: ['value'], from: [...from, 'value'], verbatim: true },
        ],
      },
    ];
  });
}

function statefulSet(cr: Resource, version: Version | undefined): GeneratedResource {
  const origins: Origin[] = [
    { path: ['spec', 'replicas'], from: ['spec', 'instances'] },
    { path: [...POD, 'metadata'], from: [...POD_TEMPLATE, 'metadata'], verbatim: true },
  ];
  const template = structuredClone(asObject(valueAt(cr.value, POD_TEMPLATE)) ?? {}) as JsonObject;
  const metadata = (asObject(template.metadata) ?? {}) as JsonObject;
  const labels = { ...stringRecord(metadata.labels), ...instanceLabels(cr) };
  const podSpec = (asObject(template.spec) ?? {}) as JsonObject;
  const given = asArray(podSpec.containers);
  const container = structuredClone(asObject(given[0]) ?? {}) as JsonObject;
  // Whatever the pod template spells out is the user's own text (args and env are mapped
  // item by item below, as the operator adds to them).
  for (const key of Object.keys(container))
    if (key !== 'args' && key !== 'env')
      origins.push({ path: [...CONTAINER, key], from: [...CR_CONTAINER, key], verbatim: true });
  for (const key of Object.keys(podSpec)) {
    if (key !== 'containers')
      origins.push({
        path: [...POD, 'spec', key],
        from: [...POD_TEMPLATE, 'spec', key],
        verbatim: true,
      });
  }

  container.name = 'keycloak';
  const image = asString(cr.spec.image);
  // Without spec.image the operator runs its own default image, of a version unknown here.
  container.image = image ?? 'quay.io/keycloak/keycloak';
  origins.push({
    path: [...CONTAINER, 'image'],
    from: ['spec', 'image'],
    verbatim: image !== undefined,
  });

  // Each argument with the CR path it comes from (verbatim when the pod template wrote it).
  const args: { text: string; from: Path; verbatim: boolean }[] = [];
  asArray(container.args).forEach((a, i) => {
    if (typeof a === 'string')
      args.push({ text: a, from: [...CR_CONTAINER, 'args', i], verbatim: true });
  });
  if (args.length === 0) {
    for (const text of ['--verbose', 'start']) args.push({ text, from: ['spec'], verbatim: false });
    const optimized = cr.spec.startOptimized;
    if (optimized === true || (optimized === undefined && image !== undefined)) {
      args.push({ text: '--optimized', from: ['spec', 'startOptimized'], verbatim: false });
    }
  }
  // Operators whose default stack is `kubernetes` point DNS_PING at the discovery Service.
  if (version && atLeast(version, 22) && !atLeast(version, 26, 3)) {
    const ns = cr.namespace ? `.${cr.namespace}` : '';
    args.unshift({
      text: `-Djgroups.dns.query=${cr.name}-discovery${ns}`,
      from: ['spec'],
      verbatim: false,
    });
  }
  container.args = args.map((a) => a.text);
  args.forEach((a, i) => {
    origins.push({ path: [...CONTAINER, 'args', i], from: a.from, verbatim: a.verbatim });
  });

  // Priority as the operator merges them: the pod template's own env, first-class fields,
  // defaults and additionalOptions, spec.env; the first entry of a name wins.
  const env: JsonObject[] = [];
  const seen = new Set<string>();
  asArray(container.env).forEach((raw, i) => {
    const entry = asObject(raw);
    if (!entry || typeof entry.name !== 'string' || seen.has(entry.name)) return;
    seen.add(entry.name);
    const at = [...CONTAINER, 'env', env.length];
    origins.push({ path: at, from: [...CR_CONTAINER, 'env', i], verbatim: true });
    env.push(entry);
  });
  for (const { entry, origins: parts } of [
    ...firstClassOptions(cr, version),
    ...additionalOptions(cr, version),
    ...crEnv(cr),
  ]) {
    const name = entry.name as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const at = [...CONTAINER, 'env', env.length];
    for (const part of parts) origins.push({ ...part, path: [...at, ...part.path] });
    env.push(entry);
  }
  container.env = env;

  const ports = asArray(container.ports);
  for (const [name, port] of [
    ['https', 8443],
    ['http', 8080],
    ['management', 9000],
  ] as const) {
    ports.push({ name, containerPort: port, protocol: 'TCP' });
  }
  container.ports = ports;

  const volumes = asArray(podSpec.volumes);
  const mounts = asArray(container.volumeMounts);
  const cacheFile = asObject(valueAt(cr.value, ['spec', 'cache', 'configMapFile']));
  const cacheMap = asString(cacheFile?.name);
  if (cacheMap) {
    volumes.push({ name: 'cache-config', configMap: { name: cacheMap } });
    mounts.push({ name: 'cache-config', mountPath: '/opt/keycloak/conf/cache' });
  }
  const tls = asString(valueAt(cr.value, ['spec', 'http', 'tlsSecret']));
  if (tls) {
    volumes.push({ name: 'keycloak-tls-certificates', secret: { secretName: tls } });
    mounts.push({ name: 'keycloak-tls-certificates', mountPath: '/mnt/certificates' });
  }
  container.volumeMounts = mounts;

  const value: JsonObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: cr.name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: {
      replicas: typeof cr.spec.instances === 'number' ? cr.spec.instances : 1,
      serviceName: `${cr.name}-discovery`,
      selector: { matchLabels: instanceLabels(cr) },
      template: {
        metadata: { ...metadata, labels },
        spec: { ...podSpec, volumes, containers: [container, ...given.slice(1)] },
      },
    },
  };
  return new GeneratedResource(cr, 'apps/v1', 'StatefulSet', cr.name, value, origins);
}

function discoveryService(cr: Resource): GeneratedResource {
  const name = `${cr.name}-discovery`;
  const value: JsonObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: {
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: instanceLabels(cr),
      ports: [{ name: 'tcp', port: 7800, protocol: 'TCP' }],
    },
  };
  return new GeneratedResource(cr, 'v1', 'Service', name, value, []);
}

/** `<name>-service`: HTTP and/or HTTPS, and from 25 the management port. */
function service(cr: Resource, version: Version | undefined): GeneratedResource {
  const name = `${cr.name}-service`;
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === 'string' && http.tlsSecret !== '';
  const ports: Json[] = [];
  if (!tls || http.httpEnabled === true) {
    const port = typeof http.httpPort === 'number' ? http.httpPort : 8080;
    ports.push({ name: 'http', port, targetPort: port, protocol: 'TCP' });
  }
  if (tls) {
    const port = typeof http.httpsPort === 'number' ? http.httpsPort : 8443;
    ports.push({ name: 'https', port, targetPort: port, protocol: 'TCP' });
  }
  if (version && atLeast(version, 25)) {
    ports.push({ name: 'management', port: 9000, targetPort: 9000, protocol: 'TCP' });
  }
  const metadata: JsonObject = {
    name,
    ...namespaceOf(cr),
    labels: { ...stringRecord(http.labels), ...instanceLabels(cr) },
  };
  if (asObject(http.annotations)) metadata.annotations = stringRecord(http.annotations);
  const value: JsonObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: { type: 'ClusterIP', selector: instanceLabels(cr), ports },
  };
  return new GeneratedResource(cr, 'v1', 'Service', name, value, [
    { path: ['metadata', 'annotations'], from: ['spec', 'http', 'annotations'], verbatim: true },
    { path: ['metadata', 'labels'], from: ['spec', 'http', 'labels'], verbatim: true },
  ]);
}

/** `<name>-ingress`: to `<name>-service`, HTTPS when the CR has a TLS Secret. */
function ingressOf(cr: Resource): GeneratedResource {
  const name = `${cr.name}-ingress`;
  const spec = asObject(cr.spec.ingress) ?? {};
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === 'string' && http.tlsSecret !== '';
  const annotations: Record<string, string> = {
    'nginx.ingress.kubernetes.io/backend-protocol': tls ? 'HTTPS' : 'HTTP',
    'route.openshift.io/termination': tls ? 'passthrough' : 'edge',
    ...stringRecord(spec.annotations),
  };
  const host = hostOf(asString(valueAt(cr.value, ['spec', 'hostname', 'hostname'])));
  const port = tls ? { name: 'https' } : { name: 'http' };
  const rule: JsonObject = {
    http: {
      paths: [
        {
          path: '/',
          pathType: 'ImplementationSpecific',
          backend: { service: { name: `${cr.name}-service`, port } },
        },
      ],
    },
  };
  if (host) rule.host = host;
  const ingressSpec: JsonObject = { rules: [rule] };
  if (typeof spec.className === 'string') ingressSpec.ingressClassName = spec.className;
  const secret = asString(spec.tlsSecret);
  if (tls || secret)
    ingressSpec.tls = [
      { ...(host ? { hosts: [host] } : {}), ...(secret ? { secretName: secret } : {}) },
    ];
  const value: JsonObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      ...namespaceOf(cr),
      labels: { ...stringRecord(spec.labels), ...instanceLabels(cr) },
      annotations,
    },
    spec: ingressSpec,
  };
  const origins: Origin[] = [
    { path: ['metadata', 'annotations'], from: ['spec', 'ingress', 'annotations'] },
    { path: ['spec', 'ingressClassName'], from: ['spec', 'ingress', 'className'], verbatim: true },
    { path: ['spec'], from: ['spec', 'ingress'] },
  ];
  for (const key of Object.keys(stringRecord(spec.annotations))) {
    const path = ['metadata', 'annotations', key];
    origins.push({ path, from: ['spec', 'ingress', 'annotations', key], verbatim: true });
  }
  return new GeneratedResource(cr, 'networking.k8s.io/v1', 'Ingress', name, value, origins);
}

/**
 * `<name>-network-policy`: created by default from 26.2, on request (`enabled: true`) on
 * 26.1. It admits HTTP(S) and management traffic from the CR's peers (anyone when none are
 * given) and the JGroups ports only from the instance's own pods, unless a multi-site or
 * clusterless feature is enabled.
 */
function networkPolicy(cr: Resource, version: Version | undefined): GeneratedResource | undefined {
  if (!version || !atLeast(version, 26, 1)) return undefined;
  const spec = asObject(cr.spec.networkPolicy) ?? {};
  const enabled = spec.enabled === true || (spec.enabled !== false && atLeast(version, 26, 2));
  if (!enabled) return undefined;
  const http = asObject(cr.spec.http) ?? {};
  const tls = typeof http.tlsSecret === 'string' && http.tlsSecret !== '';
  const peers = (key: string) => {
    const list = asArray(spec[key]);
    return list.length > 0 ? { from: list } : {};
  };
  const ingress: Json[] = [];
  if (!tls || http.httpEnabled === true) {
    const port = typeof http.httpPort === 'number' ? http.httpPort : 8080;
    ingress.push({ ports: [{ protocol: 'TCP', port }], ...peers('http') });
  }
  if (tls) {
    const port = typeof http.httpsPort === 'number' ? http.httpsPort : 8443;
    ingress.push({ ports: [{ protocol: 'TCP', port }], ...peers('https') });
  }
  const features = asArray(valueAt(cr.value, ['spec', 'features', 'enabled'])).map(String);
  if (!features.some((f) => f === 'multi-site' || f === 'clusterless')) {
    ingress.push({
      ports: [
        { protocol: 'TCP', port: 7800 },
        { protocol: 'TCP', port: 57800 },
      ],
      from: [{ podSelector: { matchLabels: instanceLabels(cr) } }],
    });
  }
  ingress.push({ ports: [{ protocol: 'TCP', port: 9000 }], ...peers('management') });
  const name = `${cr.name}-network-policy`;
  const value: JsonObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, ...namespaceOf(cr), labels: instanceLabels(cr) },
    spec: { podSelector: { matchLabels: instanceLabels(cr) }, policyTypes: ['Ingress'], ingress },
  };
  return new GeneratedResource(cr, 'networking.k8s.io/v1', 'NetworkPolicy', name, value, [
    { path: ['spec'], from: ['spec', 'networkPolicy'] },
  ]);
}

function namespaceOf(cr: Resource): JsonObject {
  return cr.explicitNamespace ? { namespace: cr.explicitNamespace } : {};
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(value) ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/** `https://sso.example.com/auth` → `sso.example.com`; a bare host name stays as it is. */
function hostOf(hostname: string | undefined): string | undefined {
  if (!hostname) return undefined;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:]+)/i.exec(hostname);
  return match ? match[1] : hostname.split('/')[0]?.split(':')[0];
}
