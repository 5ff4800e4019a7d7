import { describe, expect, test } from 'vitest';
import { SERVICE } from '../../src/model/kinds.js';
import {
  ipBlockCoversPods,
  networkPolicies,
  peerReachability,
  policiesSelecting,
  selectorMatches,
  serviceTargets,
  type Tri,
} from '../../src/model/network-policy.js';
import { modelOf, statefulSet } from '../helpers/model.js';

const KEYCLOAK = statefulSet(
  `
args: ["start"]
ports:
  - name: http
    containerPort: 8080
  - name: jgroups
    containerPort: 7800
  - name: jgroups-fd
    containerPort: 57800`,
);

/** The answers for 7800 and 57800 in one direction, with the given extra documents. */
function reach(docs: string, direction: 'ingress' | 'egress' = 'ingress'): [Tri, Tri] {
  const model = modelOf(`${KEYCLOAK}\n---\n${docs}`);
  const workload = model.workloads[0]!;
  const r = peerReachability(model, workload, direction, [7800, 57800]);
  return [r.admitted.get(7800)!, r.admitted.get(57800)!];
}

const policy = (name: string, spec: string, namespace = 'iam') =>
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${namespace}}
spec:
${spec
  .trim()
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
`;

const DEFAULT_DENY = policy('deny', 'podSelector: {}\npolicyTypes: [Ingress]');

const fromPeers = (from: string, ports = '[{port: 7800}, {port: 57800}]') =>
  policy(
    'kc',
    `podSelector: {matchLabels: {app: kc}}\ningress:\n  - from: ${from}\n    ports: ${ports}`,
  );

describe('selectors', () => {
  const selector = {
    matchLabels: { 'kubernetes.io/metadata.name': 'iam' },
    matchExpressions: [{ key: 'team', operator: 'In', values: ['sso'] }],
  };
  test('complete labels decide every requirement', () => {
    expect(selectorMatches(selector, { 'kubernetes.io/metadata.name': 'iam', team: 'sso' })).toBe(
      'yes',
    );
    expect(selectorMatches(selector, { 'kubernetes.io/metadata.name': 'iam' })).toBe('no');
  });
  test('incomplete labels leave requirements on other keys unknown', () => {
    const known = new Set(['kubernetes.io/metadata.name']);
    const labels = { 'kubernetes.io/metadata.name': 'iam' };
    expect(selectorMatches(selector, labels, false, known)).toBe('unknown');
    expect(
      selectorMatches(
        { ...selector, matchLabels: { 'kubernetes.io/metadata.name': 'other' } },
        labels,
        false,
        known,
      ),
    ).toBe('no');
  });
});

describe('policyTypes defaults', () => {
  const typesOf = (spec: string) => [...networkPolicies(modelOf(policy('p', spec)))[0]!.types];
  test('Ingress always, Egress only with egress rules', () => {
    expect(typesOf('podSelector: {}')).toEqual(['ingress']);
    expect(typesOf('podSelector: {}\negress: []')).toEqual(['ingress']);
    expect(typesOf('podSelector: {}\negress: [{to: [{podSelector: {}}]}]')).toEqual([
      'ingress',
      'egress',
    ]);
  });
  test('written policyTypes win', () => {
    expect(typesOf('podSelector: {}\npolicyTypes: [Egress]\ningress: [{}]')).toEqual(['egress']);
  });
});

describe('selecting the pods', () => {
  test('podSelector and namespace decide which policies select the workload', () => {
    const model = modelOf(
      [
        KEYCLOAK,
        policy('all', 'podSelector: {}'),
        policy('mine', 'podSelector: {matchExpressions: [{key: app, operator: In, values: [kc]}]}'),
        policy('other-app', 'podSelector: {matchLabels: {app: web}}'),
        policy('other-namespace', 'podSelector: {}', 'web'),
      ].join('\n---\n'),
    );
    const names = policiesSelecting(model, model.workloads[0]!).map((v) => v.resource.name);
    expect(names).toEqual(['all', 'mine']);
  });
});

describe('peer reachability (ingress)', () => {
  test('no policy: not isolated', () => {
    expect(reach(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}`)).toEqual(['yes', 'yes']);
  });
  test('a default-deny alone blocks both ports', () => {
    expect(reach(DEFAULT_DENY)).toEqual(['no', 'no']);
  });
  test('policies are a union: default-deny plus an allow policy', () => {
    expect(
      reach(`${DEFAULT_DENY}---\n${fromPeers('[{podSelector: {matchLabels: {app: kc}}}]')}`),
    ).toEqual(['yes', 'yes']);
  });
  test('an allow policy for other pods does not help', () => {
    expect(reach(fromPeers('[{podSelector: {matchLabels: {app: web}}}]'))).toEqual(['no', 'no']);
  });
  test('empty from admits every source; omitted ports admit every port', () => {
    expect(reach(policy('p', 'podSelector: {}\ningress: [{ports: [{port: 7800}]}]'))).toEqual([
      'yes',
      'no',
    ]);
    expect(reach(policy('p', 'podSelector: {}\ningress: [{from: [{podSelector: {}}]}]'))).toEqual([
      'yes',
      'yes',
    ]);
  });
  test('named ports resolve through the container ports', () => {
    expect(reach(fromPeers('[{podSelector: {}}]', '[{port: jgroups}]'))).toEqual(['yes', 'no']);
    expect(
      reach(fromPeers('[{podSelector: {}}]', '[{port: jgroups}, {port: jgroups-fd}]')),
    ).toEqual(['yes', 'yes']);
    expect(reach(fromPeers('[{podSelector: {}}]', '[{port: jgroups-typo}]'))).toEqual(['no', 'no']);
  });
  test('endPort ranges and protocols', () => {
    expect(reach(fromPeers('[{podSelector: {}}]', '[{port: 7000, endPort: 8000}]'))).toEqual([
      'yes',
      'no',
    ]);
    expect(reach(fromPeers('[{podSelector: {}}]', '[{port: 7800, protocol: UDP}]'))).toEqual([
      'no',
      'no',
    ]);
    expect(reach(fromPeers('[{podSelector: {}}]', '[{protocol: TCP}]'))).toEqual(['yes', 'yes']);
  });
  test('namespaceSelector on the automatic name label needs no Namespace object', () => {
    const from = '[{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: iam}}}]';
    expect(reach(fromPeers(from))).toEqual(['yes', 'yes']);
    const other = '[{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: web}}}]';
    expect(reach(fromPeers(other))).toEqual(['no', 'no']);
  });
  test('namespaceSelector on other labels: unknown without the Namespace object', () => {
    const from = '[{namespaceSelector: {matchLabels: {team: sso}}, podSelector: {}}]';
    expect(reach(fromPeers(from))).toEqual(['unknown', 'unknown']);
    const labelled =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: iam, labels: {team: sso}}\n';
    expect(reach(`${labelled}---\n${fromPeers(from)}`)).toEqual(['yes', 'yes']);
    const unlabelled = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: iam}\n';
    expect(reach(`${unlabelled}---\n${fromPeers(from)}`)).toEqual(['no', 'no']);
  });
  test('a podSelector alone selects pods of the policy namespace only', () => {
    // The policy selects the pods (same namespace), so its podSelector peers are there too.
    expect(reach(fromPeers('[{podSelector: {matchLabels: {app: kc}}}]'))).toEqual(['yes', 'yes']);
  });
  test('ipBlock peers: pod IPs are unknown', () => {
    expect(reach(fromPeers('[{ipBlock: {cidr: 0.0.0.0/0}}]'))).toEqual(['yes', 'yes']);
    expect(reach(fromPeers('[{ipBlock: {cidr: 10.0.0.0/8}}]'))).toEqual(['unknown', 'unknown']);
    expect(reach(fromPeers('[{ipBlock: {cidr: 203.0.113.0/24}}]'))).toEqual(['no', 'no']);
    expect(ipBlockCoversPods({ cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] })).toBe('unknown');
    expect(ipBlockCoversPods({ cidr: 'fd00::/8', except: [] })).toBe('unknown');
  });
});

describe('peer reachability (egress)', () => {
  test('egress isolation needs a rule to the peers', () => {
    const dnsOnly = policy(
      'egress',
      'podSelector: {}\npolicyTypes: [Egress]\negress: [{ports: [{port: 53, protocol: UDP}]}]',
    );
    expect(reach(dnsOnly, 'egress')).toEqual(['no', 'no']);
    expect(reach(dnsOnly, 'ingress')).toEqual(['yes', 'yes']);
    const toPeers = policy(
      'egress',
      'podSelector: {}\npolicyTypes: [Egress]\negress: [{to: [{podSelector: {matchLabels: {app: kc}}}], ports: [{port: jgroups}, {port: 57800}]}]',
    );
    expect(reach(toPeers, 'egress')).toEqual(['yes', 'yes']);
  });
});

describe('service targets', () => {
  test('targetPort numbers, names resolved through container ports, else port', () => {
    const model = modelOf(
      `${KEYCLOAK}\n---\napiVersion: v1
kind: Service
metadata: {name: kc, namespace: iam}
spec:
  selector: {app: kc}
  ports:
    - {name: a, port: 80, targetPort: 8080}
    - {name: b, port: 7800}
    - {name: c, port: 1, targetPort: jgroups-fd}
    - {name: d, port: 2, targetPort: missing}`,
    );
    const service = model.index.ofKind(SERVICE)[0]!;
    const targets = serviceTargets(service, model.workloads).map((t) => t.target);
    expect(targets).toEqual([8080, 7800, 57800, undefined]);
  });
});
