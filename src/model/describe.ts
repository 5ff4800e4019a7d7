import { generatedField, sourceOf } from './generated.js';
import type { Resource } from './resource.js';
import { type Setting, shownValue } from './setting.js';
import type { IngressView, KeycloakContainer, Workload } from './types.js';

// How messages name things; one place so that every message says it the same way.

/** `StatefulSet keycloak`, with the namespace when it is known. */
export function nameOf(resource: Resource): string {
  const own = resource.namespace
    ? `${kindAndName(resource)} (namespace ${resource.namespace})`
    : kindAndName(resource);
  return withSource(own, resource);
}

export function workloadName(workload: Workload): string {
  return withSource(kindAndName(workload.resource), workload.resource);
}

/** `StatefulSet keycloak`; an object without a name is `a StatefulSet without a name`. */
export function kindAndName(resource: Resource): string {
  return resource.name ? `${resource.kind} ${resource.name}` : `a ${resource.kind} without a name`;
}

/** `StatefulSet sso` → `StatefulSet sso (from Keycloak sso)` for an operator's object. */
function withSource(text: string, resource: Resource): string {
  const source = sourceOf(resource);
  return source ? `${text} (from ${source.kind} ${source.name})` : text;
}

/** `Keycloak 26.0.7`, or `Keycloak (version unknown)`. */
export function keycloakVersionText(kc: KeycloakContainer): string {
  return kc.version ? `Keycloak ${kc.version.text}` : 'Keycloak (version unknown)';
}

/** `KC_CACHE_STACK=udp`, `--cache-stack=udp`, `KC_CACHE=local (from ConfigMap kc)`. */
export function settingText(setting: Setting, option?: string): string {
  const value = shownValue(setting);
  const hidden = setting.value === undefined || setting.from?.startsWith('Secret ');
  // Set through a Keycloak CR: name the CR field, not the variable the operator derives.
  const field = generatedField(setting.at);
  if (field) return hidden ? `${field} (${value})` : `${field}=${value}`;
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
