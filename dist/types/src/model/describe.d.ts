import type { Resource } from './resource.js';
import { type Setting } from './setting.js';
import type { IngressView, KeycloakContainer, Workload } from './types.js';
/** `StatefulSet keycloak`, with the namespace when it is known. */
export declare function nameOf(resource: Resource): string;
export declare function workloadName(workload: Workload): string;
/** `StatefulSet keycloak`; an object without a name is `a StatefulSet without a name`. */
export declare function kindAndName(resource: Resource): string;
/** `Keycloak 26.0.7`, or `Keycloak (version unknown)`. */
export declare function keycloakVersionText(kc: KeycloakContainer): string;
/** `KC_CACHE_STACK=udp`, `--cache-stack=udp`, `KC_CACHE=local (from ConfigMap kc)`. */
export declare function settingText(setting: Setting, option?: string): string;
/** `a, b and c` */
export declare function list(items: readonly string[]): string;
export declare function labelsText(labels: Readonly<Record<string, string>>): string;
/** How a message names an Ingress controller: `ingress-nginx`, `the controller of class x`. */
export declare function controllerText(view: IngressView): string;
