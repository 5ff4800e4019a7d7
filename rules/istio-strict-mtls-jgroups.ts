import { defineRule } from '../src/engine/rule.js';
import {
  keycloakVersionText,
  labelsText,
  settingText,
  workloadName,
} from '../src/model/describe.js';
import { TCP_STACKS } from '../src/model/facts.js';
import {
  declaredPort,
  discoveryServiceOf,
  meshMembership,
  mtlsModeFor,
  sidecarBypass,
} from '../src/model/istio.js';
import { mayHideJvmOptions, podLabelsPath, withTransport } from '../src/model/query.js';
import type { KeycloakContainer, Workload } from '../src/model/types.js';
import { atLeast, holdsFor } from '../src/model/version.js';

export default defineRule({
  id: 'istio-strict-mtls-jgroups',
  meta: {
    severity: 'error',
    category: 'network',
    summary: 'Keep STRICT Istio mTLS off the JGroups transport port of Keycloak',
    rationale:
      'From Keycloak 26.2 the TCP-based stacks encrypt JGroups with their own mTLS by default ' +
      '(`cache-embedded-mtls-enabled`, an option since 24). Under a STRICT PeerAuthentication ' +
      'the sidecars also insist on Istio mTLS on the transport port, and the two collide: ' +
      'Keycloak logs `JGRP000006: failed accepting connection from peer SSLSocket` and no ' +
      'cluster forms. Keycloak documents a port-level PERMISSIVE exception for the transport ' +
      'port (or turning its own mTLS off). With Keycloak mTLS off, the sidecar of the client ' +
      'sends traffic to a port no Service declares as plain TCP, which the STRICT side rejects.',
    fix:
      'Add a PeerAuthentication that selects the Keycloak pods (matchLabels {{labels}}) with ' +
      '`portLevelMtls: {"{{transport}}": {mode: PERMISSIVE}}`, or set ' +
      'cache-embedded-mtls-enabled=false (KC_CACHE_EMBEDDED_MTLS_ENABLED=false) and restrict ' +
      'port {{transport}} to the Keycloak pods with a mesh policy.',
    fixes: {
      undeclared:
        'Declare TCP {{transport}} and {{fd}} on {{service}} (names starting tcp-), or add a ' +
        'PeerAuthentication that selects the Keycloak pods (matchLabels {{labels}}) with ' +
        '`portLevelMtls: {"{{transport}}": {mode: PERMISSIVE}}`.',
    },
    messages: {
      ownMtls:
        'PeerAuthentication {{policy}} makes mTLS STRICT{{level}} for the pods of {{workload}}, ' +
        'including the JGroups transport port {{transport}}, while {{version}} encrypts JGroups ' +
        'with its own mTLS ({{mtls}}): the sidecar and Keycloak both want TLS on that port, ' +
        'members fail with JGRP000006 and no cluster forms.',
      undeclared:
        'PeerAuthentication {{policy}} makes mTLS STRICT{{level}} for the pods of {{workload}}, ' +
        'and the JGroups transport port {{transport}} is not declared on {{service}}: the ' +
        "client's sidecar sends traffic to an undeclared port as plain TCP, which the STRICT " +
        'side rejects, so no cluster forms.',
    },
    appliesTo: ['PeerAuthentication', 'Service', 'Deployment', 'StatefulSet'],
    versions: '17 and later; Keycloak mTLS for JGroups is on by default from 26.2',
    limitations: [
      'The root namespace is taken to be istio-system. When several PeerAuthentications of the ' +
        'same level disagree, Istio uses the oldest, which the files do not tell: the rule stays ' +
        'silent.',
      'Pods known to be outside the mesh (injection disabled, or a Namespace in the files ' +
        'without injection labels) and ambient-mode pods are skipped; with the Namespace not in ' +
        'the files the PeerAuthentication is taken to apply.',
      'A transport port excluded from the sidecar in both directions is not concerned.',
    ],
    references: [
      '[Keycloak: Configuring distributed caches, running inside a service mesh](https://www.keycloak.org/server/caching)',
      '[Istio: PeerAuthentication](https://istio.io/latest/docs/reference/config/security/peer_authentication/)',
    ],
  },
  *check(model) {
    const seen = new Set<Workload>();
    for (const kc of withTransport(model)) {
      const workload = kc.workload;
      const stack = kc.cluster.stack.name;
      if (seen.has(workload) || !stack || !TCP_STACKS.has(stack)) continue;
      if (kc.cluster.transportPort.unknown || mayHideJvmOptions(kc, { opaque: false })) continue;
      seen.add(workload);
      const mesh = meshMembership(model, workload);
      if (mesh.mode === 'none' || mesh.mode === 'ambient') continue;
      const transport = kc.cluster.transportPort.port;
      const fd = kc.cluster.failureDetectionPort.port;
      const bypass = sidecarBypass(workload, transport);
      if (bypass.inbound && bypass.outbound) continue;
      const decision = mtlsModeFor(model, workload, transport);
      if (decision?.mode !== 'STRICT' || !decision.policy || !decision.path) continue;
      const own = ownMtls(kc);
      const service = discoveryServiceOf(model, kc);
      const declared = service !== undefined && declaredPort(service, workload, transport);
      if (!own && declared) continue;
      const policy = decision.policy;
      yield {
        messageId: own ? 'ownMtls' : 'undeclared',
        ...(own ? {} : { fixId: 'undeclared' }),
        data: {
          policy: policy.name,
          level:
            decision.level === 'port'
              ? ` on port ${transport}`
              : (LEVEL_TEXT[decision.level] ?? ''),
          workload: workloadName(workload),
          transport,
          fd,
          version: keycloakVersionText(kc),
          mtls: own ?? '',
          service: service ? `Service ${service.name}` : 'a headless Service selecting the pods',
          labels: labelsText(workload.podLabels),
        },
        at: policy.at(decision.path),
        resource: policy,
        related: [
          {
            at: workload.resource.at(podLabelsPath(workload)),
            resource: workload.resource,
            message: `The Keycloak pods of ${workloadName(workload)}, listening on TCP ${transport}.`,
          },
        ],
      };
    }
  },
});

const LEVEL_TEXT: Record<string, string> = {
  namespace: ' namespace-wide',
  mesh: ' mesh-wide',
};

/** How Keycloak's own JGroups mTLS is on, or undefined when it is off or not certain. */
function ownMtls(kc: KeycloakContainer): string | undefined {
  const setting = kc.option('cache-embedded-mtls-enabled');
  if (setting) {
    const value = setting.value?.trim().toLowerCase();
    // The option exists from 24.
    if (value === 'true' && holdsFor(kc.version, (v) => atLeast(v, 24)))
      return settingText(setting, 'cache-embedded-mtls-enabled');
    return undefined;
  }
  return holdsFor(kc.version, (v) => atLeast(v, 26, 2)) ? 'on by default from 26.2' : undefined;
}
