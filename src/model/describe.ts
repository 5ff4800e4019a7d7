import type { Resource } from './resource.js';
import { displayValue, type Setting } from './setting.js';
import type { KeycloakContainer, Workload } from './types.js';

// How messages name things; one place so that every message says it the same way.

/** `StatefulSet keycloak`, with the namespace when it is known. */
export function nameOf(resource: Resource): string {
  return resource.namespace ? `${resource.kind} ${resource.name} (namespace ${resource.namespace})` : `${resource.kind} ${resource.name}`;
}

export function workloadName(workload: Workload): string {
  return `${workload.resource.kind} ${workload.resource.name}`;
}

/** `Keycloak 26.0.7`, or `Keycloak (version unknown)`. */
export function keycloakVersionText(kc: KeycloakContainer): string {
  return kc.version ? `Keycloak ${kc.version.text}` : 'Keycloak (version unknown)';
}

/** `KC_CACHE_STACK=udp`, `--cache-stack=udp`, `keycloak.conf cache-stack=udp`. */
export function settingText(setting: Setting, option?: string): string {
  const value = setting.value === undefined ? '(unknown)' : displayValue(setting.value);
  if (setting.origin.startsWith('--')) return `${setting.origin}=${value}`;
  if (setting.origin === 'keycloak.conf') return `${option ?? 'option'}=${value} in keycloak.conf`;
  return `${setting.origin}=${value}`;
}

/** `a, b and c` */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function labelsText(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '{}' : `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}
