// What ingress-nginx reads (kubernetes/ingress-nginx annotation parsers and docs,
// collected in the project's research notes), and what belongs to other controllers.

export const NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';

/** Annotation names (after the prefix) that current ingress-nginx controllers read. */
export const NGINX_ANNOTATIONS: ReadonlySet<string> = new Set([
  'affinity', 'affinity-canary-behavior', 'affinity-mode', 'allowlist-source-range', 'app-root',
  'auth-always-set-cookie', 'auth-cache-duration', 'auth-cache-key', 'auth-keepalive',
  'auth-keepalive-requests', 'auth-keepalive-share-vars', 'auth-keepalive-timeout',
  'auth-method', 'auth-proxy-set-headers', 'auth-realm', 'auth-request-redirect',
  'auth-response-headers', 'auth-secret', 'auth-secret-type', 'auth-signin',
  'auth-signin-redirect-param', 'auth-snippet', 'auth-tls-error-page', 'auth-tls-match-cn',
  'auth-tls-pass-certificate-to-upstream', 'auth-tls-secret', 'auth-tls-verify-client',
  'auth-tls-verify-depth', 'auth-type', 'auth-url', 'backend-protocol', 'canary',
  'canary-by-cookie', 'canary-by-header', 'canary-by-header-pattern', 'canary-by-header-value',
  'canary-weight', 'canary-weight-total', 'client-body-buffer-size', 'configuration-snippet',
  'connection-proxy-header', 'cors-allow-credentials', 'cors-allow-headers',
  'cors-allow-methods', 'cors-allow-origin', 'cors-expose-headers', 'cors-max-age',
  'custom-headers', 'custom-http-errors', 'default-backend', 'denylist-source-range',
  'disable-proxy-intercept-errors', 'enable-access-log', 'enable-cors', 'enable-global-auth',
  'enable-modsecurity', 'enable-opentelemetry', 'enable-owasp-core-rules', 'enable-rewrite-log',
  'fastcgi-index', 'fastcgi-params-configmap', 'force-ssl-redirect', 'from-to-www-redirect',
  'http2-push-preload', 'limit-allowlist', 'limit-burst-multiplier', 'limit-connections',
  'limit-rate', 'limit-rate-after', 'limit-rpm', 'limit-rps', 'limit-whitelist', 'load-balance',
  'mirror-host', 'mirror-request-body', 'mirror-target', 'modsecurity-snippet',
  'modsecurity-transaction-id', 'opentelemetry-operation-name',
  'opentelemetry-trust-incoming-span', 'permanent-redirect', 'permanent-redirect-code',
  'preserve-trailing-slash', 'proxy-body-size', 'proxy-buffer-size', 'proxy-buffering',
  'proxy-buffers-number', 'proxy-busy-buffers-size', 'proxy-connect-timeout',
  'proxy-cookie-domain', 'proxy-cookie-path', 'proxy-http-version', 'proxy-max-temp-file-size',
  'proxy-next-upstream', 'proxy-next-upstream-timeout', 'proxy-next-upstream-tries',
  'proxy-read-timeout', 'proxy-redirect-from', 'proxy-redirect-to', 'proxy-request-buffering',
  'proxy-send-timeout', 'proxy-ssl-ciphers', 'proxy-ssl-name', 'proxy-ssl-protocols',
  'proxy-ssl-secret', 'proxy-ssl-server-name', 'proxy-ssl-verify', 'proxy-ssl-verify-depth',
  'relative-redirects', 'rewrite-target', 'satisfy', 'server-alias', 'server-snippet',
  'service-upstream', 'session-cookie-change-on-failure',
  'session-cookie-conditional-samesite-none', 'session-cookie-domain', 'session-cookie-expires',
  'session-cookie-max-age', 'session-cookie-name', 'session-cookie-partitioned',
  'session-cookie-path', 'session-cookie-samesite', 'session-cookie-secure', 'ssl-ciphers',
  'ssl-passthrough', 'ssl-prefer-server-ciphers', 'ssl-redirect', 'stream-snippet',
  'temporal-redirect', 'temporal-redirect-code', 'upstream-hash-by', 'upstream-hash-by-subset',
  'upstream-hash-by-subset-size', 'upstream-vhost', 'use-port-in-redirects', 'use-regex',
  'whitelist-source-range', 'x-forwarded-prefix',
]);

/** Names older controllers read; not reported as unknown, since the controller version is not in the manifests. */
export const NGINX_RETIRED_ANNOTATIONS: ReadonlySet<string> = new Set([
  'enable-opentracing', 'opentracing-trust-incoming-span', 'enable-influxdb',
  'influxdb-measurement', 'influxdb-port', 'influxdb-host', 'influxdb-server-name',
  'global-rate-limit', 'global-rate-limit-window', 'global-rate-limit-key',
  'global-rate-limit-ignored-cidrs', 'secure-verify-ca-secret', 'secure-backends',
  'grpc-backend', 'lua-resty-waf', 'lua-resty-waf-debug', 'lua-resty-waf-ignore-rulesets',
  'lua-resty-waf-extra-rules', 'lua-resty-waf-score-threshold',
  'lua-resty-waf-allow-unknown-content-types', 'lua-resty-waf-process-multipart-body',
  'upstream-max-fails', 'upstream-fail-timeout',
]);

/** Annotations of the F5 NGINX Ingress Controller (nginx.org/*, nginx.com/*). */
export const NGINX_INC_ANNOTATIONS: ReadonlySet<string> = new Set([
  'nginx.org/app-root', 'nginx.org/basic-auth-realm', 'nginx.org/basic-auth-secret',
  'nginx.org/client-body-buffer-size', 'nginx.org/client-max-body-size',
  'nginx.org/fail-timeout', 'nginx.org/grpc-services', 'nginx.org/hsts',
  'nginx.org/hsts-behind-proxy', 'nginx.org/hsts-include-subdomains', 'nginx.org/hsts-max-age',
  'nginx.org/keepalive', 'nginx.org/lb-method', 'nginx.org/limit-req-burst',
  'nginx.org/limit-req-delay', 'nginx.org/limit-req-dry-run', 'nginx.org/limit-req-key',
  'nginx.org/limit-req-log-level', 'nginx.org/limit-req-no-delay', 'nginx.org/limit-req-rate',
  'nginx.org/limit-req-reject-code', 'nginx.org/limit-req-scale',
  'nginx.org/limit-req-zone-size', 'nginx.org/listen-ports', 'nginx.org/listen-ports-ssl',
  'nginx.org/location-snippets', 'nginx.org/max-conns', 'nginx.org/max-fails',
  'nginx.org/mergeable-ingress-type', 'nginx.org/path-regex', 'nginx.org/proxy-buffer-size',
  'nginx.org/proxy-buffering', 'nginx.org/proxy-buffers', 'nginx.org/proxy-busy-buffers-size',
  'nginx.org/proxy-connect-timeout', 'nginx.org/proxy-hide-headers',
  'nginx.org/proxy-max-temp-file-size', 'nginx.org/proxy-pass-headers',
  'nginx.org/proxy-read-timeout', 'nginx.org/proxy-redirect-from', 'nginx.org/proxy-redirect-to',
  'nginx.org/proxy-send-timeout', 'nginx.org/proxy-set-headers', 'nginx.org/redirect-to-https',
  'nginx.org/rewrite-target', 'nginx.org/rewrites', 'nginx.org/server-snippets',
  'nginx.org/server-tokens', 'nginx.org/ssl-ciphers', 'nginx.org/ssl-prefer-server-ciphers',
  'nginx.org/ssl-services', 'nginx.org/upstream-zone-size', 'nginx.org/use-cluster-ip',
  'nginx.org/websocket-services', 'nginx.com/health-checks', 'nginx.com/health-checks-mandatory',
  'nginx.com/health-checks-mandatory-queue', 'nginx.com/jwt-key', 'nginx.com/jwt-login-url',
  'nginx.com/jwt-realm', 'nginx.com/jwt-token', 'nginx.com/slow-start',
  'nginx.com/sticky-cookie-services',
]);

/** Prefixes that look like ingress-nginx's but are not read by it. */
export const MISSPELT_NGINX_PREFIXES: ReadonlySet<string> = new Set([
  'nginx.kubernetes.io',
  'ingress.kubernetes.io',
  'nginx.ingress.kubernetes.com',
  'ingress.nginx.kubernetes.io',
  'nginx-ingress.kubernetes.io',
  'ingress-nginx.kubernetes.io',
]);

/** ingress-nginx's defaults (its controller configuration). */
export const NGINX_DEFAULT_PROXY_BUFFER_SIZE = '4k';

/** Parses an nginx size (`16k`, `1m`, `8192`) into bytes. */
export function parseNginxSize(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([kKmMgG]?)\s*$/.exec(text);
  if (!match) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase()] ?? 1;
  return Number(match[1]) * unit;
}
