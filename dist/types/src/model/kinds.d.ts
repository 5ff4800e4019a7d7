/** A kind in one API group, as the index keys it. */
export interface KindRef {
    readonly group: string;
    readonly kind: string;
}
export declare const DEPLOYMENT: KindRef[];
export declare const STATEFUL_SET: KindRef[];
export declare const DAEMON_SET: KindRef[];
export declare const REPLICA_SET: KindRef[];
export declare const POD: KindRef[];
export declare const WORKLOAD_KINDS: KindRef[];
export declare const SERVICE: KindRef[];
export declare const CONFIG_MAP: KindRef[];
export declare const SECRET: KindRef[];
export declare const INGRESS: KindRef[];
export declare const INGRESS_CLASS: KindRef[];
export declare const HPA: KindRef[];
export declare const NAMESPACE: KindRef[];
export declare const KEYCLOAK_CR: KindRef[];
export declare function isKind(refs: readonly KindRef[], group: string, name: string): boolean;
/** Kinds without a namespace: the API server ignores a `metadata.namespace` written on them. */
export declare const CLUSTER_SCOPED: ReadonlySet<string>;
