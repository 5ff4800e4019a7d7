import type { Resource } from './resource.js';
import { type Setting, shownValue } from './setting.js';
import type { IngressView, KeycloakContainer, Workload } from './types.js';

// How messages name things; one place so that every message says it the same way.

/** `StatefulSet keycloak`, with the namespace when it is known. */
export function nameOf(resource: Resource): string {
  return resource.namespace
    ? `${resource.kind} ${resource.name} (namespace ${resource.namespace})`
    : `${resource.kind} ${resource.name}`;
}

export function workloadName(workload: Workload): string {
  return `${workload.resource.kind} ${workload.resource.name}`;
}

/** `Keycloak 26.0.7`, or `Keycloak (version unknown)`. */
export function keycloakVersionText(kc: KeycloakContainer): string {
  return kc.version ? `Keycloak ${kc.version.text}` : 'Keycloak (version unknown)';
}

/** `KC_CACHE_STACK=udp`, `--cache-stack=udp`, `KC_CACHE=local (from ConfigMap kc)`. */
export function settingText(setting: Setting, option?: string): string {
  const value = shownValue(setting);
  const hidden = setting.value === undefined || setting.from?.startsWith('Secret ');
  if (setting.origin === 'keycloak.conf')
    return hidden
      ? `${option ?? 'option'} (${value}) in keycloak.conf`
      : `${option ?? 'option'}=${value} in keycloak.conf`;
  if (hidden) return `${setting.origin} (${value})`;
  return `${setting.origin}=${value}${setting.from ? ` (from ${setting.from})` : ''}`;
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

/** How a message names an Ingress controller: `ingress-nginx`, `the controller of class x`. */
export function controllerText(view: IngressView): string {
  if (view.controller && view.controller !== 'other') return view.controller;
  if (view.controllerFrom) return `the controller of ${view.controllerFrom}`;
  return 'its controller (the Ingress names no class)';
}
