export declare const NGINX_PREFIX = "nginx.ingress.kubernetes.io/";
/** Annotation names (after the prefix) that current ingress-nginx controllers read. */
export declare const NGINX_ANNOTATIONS: ReadonlySet<string>;
/** Names older controllers read: not reported, as the controller version is not in the manifests. */
export declare const NGINX_RETIRED_ANNOTATIONS: ReadonlySet<string>;
/** Annotations of the F5 NGINX Ingress Controller (nginx.org/*, nginx.com/*). */
export declare const NGINX_INC_ANNOTATIONS: ReadonlySet<string>;
/** Prefixes that look like ingress-nginx's but are not read by it. */
export declare const MISSPELT_NGINX_PREFIXES: ReadonlySet<string>;
/** ingress-nginx's defaults (its controller configuration). */
export declare const NGINX_DEFAULT_PROXY_BUFFER_SIZE = "4k";
/** Parses an nginx size (`16k`, `1m`, `8192`) into bytes. */
export declare function parseNginxSize(text: string): number | undefined;
