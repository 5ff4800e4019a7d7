import { GeneratedResource } from './generated.js';
import { type Resource } from './resource.js';
import { type Version } from './version.js';
export declare const KEYCLOAK_CR_GROUP = "k8s.keycloak.org";
/** Whether a resource is a Keycloak Operator `Keycloak` custom resource. */
export declare function isKeycloakCr(resource: Resource): boolean;
/** The Keycloak version a CR runs: its `spec.image` tag, else the configured one. */
export declare function crVersion(cr: Resource, configured: Version | undefined): Version | undefined;
/** The labels the operator puts on every object of an instance and selects its pods by. */
export declare function instanceLabels(cr: Resource): Record<string, string>;
/** The objects the operator creates for a Keycloak CR. */
export declare function operatorObjects(cr: Resource, version: Version | undefined): GeneratedResource[];
