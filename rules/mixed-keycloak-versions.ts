import type { RelatedDraft } from '../src/engine/rule.js';
import { defineRule } from '../src/engine/rule.js';
import { list, workloadName } from '../src/model/describe.js';
import { floatingTag, peerGroups, sameObject, tagVersion } from '../src/model/peers.js';
import type { KeycloakContainer } from '../src/model/types.js';

const minorOf = (kc: KeycloakContainer) => {
  const v = tagVersion(kc);
  return v ? `${v.major}.${v.minor}` : undefined;
};

export default defineRule({
  id: 'mixed-keycloak-versions',
  meta: {
    severity: 'warning',
    category: 'cluster-formation',
    summary: 'Keep every member of one Keycloak cluster on one pinned version',
    rationale:
      'Keycloak nodes that discover each other form one cluster and share their Infinispan ' +
      'caches, whatever workload they belong to: every workload whose `jgroups.dns.query` ' +
      'names the same Service, and, with `jdbc-ping`, every workload on the same database. ' +
      'Nodes of different minor versions are not guaranteed to understand each other: 26.0 ' +
      'moved the cache marshalling to ProtoStream (caches from 25 are not readable), and ' +
      '26.4 must not run in one cluster with older versions because a cache key changed. A ' +
      'floating tag (`latest`, `nightly`, or none) lets the pods of one workload pull ' +
      'different releases, for example during a rollout or on a new node.',
    fix:
      'Pin one exact version tag (or a digest), the same on every workload that joins this ' +
      'cluster{{example}}, and upgrade them together.',
    messages: {
      mixed:
        '{{workload}} runs Keycloak {{version}} and joins one cluster with {{others}} ' +
        'through {{via}}; nodes of different minor versions do not reliably share caches.',
      floating:
        '{{workload}} runs {{image}}, whose tag is floating ({{tag}}): {{pods}} may pull ' +
        'different Keycloak releases into one cluster.',
    },
    appliesTo: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod'],
    versions: '17 and later',
    limitations: [
      'Versions are compared by major.minor: patch releases of one minor are treated as ' +
        'compatible (Keycloak supports rolling updates between them). Tags that give no ' +
        'version (other than the floating ones) are not compared.',
      'Two copies of one object (the same kind, namespace and name in different files) are ' +
        'variants of one setup, not two workloads running together, and are not compared.',
      'A jdbc-ping database is compared by vendor, host (a Service name taken in the pod ' +
        'namespace), port, database and schema as written; a loopback host (a database proxy ' +
        'sidecar) or a value the linter cannot read is not compared.',
    ],
    references: [
      '[Upgrading Keycloak](https://www.keycloak.org/docs/latest/upgrading/index.html)',
      '[Configuring distributed caches](https://www.keycloak.org/server/caching)',
    ],
  },
  *check(model) {
    const mixed = new Map<KeycloakContainer, { via: string; others: KeycloakContainer[] }>();
    const joined = new Map<KeycloakContainer, KeycloakContainer[]>();
    for (const group of peerGroups(model)) {
      for (const kc of group.members) {
        const peers = group.members.filter(
          (o) => o !== kc && !sameObject(o.workload.resource, kc.workload.resource),
        );
        if (peers.length > 0) joined.set(kc, [...(joined.get(kc) ?? []), ...peers]);
        const minor = minorOf(kc);
        if (!minor || mixed.has(kc)) continue;
        const others = peers.filter((o) => {
          const other = minorOf(o);
          return other !== undefined && other !== minor;
        });
        if (others.length > 0) mixed.set(kc, { via: group.via, others });
      }
    }
    for (const [kc, { via, others }] of mixed) {
      const related: RelatedDraft[] = others.map((o) => ({
        at: o.imageAt,
        resource: o.workload.resource,
        message: `${workloadName(o.workload)} runs Keycloak ${o.version?.text}`,
      }));
      yield {
        messageId: 'mixed',
        data: {
          workload: workloadName(kc.workload),
          version: kc.version?.text ?? '',
          others: list(
            unique(others.map((o) => `${workloadName(o.workload)} (${o.version?.text})`)),
          ),
          via,
          example: ` (for example ${kc.image.raw.replace(/:[^:/@]*$/, '')}:<version>)`,
        },
        at: kc.imageAt,
        resource: kc.workload.resource,
        related,
      };
    }
    for (const kc of model.keycloak) {
      const tag = floatingTag(kc);
      if (!tag || kc.distribution === 'legacy' || kc.cluster.cache === 'local') continue;
      const peers = joined.get(kc) ?? [];
      if (!kc.workload.replicas.clustered && peers.length === 0) continue;
      const names = unique(peers.map((o) => workloadName(o.workload)));
      const pods =
        peers.length === 0
          ? `its pods (${kc.workload.replicas.text})`
          : `its pods and those of ${list(names)}`;
      yield {
        messageId: 'floating',
        data: { workload: workloadName(kc.workload), image: kc.image.raw, tag, pods, example: '' },
        at: kc.imageAt,
        resource: kc.workload.resource,
      };
    }
  },
});

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
