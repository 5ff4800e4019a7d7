import type { Location, Path } from '../load/source.js';
import { settingText } from './describe.js';
import type { Resource } from './resource.js';
import type { KeycloakContainer, Model, Workload } from './types.js';

/** Keycloak containers of the Quarkus distribution (17+) whose workload runs more than one pod. */
export function clusteredKeycloak(model: Model): KeycloakContainer[] {
  return model.keycloak.filter(
    (kc) => kc.workload.replicas.clustered && kc.distribution !== 'legacy',
  );
}

/** Clustered containers whose caches use a JGroups transport (`cache=ispn`). */
export function withTransport(model: Model): KeycloakContainer[] {
  return clusteredKeycloak(model).filter((kc) => kc.cluster.cache === 'ispn');
}

/** Whether the container discovers members through `jgroups.dns.query` (DNS_PING). */
export function usesDnsPing(kc: KeycloakContainer): boolean {
  const { stack } = kc.cluster;
  if (stack.name === 'kubernetes') return true;
  const xml = stack.xml;
  return (
    stack.name !== undefined &&
    xml?.text !== undefined &&
    !xml.ignored &&
    xml.definedStacks.includes(stack.name) &&
    /DNS_PING/.test(xml.text)
  );
}

/** Keycloak containers of the Quarkus distribution at any replica count. */
export function quarkusKeycloak(model: Model): KeycloakContainer[] {
  return model.keycloak.filter((kc) => kc.distribution !== 'legacy');
}

/**
 * Where a container's effective stack comes from: the cache-stack value, the `stack`
 * attribute of a mounted XML, the option naming the shipped XML, or the container itself
 * when the stack is the version's default.
 */
export function stackLocation(kc: KeycloakContainer): Location {
  const { stack } = kc.cluster;
  if (stack.source === 'option' && stack.setting) return stack.setting.at;
  const xml = stack.xml;
  if (stack.source === 'xml' && xml) {
    if (xml.at && xml.text !== undefined) {
      const match = /\bstack\s*=\s*["'][^"']*["']/.exec(
        xml.text.slice(xml.text.search(/<transport\b/)),
      );
      const start = match ? xml.text.search(/<transport\b/) + match.index : -1;
      return start >= 0 ? { ...xml.at, span: [start, start + match![0].length] } : xml.at;
    }
    const file = kc.option('cache-config-file');
    if (file) return file.at;
  }
  return kc.at;
}

/** How a message says where the stack comes from. */
export function stackOrigin(kc: KeycloakContainer): string {
  const { stack } = kc.cluster;
  if (stack.source === 'option' && stack.setting) return settingText(stack.setting, 'cache-stack');
  if (stack.source === 'xml' && stack.xml) {
    return stack.xml.shipped
      ? `the shipped cache-ispn.xml (stack="${stack.name}")`
      : `stack="${stack.name}" in ${stack.xml.file}`;
  }
  return 'no cache stack is set';
}

/**
 * The Services that containers use for DNS discovery, each with the containers that query
 * it (at any replica count, so that a single-replica copy with the same setup is a user).
 */
export function discoveryServices(model: Model): Map<Resource, KeycloakContainer[]> {
  const users = new Map<Resource, KeycloakContainer[]>();
  for (const kc of model.keycloak) {
    if (kc.distribution === 'legacy' || kc.cluster.cache !== 'ispn' || !usesDnsPing(kc)) continue;
    for (const service of model.discovery(kc)?.services ?? []) {
      const list = users.get(service);
      if (list) list.push(kc);
      else users.set(service, [kc]);
    }
  }
  return users;
}

/** Path of the pod template's labels inside a workload. */
export function podLabelsPath(workload: Workload): Path {
  return [...workload.podSpecPath.slice(0, -1), 'metadata', 'labels'];
}

/** A headless Service that selects the workload's pods: the right target of a DNS query. */
export function headlessServiceFor(model: Model, workload: Workload): Resource | undefined {
  return model.servicesSelecting(workload).find((s) => s.spec.clusterIP === 'None');
}

/** The `svc.ns` form of a DNS query for a Service (the form the Keycloak Operator uses). */
export function queryFor(service: Resource): string {
  return service.namespace ? `${service.name}.${service.namespace}` : service.name;
}

/**
 * Whether JVM system properties may be set where the linter cannot see: a JVM option
 * variable with an unknown value, or (with `opaque`) an envFrom source not in the files.
 */
export function mayHideJvmOptions(kc: KeycloakContainer, { opaque = true } = {}): boolean {
  const names = ['JAVA_OPTS', 'JAVA_OPTS_APPEND', 'JAVA_OPTS_KC_HEAP', 'JAVA_TOOL_OPTIONS'];
  const unknown = names.some((n) => kc.env.vars.has(n) && kc.env.vars.get(n)?.value === undefined);
  return unknown || (opaque && kc.opaque.length > 0);
}
