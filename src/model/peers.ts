// Which Keycloak containers would join one cluster: those whose DNS discovery asks for the
// same Service, and those whose jdbc-ping discovery reads the same database (facts §2.2,
// §3: jdbc-ping joins every Keycloak that shares the database and schema).

import { sourceOf } from './generated.js';
import { usesDnsPing } from './query.js';
import type { Resource } from './resource.js';
import type { KeycloakContainer, Model } from './types.js';
import type { Version } from './version.js';

export interface PeerGroup {
  /** How the members find each other, for messages. */
  readonly via: string;
  readonly members: readonly KeycloakContainer[];
}

const groupsOf = new WeakMap<Model, readonly PeerGroup[]>();

/** Groups of containers that discover each other; a group may hold a single container. */
export function peerGroups(model: Model): readonly PeerGroup[] {
  const cached = groupsOf.get(model);
  if (cached) return cached;
  const groups = new Map<string, { via: string; members: KeycloakContainer[] }>();
  const add = (key: string, via: string, kc: KeycloakContainer) => {
    const group = groups.get(key);
    if (group) group.members.push(kc);
    else groups.set(key, { via, members: [kc] });
  };
  for (const kc of model.keycloak) {
    if (kc.distribution === 'legacy' || kc.cluster.cache !== 'ispn') continue;
    const query = kc.cluster.dnsQuery;
    if (query && usesDnsPing(kc)) {
      // DNS answers the name as written: the namespace in the query, else the pod's own.
      const namespace = query.namespace ?? kc.workload.resource.namespace ?? '';
      const name = namespace ? `${query.service}.${namespace}` : query.service;
      add(`dns|${name}`, `the discovery Service ${name} (jgroups.dns.query)`, kc);
      continue;
    }
    const stack = kc.cluster.stack.name;
    if (stack !== 'jdbc-ping' && stack !== 'jdbc-ping-udp') continue;
    const database = databaseOf(kc);
    if (database) add(`jdbc|${database.key}`, `the database ${database.text} (jdbc-ping)`, kc);
  }
  const out = [...groups.values()];
  groupsOf.set(model, out);
  return out;
}

/** Whether two resources are copies of one object (variants of a folder, not both applied). */
export function sameObject(a: Resource, b: Resource): boolean {
  return (
    a.group === b.group &&
    a.kind === b.kind &&
    a.name === b.name &&
    (a.namespace ?? '') === (b.namespace ?? '')
  );
}

/** `latest`, `nightly` or no tag at all, without a digest: the image can change under it. */
export function floatingTag(kc: KeycloakContainer): string | undefined {
  if (kc.image.digest) return undefined;
  // A Keycloak CR without spec.image runs the image the operator release pins.
  const cr = sourceOf(kc.workload.resource);
  if (cr && cr.spec.image === undefined) return undefined;
  const tag = kc.image.tag;
  if (tag === undefined) return 'no tag, so latest';
  return tag === 'latest' || tag === 'nightly' ? tag : undefined;
}

/** The version read from the image tag (not from the configuration). */
export function tagVersion(kc: KeycloakContainer): Version | undefined {
  return kc.versionFrom === 'tag' ? kc.version : undefined;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;

/**
 * The database a container's jdbc-ping discovery reads, as a comparable key: vendor, host
 * (a Service name resolved in the pod's namespace), port, database and schema. Undefined
 * when any part is unknown, for an embedded H2 database, or for a loopback host (a
 * sidecar proxy: which database is behind it cannot be told).
 */
function databaseOf(kc: KeycloakContainer): { key: string; text: string } | undefined {
  const value = (name: string) => kc.option(name);
  const db = value('db');
  if (!db || db.value === undefined) return undefined;
  const vendor = db.value.trim();
  if (vendor === 'dev-file' || vendor === 'dev-mem') return undefined;
  const schema = value('db-schema');
  if (schema && schema.value === undefined) return undefined;
  let host: string | undefined;
  let port = '';
  let database = '';
  const url = value('db-url');
  if (url) {
    if (url.value === undefined) return undefined;
    const match = /^jdbc:[a-z0-9]+:(?:\/\/)?([^/?;]+)(?:\/([^?;]*))?/i.exec(url.value.trim());
    if (!match) return { key: `${vendor}|${url.value.trim()}`, text: url.value.trim() };
    const hostPort = match[1]!.split(',')[0]!;
    const colon = hostPort.lastIndexOf(':');
    host = colon > 0 && !hostPort.endsWith(']') ? hostPort.slice(0, colon) : hostPort;
    port = colon > 0 && !hostPort.endsWith(']') ? hostPort.slice(colon + 1) : '';
    database = match[2] ?? '';
  } else {
    const parts = ['db-url-host', 'db-url-port', 'db-url-database'].map(value);
    if (parts.some((p) => p && p.value === undefined)) return undefined;
    host = parts[0]?.value;
    port = parts[1]?.value?.trim() ?? '';
    database = parts[2]?.value?.trim() ?? '';
  }
  host = host?.trim().toLowerCase().replace(/\.$/, '');
  if (!host || LOOPBACK.test(host)) return undefined;
  const labels = host.split('.');
  // `svc`, `svc.ns`, `svc.ns.svc[.<domain>]` name a Service, resolved in the pod's namespace.
  if (labels.length <= 2 || labels[2] === 'svc') {
    const namespace = labels[1] ?? kc.workload.resource.namespace ?? '';
    host = namespace ? `${labels[0]}.${namespace}` : labels[0]!;
  }
  const text = `${host}${port ? `:${port}` : ''}/${database}`;
  return { key: `${vendor}|${text}|${schema?.value?.trim() ?? ''}`, text };
}
