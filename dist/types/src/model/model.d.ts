import type { LoadProblem, ParsedDocument } from '../load/parse.js';
import type { ControllerFamily, Model } from './types.js';
import type { Version } from './version.js';
export interface ModelOptions {
    /** Namespace of resources that name none (`--namespace`). */
    readonly defaultNamespace?: string | undefined;
    readonly keycloakVersion?: Version | undefined;
    /** `Kind/namespace/name` (`*` for any namespace) of objects that exist outside the files. */
    readonly externalResources?: ReadonlySet<string>;
    /** Ingress class names mapped to controller families by the configuration. */
    readonly ingressClasses?: Readonly<Record<string, ControllerFamily>>;
    /** More names of the ingress-nginx controller ConfigMap: `name` or `namespace/name`. */
    readonly ingressNginxConfigMaps?: readonly string[];
    /** Read `# keycloak-lint-disable` comments (default true). */
    readonly inlineConfig?: boolean;
}
/** Builds the indexed model of one run from every parsed document. */
export declare function buildModel(documents: readonly ParsedDocument[], problems: readonly LoadProblem[], files: number, options: ModelOptions): Model;
