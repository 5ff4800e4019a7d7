import type { ControllerFamily, IngressView } from '../types.js';
/** How messages name a controller family. */
export declare const FAMILY_NAMES: Readonly<Record<Exclude<ControllerFamily, 'other'>, string>>;
/** The controller of an Ingress as a message names it. */
export declare function familyText(view: IngressView): string;
