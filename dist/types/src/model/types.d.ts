import type { Suppression } from '../engine/suppressions.js';
import type { LoadProblem } from '../load/parse.js';
import type { Location, Path } from '../load/source.js';
import type { ContainerEnv, OpaqueSource } from './env.js';
import type { ImageRef } from './image.js';
import type { ResourceIndex } from './index.js';
import type { JsonObject, ObjectProblem, Resource } from './resource.js';
import type { Setting } from './setting.js';
import type { Version } from './version.js';
export interface Replicas {
    /** Undefined for a DaemonSet: one pod per node. */
    readonly count: number | undefined;
    readonly clustered: boolean;
    /** `spec.replicas`, or the nearest existing parent when it is absent. */
    readonly at: Location;
    /** The HorizontalPodAutoscaler that raises the count, if any. */
    readonly hpa?: Resource;
    /** How a message states it: `3 replicas`, `up to 5 replicas (HorizontalPodAutoscaler kc)`. */
    readonly text: string;
}
/** A resource that runs pods from a template. */
export interface Workload {
    readonly resource: Resource;
    /** Path of the pod spec inside the resource. */
    readonly podSpecPath: Path;
    readonly podSpec: JsonObject;
    readonly podLabels: Readonly<Record<string, string>>;
    readonly replicas: Replicas;
    readonly keycloak: readonly KeycloakContainer[];
}
export type Distribution = 'quarkus' | 'bitnami' | 'legacy';
/** What kc.sh is asked to do. `none`: no command at all; `unknown`: a custom entrypoint. */
export type StartKind = 'start' | 'start-dev' | 'other' | 'none' | 'unknown';
export interface StartMode {
    readonly kind: StartKind;
    /** The command word (`start`, `build`), or the container when there is none. */
    readonly at: Location;
    readonly command?: string;
}
/** One word of kc.sh's argument list. */
export interface ArgToken {
    readonly text: string;
    readonly at: Location;
    /** `;`, `&&`, `|`... in a shell script: ends a command. */
    readonly separator?: boolean;
    /** The word as written, quotes included, when it is part of a longer string. */
    readonly raw?: string;
}
export interface KeycloakContainer {
    readonly workload: Workload;
    readonly name: string;
    /** Path of the container inside the resource. */
    readonly path: Path;
    readonly at: Location;
    readonly image: ImageRef;
    readonly imageAt: Location;
    readonly distribution: Distribution;
    /** An official image (`keycloak/keycloak`, `rhbk/keycloak-rhel9`): kc.sh is its entrypoint. */
    readonly official: boolean;
    readonly version: Version | undefined;
    /** Where the version came from; undefined when it is unknown. */
    readonly versionFrom: 'tag' | 'config' | undefined;
    readonly env: ContainerEnv;
    readonly argv: readonly ArgToken[];
    readonly mode: StartMode;
    readonly optimized: ArgToken | undefined;
    /** Keycloak options (kebab-case) after precedence: argv, then KC_* env, then keycloak.conf. */
    readonly options: ReadonlyMap<string, Setting>;
    /** Every source that set an option, lowest precedence first. */
    readonly optionSources: ReadonlyMap<string, readonly Setting[]>;
    /** JVM system properties after precedence. */
    readonly properties: ReadonlyMap<string, Setting>;
    /** Sources whose content is unknown and could set any option (envFrom of a missing Secret). */
    readonly opaque: readonly OpaqueSource[];
    readonly cluster: ClusterView;
    /** An option, or an unknown Setting when it is absent but an opaque source could set it. */
    option(name: string): Setting | undefined;
}
export interface CacheXml {
    /** The path Keycloak reads, relative to `conf/`. */
    readonly file: string;
    /** The text when a mounted ConfigMap in the universe provides it. */
    readonly text: string | undefined;
    /** Where the text is (a ConfigMap key), when known. */
    readonly at: Location | undefined;
    /** The distribution's own `cache-ispn.xml`, not a custom file. */
    readonly shipped: boolean;
    /** The `stack` attribute of the transport, if any. */
    readonly stack: string | undefined;
    /** Names of stacks the file defines with `<stack name="...">`. */
    readonly definedStacks: readonly string[];
    /** Why the file cannot be read. */
    readonly unreadable?: string;
    /** Mounted where Keycloak would read it, but this version does not (cache-ispn.xml to 26.0). */
    readonly ignored?: boolean;
}
export interface StackView {
    /** The effective stack; undefined when it cannot be known. */
    readonly name: string | undefined;
    readonly source: 'option' | 'xml' | 'default' | 'unknown';
    readonly setting?: Setting;
    readonly xml?: CacheXml;
    readonly unknown?: string;
}
export interface DnsQuery {
    readonly setting: Setting;
    /** The query as written, quotes stripped. */
    readonly value: string;
    readonly service: string;
    readonly namespace: string | undefined;
}
export interface PortSetting {
    readonly port: number;
    readonly setting?: Setting;
    /** The port may differ from `port` in a way the linter cannot see. */
    readonly unknown?: boolean;
}
/** How a Keycloak container clusters, derived once and read by many rules. */
export interface ClusterView {
    readonly clustered: boolean;
    /** Effective `cache`: `ispn`, `local`, or undefined when unknown. */
    readonly cache: string | undefined;
    readonly cacheSetting?: Setting;
    /** Why `cache` has its value when nothing in the manifest set it. */
    readonly cacheImplicit?: 'dev-mode' | 'default' | 'image';
    readonly stack: StackView;
    readonly dnsQuery: DnsQuery | undefined;
    readonly transportPort: PortSetting;
    readonly failureDetectionPort: PortSetting;
}
export interface DiscoveryView {
    readonly query: DnsQuery;
    /** Every copy of the Service the query resolves to (empty when none is in the files). */
    readonly services: readonly Resource[];
    /** The namespace the query names, when it differs from the workload's. */
    readonly namespaceMismatch: string | undefined;
    /** The configuration declares the Service as existing outside the linted files. */
    readonly external: boolean;
}
export type ControllerFamily = 'ingress-nginx' | 'nginx-inc' | 'traefik' | 'haproxy' | 'alb' | 'gce' | 'istio' | 'other';
export interface Backend {
    readonly serviceName: string;
    readonly port: {
        readonly number?: number;
        readonly name?: string;
    };
    readonly at: Location;
    readonly service: Resource | undefined;
    readonly workloads: readonly Workload[];
}
/** An Ingress in front of Keycloak. */
export interface IngressView {
    readonly resource: Resource;
    /** Undefined when the controller cannot be told. */
    readonly controller: ControllerFamily | undefined;
    /** How the controller was told: `ingressClassName nginx`. */
    readonly controllerFrom: string | undefined;
    readonly tls: boolean;
    readonly backends: readonly Backend[];
    /** Keycloak workloads behind it. */
    readonly keycloak: readonly Workload[];
}
export interface ShapeProblem {
    readonly resource: Resource;
    readonly path: Path;
    readonly expected: string;
    readonly actual: string;
}
export interface Model {
    readonly index: ResourceIndex;
    readonly files: number;
    readonly problems: readonly LoadProblem[];
    readonly shapeProblems: readonly ShapeProblem[];
    /** Documents meant as objects that cannot be one (a missing or misspelt apiVersion or kind). */
    readonly objectProblems: readonly ObjectProblem[];
    readonly workloads: readonly Workload[];
    readonly keycloak: readonly KeycloakContainer[];
    readonly ingresses: readonly IngressView[];
    /** Services whose selector selects the workload's pods. */
    servicesSelecting(workload: Workload): readonly Resource[];
    /** Workloads whose pods the Service selects. */
    workloadsSelectedBy(service: Resource): readonly Workload[];
    /** Where a container's `jgroups.dns.query` leads, when it has one and clusters. */
    discovery(kc: KeycloakContainer): DiscoveryView | undefined;
    /** Whether the configuration declares `Kind/namespace/name` as existing outside the files. */
    isExternal(kind: string, namespace: string | undefined, name: string): boolean;
    /** ingress-nginx controller ConfigMaps in the files. */
    readonly nginxControllerConfigMaps: readonly Resource[];
    /** Suppressions written in the manifests (comments and annotations). */
    readonly suppressions: readonly Suppression[];
}
