// Log lines of Keycloak, JGroups, Infinispan and ingress-nginx, and the manifest mistakes
// that commonly produce them (../shared/spec/keycloak-facts.md §11). Causes are phrased as
// what to look for, not as certainties: one line has many possible reasons.

export interface Signature {
  readonly id: string;
  /** What the line means. */
  readonly meaning: string;
  /** What in the manifests commonly causes it. */
  readonly causes: string;
  /** Rules that catch those causes. */
  readonly rules: readonly string[];
  /** Whether the line matches; `view` signatures also look at the member count. */
  readonly test: (line: string) => boolean;
}

/** Rules that catch a cluster that does not form: each pod alone, or pods that never meet. */
const NO_CLUSTER = [
  'dev-mode-with-replicas',
  'local-cache-with-replicas',
  'no-shared-database',
  'multicast-stack-on-kubernetes',
  'cloud-stack-on-kubernetes',
  'kubernetes-stack-missing-dns-query',
  'dns-query-service-not-found',
  'dns-query-service-not-headless',
  'dns-query-namespace-mismatch',
  'discovery-service-selector-mismatch',
  'networkpolicy-blocks-jgroups',
  'istio-jgroups-traffic-unhandled',
];

/** ISPN000094 with one member: `[node|N] (1) [node]`. */
function singleMemberView(line: string): boolean {
  const match = /ISPN000094\b.*?\((\d+)\)/.exec(line);
  return match !== null && match[1] === '1';
}

export const SIGNATURES: readonly Signature[] = [
  {
    id: 'single-member-view',
    meaning: 'Infinispan formed a cluster view with one member (ISPN000094 ... (1)).',
    causes:
      'Seen on every pod of a multi-replica workload, discovery finds no peers: a multicast stack on a pod network, a DNS query that names a ClusterIP or missing Service, dev mode, separate databases with jdbc-ping, or blocked JGroups ports.',
    rules: NO_CLUSTER,
    test: singleMemberView,
  },
  {
    id: 'no-members-discovered',
    meaning: 'JGroups found no other member and made this node the coordinator of its own cluster.',
    causes:
      'Normal for the first pod; on every pod of a multi-replica workload, discovery is broken (the same causes as a one-member view).',
    rules: NO_CLUSTER,
    test: (l) => /no members discovered after \d+ ms: creating cluster as coordinator/.test(l),
  },
  {
    id: 'merged-view',
    meaning: 'Two partitions of the cluster found each other and merged (ISPN000093).',
    causes:
      'Pods that started together formed separate clusters first, for example because the discovery Service does not publish unready pods.',
    rules: ['discovery-service-not-publishing-unready'],
    test: (l) => /ISPN000093\b/.test(l),
  },
  {
    id: 'udp-stack-started',
    meaning:
      'The JGroups channel started with a multicast stack (ISPN000078 ... udp/tcp), or a multicast socket was opened (JGRP000015).',
    causes:
      'No stack is set on Keycloak 17 to 26.0, whose default is udp, or a udp/tcp stack is chosen explicitly.',
    rules: ['multicast-stack-on-kubernetes'],
    test: (l) =>
      /ISPN000078\b.*stack `?(udp|tcp|jdbc-ping-udp)`?/.test(l) ||
      /JGRP000015\b.*MulticastSocket/.test(l),
  },
  {
    id: 'dns-query-missing',
    meaning: 'DNS_PING has no query to resolve (dns_query can not be null or empty, ISPN000541).',
    causes: 'The kubernetes stack without -Djgroups.dns.query.',
    rules: ['kubernetes-stack-missing-dns-query'],
    test: (l) => /dns_query can not be null or empty/.test(l) || /ISPN000541\b/.test(l),
  },
  {
    id: 'unknown-stack',
    meaning: 'The configured transport stack does not exist (No such JGroups stack, ISPN000540).',
    causes:
      'A misspelt cache-stack, jdbc-ping before 26.1, or a custom stack that no loaded cache XML defines.',
    rules: ['unknown-cache-stack'],
    test: (l) => /No such JGroups stack/.test(l) || /ISPN000540\b/.test(l),
  },
  {
    id: 'ssl-peer-rejected',
    meaning: 'A JGroups connection failed while the peer spoke TLS (JGRP000006 ... SSLSocket).',
    causes:
      'JGroups mTLS (on by default from 26.2) inside a service mesh that intercepts the JGroups port, or nodes with different mTLS settings.',
    rules: ['istio-strict-mtls-jgroups', 'mixed-keycloak-versions'],
    test: (l) => /JGRP000006\b.*SSLSocket/.test(l),
  },
  {
    id: 'non-jgroups-peer',
    meaning:
      'Something that is not a JGroups peer connected to the transport port (JGRP000006 ... EOFException).',
    causes:
      'A Service or load balancer that exposes 7800, whose health checks or scanners connect to it.',
    rules: ['jgroups-port-exposed'],
    test: (l) => /JGRP000006\b.*EOFException/.test(l),
  },
  {
    id: 'no-physical-address',
    meaning: 'JGroups cannot reach a member it knows of (JGRP000032 no physical address).',
    causes: 'A NetworkPolicy or a service mesh sidecar that drops traffic on the JGroups ports.',
    rules: [
      'networkpolicy-blocks-jgroups',
      'istio-jgroups-traffic-unhandled',
      'istio-authz-denies-jgroups',
    ],
    test: (l) => /JGRP000032\b/.test(l) || /no physical address for/.test(l),
  },
  {
    id: 'deprecated-stack',
    meaning: 'Keycloak warns that the configured stack is deprecated.',
    causes:
      'udp, tcp, jdbc-ping-udp or a cloud stack on 26.1 and later, or kubernetes on 26.3 and later.',
    rules: ['deprecated-cache-stack', 'multicast-stack-on-kubernetes', 'cloud-stack-on-kubernetes'],
    test: (l) => /Stack '[^']+' is deprecated/.test(l),
  },
  {
    id: 'work-cache-not-replicated',
    meaning: "Keycloak refuses a cache configuration whose 'work' cache is not replicated.",
    causes: 'A custom cache XML written for an older version, loaded on 26.1 or later.',
    rules: ['cache-config-file-invalid'],
    test: (l) => /'work' cache must be replicated/.test(l),
  },
  {
    id: 'jboss-node-name',
    meaning: 'Keycloak refuses -Djboss.node.name or -Djboss.site.name.',
    causes: 'A WildFly-era JVM option kept on Keycloak 26.3 or later.',
    rules: ['jboss-node-name-removed'],
    test: (l) => /System property jboss\.(node|site)\.name is in use/.test(l),
  },
  {
    id: 'build-time-options-differ',
    meaning: 'Build-time options differ from the ones the optimized image was built with.',
    causes:
      'Options such as health-enabled, metrics-enabled, db or features set at run time with start --optimized.',
    rules: ['build-time-option-at-runtime'],
    test: (l) =>
      /build time (\(non-cli\) |non-cli )?options have values that differ from what is persisted/.test(
        l,
      ),
  },
  {
    id: 'hostname-not-configured',
    meaning: 'Keycloak stops because no hostname is configured.',
    causes: 'Production start with neither hostname nor hostname-strict=false.',
    rules: ['hostname-not-configured'],
    test: (l) => /hostname is not configured/.test(l),
  },
  {
    id: 'https-key-material',
    meaning: 'Keycloak stops because HTTPS has no certificate.',
    causes: 'HTTP is not enabled behind a TLS-terminating proxy, often after removing proxy=edge.',
    rules: ['http-disabled-behind-edge-proxy', 'proxy-option-obsolete'],
    test: (l) => /Key material not provided to setup HTTPS/.test(l),
  },
  {
    id: 'dev-profile',
    meaning: 'Keycloak runs the development profile.',
    causes: 'start-dev (or a Bitnami image without KEYCLOAK_PRODUCTION=true).',
    rules: ['dev-mode-with-replicas'],
    test: (l) => /Profile dev activated/.test(l),
  },
  {
    id: 'mixed-versions',
    meaning: 'Cache requests between nodes fail to decode (ISPN000474 with EOFException).',
    causes:
      'Nodes of different Keycloak versions in one cluster, for example during a rolling upgrade or with a floating tag.',
    rules: ['mixed-keycloak-versions'],
    test: (l) => /ISPN000474\b/.test(l),
  },
  {
    id: 'non-secure-context',
    meaning: 'Keycloak treats requests as insecure (Non-secure context detected).',
    causes:
      "Keycloak does not read the proxy's forwarded headers: proxy-headers is missing, or a removed proxy option is still set.",
    rules: ['proxy-headers-missing', 'proxy-option-obsolete'],
    test: (l) => /Non-secure context detected/.test(l),
  },
  {
    id: 'upstream-too-big-header',
    meaning:
      'ingress-nginx could not fit the response headers from Keycloak into its buffer and answered 502.',
    causes: 'proxy-buffer-size left at 4k in front of Keycloak.',
    rules: ['ingress-proxy-buffer-too-small'],
    test: (l) => /upstream sent too big header while reading response header from upstream/.test(l),
  },
  {
    id: 'lost-login',
    meaning:
      'A login lost its authentication session (Cookie not found, or the login had to restart).',
    causes:
      'Requests of one login reached pods that do not share its session: no session affinity and a broken cluster, or a proxy cookie named like a Keycloak cookie.',
    rules: ['missing-session-affinity', 'affinity-cookie-name-collision', ...NO_CLUSTER],
    test: (l) =>
      /Cookie not found\. Please make sure cookies are enabled/.test(l) ||
      // The server log's event for the same page (Errors.COOKIE_NOT_FOUND).
      /error="?cookie_not_found/.test(l) ||
      /restart login|Your login attempt timed out/i.test(l),
  },
];
