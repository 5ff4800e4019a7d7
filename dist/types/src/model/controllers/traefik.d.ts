export declare const TRAEFIK_PREFIX = "traefik.ingress.kubernetes.io/";
/** Router annotation names (after the prefix) that v2/v3 read on an Ingress. */
export declare const TRAEFIK_ROUTER_ANNOTATIONS: ReadonlySet<string>;
/** Families of router names with numbered or open-ended parts, accepted unchecked. */
export declare const TRAEFIK_ROUTER_OPEN_PREFIXES: readonly string[];
/** Service annotation names that v2/v3 read on a Service. */
export declare const TRAEFIK_SERVICE_ANNOTATIONS: ReadonlySet<string>;
