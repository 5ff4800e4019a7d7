import type { ResourceIndex } from './index.js';
import { type Resource } from './resource.js';
import type { ControllerFamily, IngressView, Workload } from './types.js';
/** The Ingresses whose backends reach Keycloak pods, with their controller family. */
export declare function buildIngressViews(index: ResourceIndex, workloadsSelectedBy: (service: Resource) => readonly Workload[], classFamilies?: Readonly<Record<string, ControllerFamily>>): IngressView[];
